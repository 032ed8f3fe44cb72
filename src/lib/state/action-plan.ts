import type { ActionItem } from '$lib/engine/model';
import type { ActionStatusId } from '$lib/engine/rubric';
import { addAction, deleteAction, listActions, moveAction, recordActionStatus, restoreAction, updateAction } from '$lib/db/actions.repo';
import { type Result } from '$lib/engine/common/result';

/** Outcome of saving a cell: the repositories' SaveResult narrowed to what the table shows. */
export type CellSaveResult = Result;

export interface NewActionRow {
	text: string;
	timespan: string;
	who: string;
}

/** What the action table asks its owner to do. */
export interface ActionTableHandlers {
	onadd: (row: NewActionRow) => Promise<CellSaveResult>;
	onupdate: (id: string, patch: Partial<Pick<ActionItem, 'text' | 'timespan' | 'who' | 'remarks'>>) => Promise<CellSaveResult>;
	onstatus: (id: string, status: ActionStatusId) => Promise<unknown>;
	ondelete: (id: string) => Promise<unknown>;
	onrestore?: (id: string) => Promise<unknown>;
	onmove?: (id: string, direction: -1 | 1) => Promise<unknown>;
}

/** Where action rows are kept; tests pass their own. */
export interface ActionStorage {
	listActions: typeof listActions;
	addAction: typeof addAction;
	updateAction: typeof updateAction;
	recordActionStatus: typeof recordActionStatus;
	deleteAction: typeof deleteAction;
	restoreAction: typeof restoreAction;
	moveAction: typeof moveAction;
}

export const actionStorage: ActionStorage = { listActions, addAction, updateAction, recordActionStatus, deleteAction, restoreAction, moveAction };

/** Turns a repository SaveResult into what an editable cell shows. */
export function toCellResult(result: Result): CellSaveResult {
	return result.ok ? { ok: true } : { ok: false, problems: result.problems };
}

export interface ActionPlanRef {
	id: string;
	type: ActionItem['planType'];
}

/**
 * The action table of one plan (a PDP, or an organisation's checklist measurement) wired to storage.
 * `remarksOf` gives the remark a status change keeps (the checklist keeps the row's own; a PDP's
 * follow-up asks for its own remark elsewhere).
 */
export function actionPlanHandlers(plan: ActionPlanRef, remarksOf: (id: string) => string = () => '', storage: ActionStorage = actionStorage): ActionTableHandlers {
	return {
		onadd: async (row) => toCellResult(await storage.addAction({ planId: plan.id, planType: plan.type, source: 'manual', ...row })),
		onupdate: async (id, patch) => toCellResult(await storage.updateAction(id, patch)),
		onstatus: (id, status) => storage.recordActionStatus(id, status, remarksOf(id)),
		ondelete: (id) => storage.deleteAction(id),
		onrestore: (id) => storage.restoreAction(id),
		onmove: (id, direction) => storage.moveAction(id, direction)
	};
}

/** Adds suggested starting actions to a plan in their order; returns how many were added. */
export async function addSuggestedActions(
	plan: ActionPlanRef,
	suggestions: readonly NewActionRow[],
	source: ActionItem['source'],
	storage: ActionStorage = actionStorage
): Promise<number> {
	let added = 0;
	for (const s of suggestions) {
		const result = await storage.addAction({ planId: plan.id, planType: plan.type, text: s.text, timespan: s.timespan, who: s.who, source });
		if (result.ok) added++;
	}
	return added;
}
