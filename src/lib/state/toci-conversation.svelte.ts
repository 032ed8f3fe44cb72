import type { ActionItem, Candidate, TociAnswer, TociEvaluation } from '$lib/engine/model';
import type { DecisionDraft, ReviewStatus } from '$lib/engine/toci';
import type { SaveResult } from '$lib/engine/observation/validate-input';
import { updateAction } from '$lib/db/actions.repo';
import { liveQueryState, type LiveState } from '$lib/db/live.svelte';
import {
	addTociAction,
	carryOverTociAction,
	clearTociDraft,
	getEvaluation,
	getPreviousEvaluation,
	getYouth,
	listTociActions,
	removeTociAction,
	reviewTociAction,
	saveAnswer,
	saveDecision,
	saveTociDraft,
	setMastered,
	updateEvaluation,
	type TociActionInput,
	type TociRole
} from '$lib/db/toci.repo';

/** Where a conversation's answers, agreements and actions are kept; tests pass their own. */
export interface TociStorage {
	saveAnswer: typeof saveAnswer;
	updateEvaluation: typeof updateEvaluation;
	setMastered: typeof setMastered;
	saveDecision: typeof saveDecision;
	saveTociDraft: typeof saveTociDraft;
	clearTociDraft: typeof clearTociDraft;
	addTociAction: typeof addTociAction;
	removeTociAction: typeof removeTociAction;
	updateAction: typeof updateAction;
	carryOverTociAction: typeof carryOverTociAction;
	reviewTociAction: typeof reviewTociAction;
}

export const tociStorage: TociStorage = {
	saveAnswer,
	updateEvaluation,
	setMastered,
	saveDecision,
	saveTociDraft,
	clearTociDraft,
	addTociAction,
	removeTociAction,
	updateAction,
	carryOverTociAction,
	reviewTociAction
};

export type ActionTextPatch = Partial<Pick<ActionItem, 'text' | 'timespan' | 'who'>>;

/** What the conversation screen asks its owner to do: every change goes out through one of these. */
export interface TociConversationHandlers {
	answer: (role: TociRole, competencyId: string, patch: Partial<TociAnswer>) => Promise<SaveResult<TociEvaluation>>;
	setCoachName: (coachName: string) => Promise<SaveResult<TociEvaluation>>;
	setMastered: (competencyId: string, mastered: boolean) => Promise<SaveResult<TociEvaluation>>;
	/** Keeps the typed decision as a draft and stores it once it is complete. */
	decide: (draft: DecisionDraft) => Promise<void>;
	/** Keeps the half-typed new action; an empty draft is forgotten. */
	saveActionDraft: (draft: Record<string, string>) => Promise<void>;
	addAction: (input: TociActionInput) => Promise<SaveResult<ActionItem>>;
	updateAction: (actionId: string, patch: ActionTextPatch) => Promise<SaveResult<ActionItem>>;
	removeAction: (actionId: string) => Promise<SaveResult<TociEvaluation>>;
	/** The previous conversation's action: how it went. */
	review: (actionId: string, review: ReviewStatus) => Promise<SaveResult<ActionItem>>;
	/** The previous conversation's action: take it over into this conversation (or not any more). */
	carryOver: (actionId: string, carry: boolean) => Promise<SaveResult<TociEvaluation>>;
}

/** The handlers of one conversation wired to storage. */
export function tociConversationHandlers(evaluationId: string, storage: TociStorage = tociStorage): TociConversationHandlers {
	return {
		answer: (role, competencyId, patch) => storage.saveAnswer(evaluationId, role, competencyId, patch),
		setCoachName: (coachName) => storage.updateEvaluation(evaluationId, { coachName }),
		setMastered: (competencyId, mastered) => storage.setMastered(evaluationId, competencyId, mastered),
		decide: async (draft) => {
			await storage.saveTociDraft('decision', evaluationId, { outcome: draft.outcome ?? '', phase: draft.phase ?? '', reason: draft.reason });
			await storage.saveDecision(evaluationId, draft);
		},
		saveActionDraft: (draft) =>
			Object.values(draft).some(Boolean) ? storage.saveTociDraft('new-action', evaluationId, draft) : storage.clearTociDraft('new-action', evaluationId),
		addAction: (input) => storage.addTociAction(evaluationId, input),
		updateAction: (actionId, patch) => storage.updateAction(actionId, patch),
		removeAction: (actionId) => storage.removeTociAction(evaluationId, actionId),
		review: (actionId, review) => storage.reviewTociAction(evaluationId, actionId, review),
		carryOver: (actionId, carry) => storage.carryOverTociAction(evaluationId, actionId, carry)
	};
}

/** What the conversation screen shows, kept current while it is open. */
export class TociConversationData {
	readonly youth: LiveState<Candidate | undefined>;
	readonly evaluation: LiveState<TociEvaluation | undefined>;
	readonly actions: LiveState<ActionItem[]>;
	/** The conversation before this one and its SMART actions still in the PDP. */
	readonly previous: LiveState<{ evaluation: TociEvaluation; actions: ActionItem[] } | undefined>;

	constructor(youthId: () => string, evaluationId: () => string) {
		this.youth = liveQueryState(() => getYouth(youthId()), () => [youthId()]);
		this.evaluation = liveQueryState(() => getEvaluation(evaluationId()), () => [evaluationId()]);
		this.actions = liveQueryState(
			async () => {
				const e = await getEvaluation(evaluationId());
				return e ? listTociActions(e) : [];
			},
			() => [evaluationId()]
		);
		this.previous = liveQueryState(
			async () => {
				const evaluation = await getPreviousEvaluation(evaluationId());
				return evaluation ? { evaluation, actions: await listTociActions(evaluation) } : undefined;
			},
			() => [evaluationId()]
		);
	}
}
