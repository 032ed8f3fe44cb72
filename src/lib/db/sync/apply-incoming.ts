import { compareVersionVectors, ERASURE_ORDER, Erasure, planMerge, SYNC_TABLES, TABLE_SCHEMAS, type MergeItem, type SyncTable } from '$lib/engine/exchange';
import { removeErased } from '../bundle/import';
import { allExchangeTables, tableOf, type AnyRecord } from '../bundle/tables';
import type { WakkerDatabase } from '../db';
import { nowIso } from '../record-meta';
import type { ServerDoc } from './couch-client';
import { deviceIdOf } from './device';
import { isAncestorOrSame, withLeaf } from './leaves';
import type { RevisionPath, SyncRevision } from './records';
import { pathFromRevisions, revOf } from './revision';
import { isShareable, parseDocId } from './synced-tables';
import { expandBulkEntries } from './outbox-middleware';

type Vv = Record<string, number>;

interface Leaf {
	docId: string;
	table: string;
	key: string;
	path: RevisionPath;
	record?: AnyRecord;
}

export interface ApplyOutcome {
	/** Leaves that were not valid records (another app's document, a damaged one): left alone. */
	ignored: number;
}

/**
 * Applies revisions fetched from the server in ONE transaction, through the same merge plan as a
 * bundle import: new and newer versions are written, an older one is kept out, a concurrent change
 * becomes a conflict copy for a person to resolve, and erasures are carried out here too. Then each
 * document's place in the server's revision tree is noted for the next push.
 */
export async function applyIncoming(db: WakkerDatabase, docs: ServerDoc[]): Promise<ApplyOutcome> {
	const { leaves, ignored } = readLeaves(docs);
	if (leaves.length === 0) return { ignored };
	const deviceId = await deviceIdOf(db);
	await db.transaction('rw', [...allExchangeTables(db), db.syncOutbox, db.syncRevisions], async () => {
		const docIds = [...new Set(leaves.map((l) => l.docId))];
		// What waits to be sent is looked up per record: a bulk write (an import) first becomes entries per record.
		await expandBulkEntries(db);
		const revisions = new Map((await db.syncRevisions.bulkGet(docIds)).flatMap((r) => (r ? [[r.docId, r] as const] : [])));
		const pending = new Set((await db.syncOutbox.bulkGet(docIds)).flatMap((e) => (e ? [e.docId] : [])));
		const live = leaves.filter((l) => l.record);
		const { items, written } = await mergeLive(db, live, deviceId);
		const update = new Map<string, SyncRevision>();
		const revisionOf = (docId: string): SyncRevision | undefined => update.get(docId) ?? revisions.get(docId);
		const requeue: Leaf[] = [];
		const settled: string[] = [];

		for (const leaf of live) {
			const item = items.get(leaf);
			const current = revisionOf(leaf.docId);
			const vv = leaf.record!.vv as Vv | undefined;
			if (!item || item.action === 'erased' || item.action === 'refused') continue;
			const adopted = written.has(leaf.record!) || (item.action === 'unchanged' && (!current || revOf(leaf.path) > revOf(current.path)));
			if (adopted) {
				// This tablet now holds exactly the leaf's version: continue its branch; a branch of our own
				// that it did not grow from is closed on the next push (the leaf has seen it).
				const otherLeaves = current && !isAncestorOrSame(current.path, leaf.path) ? withLeaf(current, { path: current.path, ...(item.local?.vv ? { vv: item.local.vv as Vv } : {}) }) : (current?.otherLeaves ?? []);
				update.set(leaf.docId, { docId: leaf.docId, path: leaf.path, otherLeaves: otherLeaves.filter((l) => !isAncestorOrSame(l.path, leaf.path)) });
				if (written.has(leaf.record!)) settled.push(leaf.docId);
			} else if (current && isAncestorOrSame(leaf.path, current.path)) {
				continue; // an older revision of our own branch
			} else {
				// keep-local, a concurrent version (conflict copy), the same change by another path, or the same
				// version on two branches: remember the leaf; the next push closes it once this tablet's version has seen it.
				const base: SyncRevision = current ?? { docId: leaf.docId, path: leaf.path, otherLeaves: [] };
				if (current) update.set(leaf.docId, { ...base, otherLeaves: withLeaf(base, { path: leaf.path, ...(vv ? { vv } : {}) }) });
				else update.set(leaf.docId, base);
				if (item.action !== 'conflict') requeue.push(leaf);
			}
		}

		const liveDocs = new Set(live.map((l) => l.docId));
		// Bookkeeping first, then one bulk deletion per table: a long run of awaits without a database
		// request in between would let IndexedDB commit the transaction early.
		const deletions = new Map<string, string[]>();
		for (const leaf of leaves.filter((l) => !l.record)) {
			if (!applyDeletion(leaf, revisionOf(leaf.docId), pending.has(leaf.docId) || liveDocs.has(leaf.docId), update)) continue;
			deletions.set(leaf.table, [...(deletions.get(leaf.table) ?? []), leaf.key]);
			settled.push(leaf.docId);
		}
		for (const [table, keys] of deletions) await db.table(table).bulkDelete(keys);

		if (update.size > 0) await db.syncRevisions.bulkPut([...update.values()]);
		// Writes made here were queued by the outbox like any other (a large one as a bulk entry: expanded so its
		// records can be settled one by one); what the server already holds is not sent back.
		await expandBulkEntries(db);
		if (settled.length > 0) await db.syncOutbox.bulkDelete(settled);
		if (requeue.length > 0) await db.syncOutbox.bulkPut(requeue.map((l) => ({ docId: l.docId, table: l.table, key: l.key, stamp: crypto.randomUUID() })));
	});
	return { ignored };
}

/** Runs the merge plan over the live leaves and applies it; returns the plan's item per leaf. */
async function mergeLive(db: WakkerDatabase, live: Leaf[], deviceId: string): Promise<{ items: Map<Leaf, MergeItem>; written: Set<AnyRecord> }> {
	const incoming: Partial<Record<SyncTable, AnyRecord[]>> = {};
	const incomingErasures: Erasure[] = [];
	for (const leaf of live) {
		if (leaf.table === 'erasures') incomingErasures.push(leaf.record as Erasure);
		else (incoming[leaf.table as SyncTable] ??= []).push(leaf.record!);
	}
	const local: Partial<Record<SyncTable, Map<string, AnyRecord>>> = {};
	for (const [table, rows] of Object.entries(incoming) as Array<[SyncTable, AnyRecord[]]>) {
		const found = await tableOf(db, table).bulkGet(rows.map((r) => String(r.id)));
		local[table] = new Map(found.flatMap((r) => (r ? [[String(r.id), r] as const] : [])));
	}
	const erasures = await db.erasures.toArray();
	const conflicts = await db.conflicts.toArray();
	const plan = planMerge({
		incoming,
		incomingErasures,
		local,
		localErasureIds: new Set(erasures.map((e) => e.id)),
		localErasedEntityIds: new Set(erasures.map((e) => e.entityId)),
		existingConflictIds: new Set(conflicts.map((c) => c.id)),
		fromDeviceId: 'sync',
		now: nowIso()
	});
	if (plan.newErasures.length > 0) {
		await db.erasures.bulkPut(plan.newErasures);
		const localRows: Partial<Record<SyncTable, AnyRecord[]>> = {};
		for (const table of ERASURE_ORDER) localRows[table] = await tableOf(db, table).toArray();
		await removeErased(db, localRows, plan.newErasures.map((e) => e.entityId), deviceId);
	}
	for (const table of SYNC_TABLES) {
		const rows = plan.writes.filter((w) => w.table === table).map((w) => w.record);
		if (rows.length > 0) await tableOf(db, table).bulkPut(rows);
	}
	if (plan.newConflicts.length > 0) await db.conflicts.bulkPut(plan.newConflicts);
	await dropSettledConflicts(db, plan.writes.map((w) => w.record));

	const byIncoming = new Map(plan.items.map((item) => [item.incoming, item]));
	// Incoming versions written as they are (not a merge of both): this tablet now holds that very revision.
	const written = new Set<AnyRecord>(plan.writes.map((w) => w.record));
	const result = new Map<Leaf, MergeItem>();
	for (const leaf of live) {
		if (leaf.table === 'erasures') {
			const known = erasures.some((e) => e.id === leaf.record!.id);
			result.set(leaf, { table: 'sessions', id: leaf.key, action: known ? 'unchanged' : 'add', incoming: leaf.record! });
			if (!known) written.add(leaf.record!);
			continue;
		}
		const item = byIncoming.get(leaf.record!);
		if (item) result.set(leaf, item);
	}
	return { items: result, written };
}

/**
 * Conflict copies that a newly written version has seen are settled: a person resolved the conflict on
 * another tablet, and that choice (a version that has seen both) arrived here.
 */
async function dropSettledConflicts(db: WakkerDatabase, written: AnyRecord[]): Promise<void> {
	const byId = new Map(written.map((r) => [String(r.id), r]));
	if (byId.size === 0) return;
	const open = await db.conflicts.where('recordId').anyOf([...byId.keys()]).toArray();
	const settled = open.filter((c) => {
		const vv = byId.get(c.recordId)?.vv as Vv | undefined;
		return vv !== undefined && ['dominates', 'equal'].includes(compareVersionVectors(vv, c.incomingVv));
	});
	if (settled.length > 0) await db.conflicts.bulkDelete(settled.map((c) => c.id));
}

/**
 * A deletion from the server. When it grew from this tablet's version (another tablet deleted what it had
 * seen here), the record is deleted here too. When this tablet changed the record since, or another live
 * branch of it exists (the deletion only closed this tablet's branch in favour of a newer version), the
 * record stays, so nothing is lost. A deleted branch of another tablet is no longer a leaf to close.
 */
function applyDeletion(leaf: Leaf, current: SyncRevision | undefined, keep: boolean, update: Map<string, SyncRevision>): boolean {
	if (!current) {
		update.set(leaf.docId, { docId: leaf.docId, path: leaf.path, otherLeaves: [] });
		return false;
	}
	const otherLeaves = current.otherLeaves.filter((l) => !isAncestorOrSame(l.path, leaf.path));
	if (isAncestorOrSame(current.path, leaf.path)) {
		const pending = keep || otherLeaves.some((l) => !l.path.deleted);
		update.set(leaf.docId, { docId: leaf.docId, path: pending ? current.path : leaf.path, otherLeaves: pending ? withLeaf({ ...current, otherLeaves }, { path: leaf.path }) : otherLeaves });
		return !pending && !current.path.deleted;
	}
	update.set(leaf.docId, { ...current, otherLeaves });
	return false;
}

/** Turns server documents into leaves; anything that is not a valid, shareable record of ours is ignored. */
function readLeaves(docs: ServerDoc[]): { leaves: Leaf[]; ignored: number } {
	const leaves: Leaf[] = [];
	const seen = new Set<string>();
	let ignored = 0;
	for (const doc of docs) {
		const target = parseDocId(doc._id);
		const path = pathFromRevisions(doc._revisions, doc._deleted === true);
		if (!target || !path || seen.has(`${doc._id}@${doc._rev}`)) {
			ignored++;
			continue;
		}
		seen.add(`${doc._id}@${doc._rev}`);
		if (doc._deleted) {
			leaves.push({ docId: doc._id, ...target, path });
			continue;
		}
		const record = validRecord(target.table, target.key, doc);
		if (record) leaves.push({ docId: doc._id, ...target, path, record });
		else ignored++;
	}
	return { leaves, ignored };
}

function validRecord(table: string, key: string, doc: ServerDoc): AnyRecord | undefined {
	if (doc.table !== table) return undefined;
	const schema = table === 'erasures' ? Erasure : TABLE_SCHEMAS[table as SyncTable];
	const parsed = schema.safeParse(doc.data);
	if (!parsed.success) return undefined;
	const record = parsed.data as AnyRecord;
	if (String(record.id) !== key || !isShareable(table, record)) return undefined;
	return record;
}
