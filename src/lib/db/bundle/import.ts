import {
	assertNoFutureKpiPeriods,
	assertPossibleMoments,
	assertReferencesResolve,
	buildImportPreview,
	BundleError,
	collectErasedRecords,
	ERASURE_ORDER,
	isCoveredByErasure,
	makeErasure,
	planMerge,
	referencesOutsideBundle,
	SYNC_TABLES,
	type Bundle,
	type ImportPreview,
	type MergePlan,
	type SyncTable,
	withoutDraftRatings
} from '$lib/engine/exchange';
import type { Table } from 'dexie';
import { localDay } from '$lib/engine/common/plausible-date';
import { getDb, type WakkerDatabase } from '../db';
import { getDeviceId, nowIso } from '../record-meta';
import { allExchangeTables, tableOf, type AnyRecord } from './tables';

export interface ImportResult {
	preview: ImportPreview;
	/** Records removed here because an incoming erasure covers them. */
	erasedHere: number;
}

function assertImportable(bundle: Bundle): void {
	if (bundle.kind === 'person-export') {
		throw new BundleError('wrong-kind', 'Dit is een export van alle gegevens over één persoon, bedoeld om te lezen of te bezorgen; die wordt niet ingeladen. Er is niets veranderd.');
	}
}

/** What importing `bundle` would do, without changing anything. Refuses a bundle that does not fit here. */
export async function previewImport(bundle: Bundle): Promise<ImportPreview> {
	assertImportable(bundle);
	const db = getDb();
	return db.transaction('r', allExchangeTables(db), async () => {
		await assertFitsHere(db, bundle);
		const { plan, draftsLeftOut } = await planFromDatabase(db, bundle);
		return buildImportPreview(plan, draftsLeftOut);
	});
}

/**
 * What a bundle says about itself alone: its moments are possible (checked the first time it is seen here), and
 * the parents it points at without carrying them. Worked out once per bundle, so the import after a preview does not walk its
 * thousands of records again. Safe to keep: a moment that was possible then is possible later (the latest allowed
 * moment only moves on), and a bundle is never changed after it was read.
 */
const checkedBundles = new WeakMap<Bundle, Map<SyncTable, Set<string>>>();

function outsideParentsOf(bundle: Bundle): Map<SyncTable, Set<string>> {
	let outside = checkedBundles.get(bundle);
	if (!outside) {
		assertPossibleMoments(bundle, new Date(nowIso()));
		assertNoFutureKpiPeriods(bundle, localDay(new Date(nowIso())));
		outside = referencesOutsideBundle(bundle.records);
		checkedBundles.set(bundle, outside);
	}
	return outside;
}

/**
 * Refuses, before anything is stored, a bundle with impossible moments or with records whose parent is
 * neither in the bundle nor on this tablet. Only the parents the bundle does not carry are looked up.
 */
async function assertFitsHere(db: WakkerDatabase, bundle: Bundle): Promise<void> {
	const outside = outsideParentsOf(bundle);
	const local: Partial<Record<SyncTable, Set<string>>> = {};
	for (const [table, ids] of outside) {
		const found = await tableOf(db, table).bulkGet([...ids]);
		local[table] = new Set(found.filter((r) => r !== undefined).map((r) => String(r.id)));
	}
	const erasedIds = new Set([...(await db.erasures.toArray()).map((e) => e.entityId), ...bundle.erasures.map((e) => e.entityId)]);
	// A parent the bundle carries is there by definition, so only a parent outside it that is neither here nor
	// erased can leave a record without one; only then are all records walked again, to say which are missing.
	const unresolved = [...outside].some(([table, ids]) => [...ids].some((id) => !local[table]?.has(id) && !erasedIds.has(id)));
	if (unresolved) assertReferencesResolve(bundle.records, local, erasedIds);
}

/**
 * Imports `bundle` in ONE transaction over every table: either everything is applied or, on any error,
 * nothing. The plan is made again inside the transaction so it matches the data it is applied to.
 */
export async function applyImport(bundle: Bundle): Promise<ImportResult> {
	assertImportable(bundle);
	const db = getDb();
	const deviceId = await getDeviceId();
	return db.transaction('rw', allExchangeTables(db), async () => {
		await assertFitsHere(db, bundle);
		const { plan, draftsLeftOut } = await planFromDatabase(db, bundle);
		const erasedHere = await carryOutErasures(db, plan, deviceId);
		const byTable = new Map<SyncTable, AnyRecord[]>();
		for (const { table, record } of plan.writes) {
			const rows = byTable.get(table) ?? [];
			rows.push(record);
			byTable.set(table, rows);
		}
		for (const [table, rows] of byTable) await tableOf(db, table).bulkPut(rows);
		if (plan.newConflicts.length > 0) await db.conflicts.bulkPut(plan.newConflicts);
		return { preview: buildImportPreview(plan, draftsLeftOut), erasedHere };
	});
}

/** The merge plan for `bundle` without its draft ratings (engine/exchange/drafts.ts says why). */
async function planFromDatabase(db: WakkerDatabase, bundle: Bundle): Promise<{ plan: MergePlan; draftsLeftOut: number }> {
	const { records: incoming, draftsLeftOut } = withoutDraftRatings(bundle.records);
	return { plan: await planWithoutDrafts(db, bundle, incoming), draftsLeftOut };
}

async function planWithoutDrafts(db: WakkerDatabase, bundle: Bundle, records: Bundle['records']): Promise<MergePlan> {
	const local: Partial<Record<SyncTable, Map<string, AnyRecord>>> = {};
	for (const table of SYNC_TABLES) {
		const incoming = records[table];
		if (incoming && incoming.length > 0) local[table] = await readLocalVersions(tableOf(db, table), incoming.map((r) => String(r.id)));
	}
	const erasures = await db.erasures.toArray();
	// Open conflicts are few: read them all rather than look up thousands of incoming ids one by one.
	const incomingIds = new Set(SYNC_TABLES.flatMap((t) => (records[t] ?? []).map((r) => String(r.id))));
	const existingConflictIds = new Set((await db.conflicts.toArray()).filter((c) => incomingIds.has(c.recordId)).map((c) => c.id));
	return planMerge({
		incoming: records,
		incomingErasures: bundle.erasures,
		local,
		localErasureIds: new Set(erasures.map((e) => e.id)),
		localErasedEntityIds: new Set(erasures.map((e) => e.entityId)),
		existingConflictIds,
		fromDeviceId: bundle.deviceId,
		now: nowIso()
	});
}

/**
 * The local version of each of `ids` that exists. When the bundle holds a large part of the table (an
 * assessor's thousands of notes), one read of the whole table is much faster than as many key lookups.
 */
async function readLocalVersions(table: Table<AnyRecord, string>, ids: string[]): Promise<Map<string, AnyRecord>> {
	const map = new Map<string, AnyRecord>();
	const total = await table.count();
	if (total === 0) return map;
	if (ids.length * WHOLE_TABLE_READ_RATIO >= total) {
		const wanted = new Set(ids);
		for (const record of await table.toArray()) if (wanted.has(String(record.id))) map.set(String(record.id), record);
	} else {
		for (const record of await table.bulkGet(ids)) if (record) map.set(String(record.id), record);
	}
	return map;
}

/** Read the whole table when the bundle has at least a quarter as many records as it (measured: bench/exchange). */
const WHOLE_TABLE_READ_RATIO = 4;

/** Removes here what the other tablet erased, and records each removal so it travels on. */
async function carryOutErasures(db: WakkerDatabase, plan: MergePlan, deviceId: string): Promise<number> {
	if (plan.newErasures.length === 0) return 0;
	await db.erasures.bulkPut(plan.newErasures);
	const localRows: Partial<Record<SyncTable, AnyRecord[]>> = {};
	for (const table of ERASURE_ORDER) localRows[table] = await tableOf(db, table).toArray();
	return removeErased(db, localRows, plan.newErasures.map((e) => e.entityId), deviceId);
}

/**
 * Hard-deletes every record covered by an erasure of `rootIds`, records an erasure for each, and drops
 * conflict copies of them. Must run inside a rw transaction over all exchange tables.
 */
export async function removeErased(
	db: WakkerDatabase,
	localRows: Partial<Record<SyncTable, AnyRecord[]>>,
	rootIds: string[],
	deviceId: string
): Promise<number> {
	const { erasedIds, byTable } = collectErasedRecords(localRows, rootIds);
	const now = nowIso();
	let removed = 0;
	for (const [table, ids] of Object.entries(byTable) as Array<[SyncTable, string[]]>) {
		await tableOf(db, table).bulkDelete(ids);
		const known = new Set((await db.erasures.where('entityId').anyOf(ids).toArray()).map((e) => e.entityId));
		await db.erasures.bulkPut(ids.filter((id) => !known.has(id)).map((id) => makeErasure(table, id, deviceId, now)));
		removed += ids.length;
	}
	const conflicts = await db.conflicts.toArray();
	const stale = conflicts.filter((c) => erasedIds.has(c.recordId) || isCoveredByErasure(c.table, c.incoming, erasedIds));
	if (stale.length > 0) await db.conflicts.bulkDelete(stale.map((c) => c.id));
	return removed;
}
