import type { ActionStatusId } from '$lib/engine/rubric';

export type { CellSaveResult } from '$lib/state/action-plan';

/** A coaching session as the form hands it over: its day, what was agreed, the next appointment, per action its status. */
export interface CoachingSessionDraft {
	date: string;
	agreed: string;
	next?: { date: string; note: string };
	updates: { actionId: string; status: ActionStatusId; remark: string }[];
}
