import type { CellSaveResult } from '$lib/components/action-plan/types';

import type { ActionStatusId } from '$lib/engine/rubric';

export type { CellSaveResult };

/** A coaching session as the form hands it over: its day, what was agreed, the next appointment, per action its status. */
export interface CoachingSessionDraft {
	date: string;
	agreed: string;
	next?: { date: string; note: string };
	updates: { actionId: string; status: ActionStatusId; remark: string }[];
}

/** Turns a repository SaveResult into what an editable cell shows. */
export function toCellResult(result: { ok: true } | { ok: false; problems: string[] }): CellSaveResult {
	return result.ok ? { ok: true } : { ok: false, problems: result.problems };
}
