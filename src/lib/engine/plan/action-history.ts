import type { ActionItem } from '../model/plan';
import type { PdpSchema } from '../rubric/pdp-schema.schema';
import { formatDateNl } from '../report/format';

/** One follow-up of an action as the PDP shows it: when, which status, and the coach's remark. */
export interface HistoryRow {
	at: string;
	date: string;
	symbol: string;
	label: string;
	remark: string;
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
