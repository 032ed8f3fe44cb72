import type { BundleRecords } from './bundle';
import type { Erasure } from './records';
import { SYNC_TABLES, type SyncTable } from './format';

/**
 * The order in which an erasure is followed through the tables: a record is covered when it, or what it
 * belongs to, was erased, so parents come before the records that point at them (notes before their
 * classifications, PDPs before their actions, everything before the audit entries about it).
 */
export const ERASURE_ORDER: readonly SyncTable[] = [
	'sessions',
	'candidates',
	'exercises',
	'assignments',
	'observations',
	'classifications',
	'ratings',
	'consensusDecisions',
	'finalAssessments',
	'pdps',
	'actions',
	'tociEvaluations',
	'auditLog'
];

/** Fields through which a record belongs to an erased record, per table. */
const OWNER_FIELDS: Partial<Record<SyncTable, readonly string[]>> = {
	exercises: ['sessionId'],
	candidates: ['sessionId'],
	assignments: ['sessionId', 'candidateId'],
	observations: ['sessionId', 'candidateId'],
	classifications: ['sessionId', 'candidateId', 'observationId'],
	ratings: ['sessionId', 'candidateId'],
	consensusDecisions: ['sessionId', 'candidateId'],
	finalAssessments: ['sessionId', 'candidateId'],
	pdps: ['candidateId', 'sessionId'],
	actions: ['planId'],
	tociEvaluations: ['candidateId', 'pdpId'],
	auditLog: ['entityId', 'sessionId']
};

/**
 * Whether `record` of `table` is erased or belongs to something erased. Applied to every incoming
 * record, so a bundle made before an erasure cannot bring the person back.
 */
export function isCoveredByErasure(table: SyncTable, record: Record<string, unknown>, erasedIds: ReadonlySet<string>): boolean {
	if (typeof record.id === 'string' && erasedIds.has(record.id)) return true;
	for (const field of OWNER_FIELDS[table] ?? []) {
		const value = record[field];
		if (typeof value === 'string' && erasedIds.has(value)) return true;
	}
	return false;
}

/** Stable id of an erasure, so the same erasure arriving twice is stored once. */
export function erasureId(entity: SyncTable, entityId: string): string {
	return `${entity}:${entityId}`;
}

export function makeErasure(entity: SyncTable, entityId: string, by: string, erasedAt: string): Erasure {
	return { id: erasureId(entity, entityId), entity, entityId, erasedAt, by };
}

/**
 * Follows erasures of `rootIds` through `tables` (in ERASURE_ORDER) and returns every record to remove,
 * per table. `tables` holds the candidate records, e.g. the local database's rows.
 */
export function collectErasedRecords(
	tables: Partial<Record<SyncTable, readonly Record<string, unknown>[]>>,
	rootIds: Iterable<string>
): { erasedIds: Set<string>; byTable: Partial<Record<SyncTable, string[]>> } {
	const erasedIds = new Set(rootIds);
	const byTable: Partial<Record<SyncTable, string[]>> = {};
	for (const table of ERASURE_ORDER) {
		const ids: string[] = [];
		for (const record of tables[table] ?? []) {
			if (isCoveredByErasure(table, record, erasedIds)) {
				ids.push(String(record.id));
				erasedIds.add(String(record.id));
			}
		}
		if (ids.length > 0) byTable[table] = ids;
	}
	return { erasedIds, byTable };
}

/** Order in which records are checked against erasures: parents first, then the tables no erasure follows. */
const LEAVE_OUT_ORDER: readonly SyncTable[] = [...ERASURE_ORDER, ...SYNC_TABLES.filter((t) => !ERASURE_ORDER.includes(t))];

/**
 * The records of a bundle without everything an erasure covers (the erased records and what belongs to
 * them), and what was left out. Used when a backup replaces the data here: it may be older than an
 * erasure made since, and an erased person must not come back. Conflict copies of left-out records go too.
 */
export function leaveOutErased(records: BundleRecords, erasedEntityIds: Iterable<string>): { kept: BundleRecords; leftOut: Partial<Record<SyncTable, Record<string, unknown>[]>> } {
	const erasedIds = new Set(erasedEntityIds);
	const kept: BundleRecords = { ...records };
	const leftOut: Partial<Record<SyncTable, Record<string, unknown>[]>> = {};
	for (const table of LEAVE_OUT_ORDER) {
		const rows = records[table];
		if (!rows) continue;
		const keep: Record<string, unknown>[] = [];
		const drop: Record<string, unknown>[] = [];
		for (const record of rows) {
			if (isCoveredByErasure(table, record, erasedIds)) {
				drop.push(record);
				erasedIds.add(String(record.id));
			} else keep.push(record);
		}
		kept[table] = keep;
		if (drop.length > 0) leftOut[table] = drop;
	}
	if (records.conflicts) {
		kept.conflicts = records.conflicts.filter((c) => {
			const table = c.table as SyncTable;
			return !erasedIds.has(String(c.recordId)) && !isCoveredByErasure(table, c.incoming as Record<string, unknown>, erasedIds);
		});
	}
	return { kept, leftOut };
}
