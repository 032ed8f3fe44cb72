import type { WakkerDatabase } from '../db';
import type { CouchClient, RefusedWrite, ServerDoc } from './couch-client';
import { nowIso } from '../record-meta';
import { supersedes } from './leaves';
import type { OutboxEntry, RevisionPath, SyncRevision } from './records';
import { contentHash, extend, revOf } from './revision';
import { isShareable } from './synced-tables';
import { expandBulkEntries } from './outbox-middleware';

/** Records sent per request: small enough for a slow connection, large enough for a first sync. */
export const PUSH_BATCH = 250;

export interface PushOutcome {
	sent: number;
	/** Records whose change the server's write rules refused: they stay as they are on this tablet. */
	refused: string[];
}

/** The records whose last change the server refused, kept until a later change of theirs is accepted. */
export const REFUSED_KEY = 'refusedDocs';

export interface RefusedRecord {
	docId: string;
	/** The server's reason, for whoever looks into it (the screen shows one Dutch message). */
	reason: string;
	at: string;
}

interface Planned {
	entry: OutboxEntry;
	docs: ServerDoc[];
	revision?: SyncRevision;
}

type Vv = Record<string, number>;

/**
 * Sends the outbox to the server until it is empty: per batch, ask which revisions the server lacks
 * (`_revs_diff`), write exactly those with their history (`_bulk_docs`, `new_edits: false`), then clear
 * the entries that did not change meanwhile. Revisions are derived from content, so a batch interrupted
 * at any point is sent again as the same revisions: resuming never duplicates anything.
 */
export async function push(db: WakkerDatabase, client: CouchClient, signal?: AbortSignal): Promise<PushOutcome> {
	let sent = 0;
	let after = '';
	const refusedAll: string[] = [];
	for (;;) {
		signal?.throwIfAborted();
		// A bulk write queued meanwhile becomes entries per record first (they may sort before `after`: a later
		// push, woken by that write, sends those).
		await db.transaction('rw', db.syncOutbox, () => expandBulkEntries(db));
		const entries = await db.syncOutbox.where('docId').above(after).limit(PUSH_BATCH).toArray();
		if (entries.length === 0) return { sent, refused: refusedAll };
		after = entries[entries.length - 1]!.docId;
		const planned = await plan(db, entries);
		const docs = planned.flatMap((p) => p.docs);
		let refused: RefusedWrite[] = [];
		if (docs.length > 0) {
			const revs: Record<string, string[]> = {};
			for (const doc of docs) (revs[doc._id] ??= []).push(doc._rev);
			const diff = await client.revsDiff(revs);
			const missing = docs.filter((d) => diff[d._id]?.missing?.includes(d._rev));
			if (missing.length > 0) refused = await client.bulkDocs(missing);
			sent += missing.length - refused.length;
		}
		await settle(db, planned, refused);
		refusedAll.push(...new Set(refused.map((r) => r.id)));
	}
}

async function plan(db: WakkerDatabase, entries: OutboxEntry[]): Promise<Planned[]> {
	const tables = [...new Set(entries.map((e) => e.table))].map((t) => db.table(t));
	const { records, revisions } = await db.transaction('r', [...tables, db.syncRevisions], async () => ({
		records: await Promise.all(entries.map((e) => db.table(e.table).get(e.key) as Promise<Record<string, unknown> | undefined>)),
		revisions: await db.syncRevisions.bulkGet(entries.map((e) => e.docId))
	}));
	const planned: Planned[] = [];
	for (const [i, entry] of entries.entries()) {
		const record = records[i];
		const revision = revisions[i];
		if (record && !isShareable(entry.table, record)) {
			planned.push({ entry, docs: [] });
			continue;
		}
		planned.push(record ? await planWrite(entry, record, revision) : await planDeletion(entry, revision));
	}
	return planned;
}

async function planWrite(entry: OutboxEntry, record: Record<string, unknown>, revision: SyncRevision | undefined): Promise<Planned> {
	const body = { table: entry.table, data: record };
	const hash = await contentHash(body);
	const docs: ServerDoc[] = [];
	let path = revision?.path;
	if (!path || path.deleted || path.ids[0] !== hash) {
		path = extend(path, hash);
		docs.push({ _id: entry.docId, ...revisionFields(path), ...body });
	}
	// Branches of other tablets whose change this version has seen are closed, so one revision stays.
	const vv = record.vv as Vv | undefined;
	const closed = (revision?.otherLeaves ?? []).filter((leaf) => supersedes(vv, path, leaf));
	for (const leaf of closed) docs.push(await tombstone(entry.docId, leaf.path));
	const otherLeaves = (revision?.otherLeaves ?? []).filter((leaf) => !closed.includes(leaf));
	return { entry, docs, revision: { docId: entry.docId, path, otherLeaves } };
}

/** A record deleted here (or erased): every branch of it known here is closed on the server. */
async function planDeletion(entry: OutboxEntry, revision: SyncRevision | undefined): Promise<Planned> {
	if (!revision) return { entry, docs: [] };
	const docs: ServerDoc[] = [];
	let path = revision.path;
	if (!path.deleted) {
		const doc = await tombstone(entry.docId, path);
		docs.push(doc);
		path = { start: doc._revisions!.start, ids: doc._revisions!.ids, deleted: true };
	}
	for (const leaf of revision.otherLeaves) if (!leaf.path.deleted) docs.push(await tombstone(entry.docId, leaf.path));
	return { entry, docs, revision: { docId: entry.docId, path, otherLeaves: [] } };
}

/** The deletion revision on top of `parent`: the same on every tablet that closes the same branch. */
async function tombstone(docId: string, parent: RevisionPath): Promise<ServerDoc> {
	const path = extend(parent, await contentHash({ deleted: true, parent: revOf(parent) }), true);
	return { _id: docId, ...revisionFields(path), _deleted: true };
}

function revisionFields(path: RevisionPath): Pick<ServerDoc, '_rev' | '_revisions'> {
	return { _rev: revOf(path), _revisions: { start: path.start, ids: path.ids } };
}

/**
 * Records what the server now holds, and clears each outbox entry unless its record changed meanwhile.
 * A refused change is cleared too (sending it again would be refused again) but leaves the record's place
 * in the server's tree as it was: the record stays changed on this tablet only, and is noted as refused.
 * A record accepted later (changed again, or the conflict resolved) is no longer noted.
 */
async function settle(db: WakkerDatabase, planned: Planned[], refused: RefusedWrite[]): Promise<void> {
	const refusedIds = new Map(refused.map((r) => [r.id, r.reason]));
	await db.transaction('rw', db.syncOutbox, db.syncRevisions, db.syncState, async () => {
		const current = await db.syncOutbox.bulkGet(planned.map((p) => p.entry.docId));
		const done = planned.filter((p, i) => current[i]?.stamp === p.entry.stamp).map((p) => p.entry.docId);
		await db.syncOutbox.bulkDelete(done);
		const revisions = planned.flatMap((p) => (p.revision && !refusedIds.has(p.entry.docId) ? [p.revision] : []));
		if (revisions.length > 0) await db.syncRevisions.bulkPut(revisions);
		const noted = ((await db.syncState.get(REFUSED_KEY))?.value as RefusedRecord[] | undefined) ?? [];
		if (noted.length === 0 && refusedIds.size === 0) return;
		const accepted = new Set(planned.filter((p) => !refusedIds.has(p.entry.docId)).map((p) => p.entry.docId));
		const at = nowIso();
		const next = [...noted.filter((r) => !accepted.has(r.docId) && !refusedIds.has(r.docId)), ...[...refusedIds].map(([docId, reason]) => ({ docId, reason, at }))];
		await db.syncState.put({ key: REFUSED_KEY, value: next });
	});
}

/** How many records this tablet holds in a version the server refused. */
export async function countRefused(db: WakkerDatabase): Promise<number> {
	return (((await db.syncState.get(REFUSED_KEY))?.value as RefusedRecord[] | undefined) ?? []).length;
}
