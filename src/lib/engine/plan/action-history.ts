import type { ActionItem } from '../model/plan';
import type { PdpSchema } from '../rubric/pdp-schema.schema';
import { formatDateNl } from '../common/format-nl';

/** One follow-up of an action as the PDP shows it: when, which status, and the coach's remark. */
export interface HistoryRow {
	at: string;
	date: string;
	symbol: string;
	label: string;
	remark: string;
}

/**
 * The history of one action, oldest first, with the schema's symbols (− / +/− / +). A follow-up agreed in a
 * coaching session carries that session's day, which may lie before the moment it was typed in.
 */
export function describeHistory(action: Pick<ActionItem, 'history'>, schema: Pick<PdpSchema, 'statusScale'>): HistoryRow[] {
	const status = new Map(schema.statusScale.map((s) => [s.id, s]));
	return [...action.history]
		.map((u) => ({ u, when: u.date ?? u.at.slice(0, 10) }))
		.sort((a, b) => a.when.localeCompare(b.when) || a.u.at.localeCompare(b.u.at))
		.map(({ u }) => ({
			at: u.at,
			date: formatDateNl(u.date ?? u.at),
			symbol: status.get(u.status)?.symbol ?? u.status,
			label: status.get(u.status)?.label ?? u.status,
			remark: u.remark
		}));
}
