import { SYNC_TABLES, TABLE_LABELS, type SyncTable } from './format';
import type { MergeAction, MergePlan } from './merge-plan';

export interface PreviewRow {
	table: SyncTable;
	label: string;
	counts: Record<MergeAction, number>;
}

export interface ImportPreview {
	rows: PreviewRow[];
	totals: Record<MergeAction, number>;
	conflicts: Array<{ table: SyncTable; id: string; label: string; local: string; incoming: string }>;
	newErasures: number;
	/** True when applying would change nothing (e.g. the same bundle a second time). */
	changesNothing: boolean;
}

/** Short, readable description of a record for the conflict list (shown on this tablet only). */
export function describeRecord(table: SyncTable, record: Record<string, unknown> | undefined): string {
	if (!record) return '';
	const pick = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
	const text = pick('name') ?? pick('text') ?? pick('title') ?? pick('reason') ?? pick('level') ?? pick('summary') ?? String(record.id);
	const short = text.length > 120 ? `${text.slice(0, 117)}…` : text;
	const deleted = pick('deletedAt') ? ' (verwijderd)' : '';
	return `${short}${deleted}`;
}

/** Turns a merge plan into the counts and conflict list the preview screen shows. */
export function buildImportPreview(plan: MergePlan): ImportPreview {
	const totals = { add: 0, update: 0, unchanged: 0, 'keep-local': 0, conflict: 0, erased: 0, refused: 0 } satisfies Record<MergeAction, number>;
	const rows: PreviewRow[] = [];
	for (const table of SYNC_TABLES) {
		const counts = plan.counts[table];
		const total = Object.values(counts).reduce((a, b) => a + b, 0);
		if (total === 0) continue;
		rows.push({ table, label: TABLE_LABELS[table], counts });
		for (const [action, n] of Object.entries(counts) as Array<[MergeAction, number]>) totals[action] += n;
	}
	const conflicts = plan.items
		.filter((item) => item.action === 'conflict')
		.map((item) => ({
			table: item.table,
			id: item.id,
			label: TABLE_LABELS[item.table],
			local: describeRecord(item.table, item.local),
			incoming: describeRecord(item.table, item.incoming)
		}));
	const changesNothing = plan.writes.length === 0 && plan.newConflicts.length === 0 && plan.newErasures.length === 0;
	return { rows, totals, conflicts, newErasures: plan.newErasures.length, changesNothing };
}

export const MERGE_ACTION_LABELS: Record<MergeAction, string> = {
	add: 'Nieuw',
	update: 'Bijgewerkt',
	unchanged: 'Al aanwezig, ongewijzigd',
	'keep-local': 'Hier nieuwer, blijft',
	conflict: 'Conflict',
	erased: 'Gewist, niet teruggezet',
	refused: 'Geweigerd (vaste inhoud verschilt)'
};
