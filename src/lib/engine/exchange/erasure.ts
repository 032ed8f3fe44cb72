import type { Erasure } from './records';
import type { SyncTable } from './format';

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
