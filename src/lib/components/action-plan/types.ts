import type { ActionItem } from '$lib/engine/model';
import type { ActionStatusId } from '$lib/engine/rubric';

/** Outcome of saving a cell: the repositories' SaveResult narrowed to what the table shows. */
export type CellSaveResult = { ok: true } | { ok: false; problems: string[] };

export interface NewActionRow {
	text: string;
	timespan: string;
	who: string;
}

/** What the action table asks its owner to do; the owner calls the repository (actions.repo.ts). */
export interface ActionTableHandlers {
	onadd: (row: NewActionRow) => Promise<CellSaveResult>;
	onupdate: (id: string, patch: Partial<Pick<ActionItem, 'text' | 'timespan' | 'who' | 'remarks'>>) => Promise<CellSaveResult>;
	onstatus: (id: string, status: ActionStatusId) => Promise<unknown>;
	ondelete: (id: string) => Promise<unknown>;
	onrestore?: (id: string) => Promise<unknown>;
	onmove?: (id: string, direction: -1 | 1) => Promise<unknown>;
}
