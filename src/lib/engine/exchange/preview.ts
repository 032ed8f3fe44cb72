import { canonicalJson } from './canonical';
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
	/** Draft ratings in the file that are not imported: only submitted ratings travel between tablets. */
	draftsLeftOut: number;
	/** True when applying would change nothing (e.g. the same bundle a second time). */
	changesNothing: boolean;
}

/** Fields that name a record, in order of preference. */
const LABEL_FIELDS = ['name', 'text', 'title', 'reason', 'level', 'summary'] as const;

/** Short, readable description of a record for the conflict list (shown on this tablet only). */
export function describeRecord(table: SyncTable, record: Record<string, unknown> | undefined): string {
	if (!record) return '';
	const key = LABEL_FIELDS.find((k) => typeof record[k] === 'string');
	const text = key ? (record[key] as string) : String(record.id);
	const short = text.length > 120 ? `${text.slice(0, 117)}…` : text;
	const deleted = typeof record.deletedAt === 'string' ? ' (verwijderd)' : '';
	return `${short}${deleted}`;
}

const FIELD_LABELS: Record<string, string> = {
	name: 'naam',
	jobTarget: 'jobdoelwit',
	text: 'tekst',
	level: 'niveau',
	reason: 'reden',
	code: 'code',
	title: 'titel',
	status: 'status',
	remarks: 'opmerkingen',
	deletedAt: 'verwijderd op',
	submittedAt: 'ingediend op'
};
const META_FIELDS = new Set(['id', 'vv', 'updatedAt', 'createdAt']);

/**
 * Both versions of a conflicting record, each as its label plus the fields in which they differ, so a
 * person sees what to choose between (e.g. "Jonas — jobdoelwit: Magazijnier" against "… : Keukenhulp").
 */
export function describeConflict(table: SyncTable, local: Record<string, unknown> | undefined, incoming: Record<string, unknown>): { local: string; incoming: string } {
	if (!local) return { local: '', incoming: describeRecord(table, incoming) };
	const keys = [...new Set([...Object.keys(local), ...Object.keys(incoming)])].filter(
		(k) => !META_FIELDS.has(k) && canonicalJson(local[k]) !== canonicalJson(incoming[k])
	);
	const side = (record: Record<string, unknown>) => {
		const label = describeRecord(table, record);
		// The field shown as the label is not repeated among the differences.
		const labelKey = LABEL_FIELDS.find((k) => typeof record[k] === 'string');
		const diffs = keys.filter((k) => k !== labelKey).map((k) => `${FIELD_LABELS[k] ?? k}: ${formatValue(record[k])}`);
		return diffs.length > 0 ? `${label} — ${diffs.join('; ')}` : label;
	};
	return { local: side(local), incoming: side(incoming) };
}

function formatValue(value: unknown): string {
	if (value === undefined) return '(leeg)';
	const text = typeof value === 'string' ? value : canonicalJson(value);
	return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** Turns a merge plan into the counts and conflict list the preview screen shows. */
export function buildImportPreview(plan: MergePlan, draftsLeftOut = 0): ImportPreview {
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
		.map((item) => ({ table: item.table, id: item.id, label: TABLE_LABELS[item.table], ...describeConflict(item.table, item.local, item.incoming) }));
	const changesNothing = plan.writes.length === 0 && plan.newConflicts.length === 0 && plan.newErasures.length === 0;
	return { rows, totals, conflicts, newErasures: plan.newErasures.length, draftsLeftOut, changesNothing };
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
