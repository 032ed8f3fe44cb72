import type { ActionItem, ActionUpdate } from '../model/plan';
import type { ActionStatusId, PdpSchema } from '../rubric/pdp-schema.schema';
import { formatDateNl } from '../report/format';

/** The schema's cap on history entries per action (ActionItem.history max). */
export const MAX_HISTORY_ENTRIES = 1_000;

export interface HistoryRow {
	at: string;
	date: string;
	symbol: string;
	label: string;
	remark: string;
}

export interface StatusUpdateInput {
	status: ActionStatusId;
	remark: string;
	at: string;
	by?: string | undefined;
}

/**
 * Follow-up in a coaching session: the action gets its new status and the update is added to its
 * history (date, status, remark), so the PDP shows how it evolved. The current remark is replaced only
 * when the update has one. The oldest entries are dropped past the schema's cap.
 */
export function recordStatusUpdate<T extends Pick<ActionItem, 'status' | 'remarks' | 'history'>>(action: T, update: StatusUpdateInput): T {
	const entry: ActionUpdate = { at: update.at, status: update.status, remark: update.remark.trim(), ...(update.by ? { by: update.by } : {}) };
	const history = [...action.history, entry].slice(-MAX_HISTORY_ENTRIES);
	return { ...action, status: update.status, remarks: entry.remark === '' ? action.remarks : entry.remark, history };
}

/** The history of one action, oldest first, with the schema's symbols (− / +/− / +). */
export function describeHistory(action: Pick<ActionItem, 'history'>, schema: Pick<PdpSchema, 'statusScale'>): HistoryRow[] {
	const status = new Map(schema.statusScale.map((s) => [s.id, s]));
	return [...action.history]
		.sort((a, b) => a.at.localeCompare(b.at))
		.map((u) => ({
			at: u.at,
			date: formatDateNl(u.at),
			symbol: status.get(u.status)?.symbol ?? u.status,
			label: status.get(u.status)?.label ?? u.status,
			remark: u.remark
		}));
}
