import { sameContent } from './canonical';
import { isCoveredByErasure } from './erasure';
import { IMMUTABLE_TABLES, IMMUTABLE_TABLET_FIELDS, SYNC_TABLES, type SyncTable } from './format';
import type { ConflictRecord, Erasure } from './records';
import { compareVersionVectors, formatVersionVector, mergeVersionVectors } from './version-vector';
import type { VersionVector } from '../model';

/**
 * What an import does with one incoming record:
 * - add: not on this tablet yet;
 * - update: the incoming version has seen every local change (it dominates): it replaces the local one;
 * - unchanged: the same version is already here;
 * - keep-local: the local version has seen every incoming change: nothing to do;
 * - conflict: both tablets changed it since they last exchanged; the incoming one is kept as a
 *   conflict copy for a person to resolve, the local one stays in place;
 * - erased: it, or the person or session it belongs to, was erased: it is not brought back;
 * - refused: an immutable record (rubric version, log entry) with the same id but other content.
 */
export type MergeAction = 'add' | 'update' | 'unchanged' | 'keep-local' | 'conflict' | 'erased' | 'refused';
export const MERGE_ACTIONS: readonly MergeAction[] = ['add', 'update', 'unchanged', 'keep-local', 'conflict', 'erased', 'refused'];

export interface MergeItem {
	table: SyncTable;
	id: string;
	action: MergeAction;
	incoming: Record<string, unknown>;
	local?: Record<string, unknown>;
}

export interface MergePlan {
	items: MergeItem[];
	/** Records to write (add and update), in table order. */
	writes: Array<{ table: SyncTable; record: Record<string, unknown> }>;
	/** Conflict copies to store (new ones only: a conflict already recorded is not stored twice). */
	newConflicts: ConflictRecord[];
	/** Erasures this tablet did not know yet: they must be carried out here too. */
	newErasures: Erasure[];
	counts: Record<SyncTable, Record<MergeAction, number>>;
}

export interface MergeInput {
	incoming: Partial<Record<SyncTable, readonly Record<string, unknown>[]>>;
	incomingErasures: readonly Erasure[];
	/** The local version of every incoming record that exists here, per table, by id. */
	local: Partial<Record<SyncTable, ReadonlyMap<string, Record<string, unknown>>>>;
	localErasureIds: ReadonlySet<string>;
	/** Ids of erased entities known here (the `entityId` of every local erasure). */
	localErasedEntityIds: ReadonlySet<string>;
	existingConflictIds: ReadonlySet<string>;
	fromDeviceId: string;
	now: string;
}

/** Audit entries last: an entry about a record erased earlier in the same bundle is then erased too. */
const PLAN_ORDER: readonly SyncTable[] = [...SYNC_TABLES.filter((t) => t !== 'auditLog'), 'auditLog'];

/** Stable id of a conflict copy: the same incoming version of the same record gives the same id. */
export function conflictId(table: SyncTable, recordId: string, incomingVv: VersionVector): string {
	return `${table}/${recordId}/${formatVersionVector(incomingVv)}`;
}

/** Plans an import without touching anything: the preview shows it, the import applies it. */
export function planMerge(input: MergeInput): MergePlan {
	const newErasures = input.incomingErasures.filter((e) => !input.localErasureIds.has(e.id));
	const erasedIds = new Set([...input.localErasedEntityIds, ...input.incomingErasures.map((e) => e.entityId)]);
	const items: MergeItem[] = [];
	const writes: MergePlan['writes'] = [];
	const newConflicts: ConflictRecord[] = [];
	const counts = emptyCounts();

	for (const table of PLAN_ORDER) {
		const localById = input.local[table];
		for (const incoming of input.incoming[table] ?? []) {
			const id = String(incoming.id);
			const local = localById?.get(id);
			let action: MergeAction;
			let toWrite: Record<string, unknown> | undefined;
			if (isCoveredByErasure(table, incoming, erasedIds)) {
				action = 'erased';
				// Ids of records that point at erased ones are added as they are found (a note of an erased candidate
				// makes its classifications erased too).
				erasedIds.add(id);
			} else if (!local) {
				action = 'add';
				toWrite = incoming;
			} else if (IMMUTABLE_TABLES.has(table)) {
				action = sameImmutable(table, local, incoming) ? 'unchanged' : 'refused';
			} else {
				({ action, toWrite } = compareVersions(local, incoming));
			}
			if (action === 'conflict') {
				const incomingVv = incoming.vv as VersionVector;
				const cid = conflictId(table, id, incomingVv);
				if (!input.existingConflictIds.has(cid)) {
					newConflicts.push({ id: cid, table, recordId: id, incoming, incomingVv, detectedAt: input.now, fromDeviceId: input.fromDeviceId });
				}
			}
			if (toWrite) writes.push({ table, record: toWrite });
			counts[table][action]++;
			items.push({ table, id, action, incoming, ...(local ? { local } : {}) });
		}
	}
	return { items, writes, newConflicts, newErasures, counts };
}

function compareVersions(local: Record<string, unknown>, incoming: Record<string, unknown>): { action: MergeAction; toWrite?: Record<string, unknown> } {
	const localVv = local.vv as VersionVector;
	const incomingVv = incoming.vv as VersionVector;
	switch (compareVersionVectors(incomingVv, localVv)) {
		case 'equal':
			return { action: 'unchanged' };
		case 'dominates':
			return { action: 'update', toWrite: incoming };
		case 'dominated':
			return { action: 'keep-local' };
		case 'concurrent':
			// Both tablets made the very same change: not a conflict, only the vectors need to meet.
			if (sameContent(local, incoming)) return { action: 'update', toWrite: { ...local, vv: mergeVersionVectors(localVv, incomingVv) } };
			return { action: 'conflict' };
	}
}

function emptyCounts(): Record<SyncTable, Record<MergeAction, number>> {
	return Object.fromEntries(
		SYNC_TABLES.map((table) => [table, Object.fromEntries(MERGE_ACTIONS.map((a) => [a, 0])) as Record<MergeAction, number>])
	) as Record<SyncTable, Record<MergeAction, number>>;
}

/** The same immutable record, leaving aside how each tablet came to hold it (the local copy is kept). */
function sameImmutable(table: SyncTable, local: Record<string, unknown>, incoming: Record<string, unknown>): boolean {
	const fields = IMMUTABLE_TABLET_FIELDS[table] ?? [];
	const strip = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([key]) => !fields.includes(key)));
	return sameContent(strip(local), strip(incoming));
}
