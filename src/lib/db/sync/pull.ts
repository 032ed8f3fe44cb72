import type { WakkerDatabase } from '../db';
import { applyIncoming } from './apply-incoming';
import type { CouchClient, ServerDoc } from './couch-client';
import type { SyncRevision } from './records';
import { pathContains } from './revision';
import { parseDocId } from './synced-tables';
import { readCheckpoint, writeCheckpoint } from './checkpoint';

/** Changes read per request. */
export const PULL_BATCH = 500;

export interface PullOutcome {
	received: number;
	/** The feed had nothing more: the tablet has everything the server had when asked. */
	caughtUp: boolean;
}

/**
 * Reads one batch of the server's changes since the checkpoint, fetches the revisions this tablet does
 * not have, applies them through the merge plan and moves the checkpoint (on the tablet and in the
 * server's `_local` document). An interrupted batch leaves the checkpoint where it was, so it is read
 * again; what was already applied is recognised by its revision and not applied twice.
 */
export async function pullBatch(db: WakkerDatabase, client: CouchClient, replicationId: string, options: { longpoll?: boolean; signal?: AbortSignal } = {}): Promise<PullOutcome> {
	const since = await readCheckpoint(db, client, replicationId);
	const changes = await client.changes(since, { limit: PULL_BATCH, ...options });
	const wanted: Array<{ id: string; rev: string }> = [];
	const ids = changes.results.map((r) => r.id).filter((id) => parseDocId(id));
	const known = new Map((await db.syncRevisions.bulkGet(ids)).flatMap((r) => (r ? [[r.docId, r] as const] : [])));
	for (const change of changes.results) {
		if (!parseDocId(change.id)) continue;
		for (const { rev } of change.changes) if (!isKnown(known.get(change.id), rev)) wanted.push({ id: change.id, rev });
	}
	const docs = wanted.length > 0 ? await fetchRevisions(client, wanted) : [];
	if (docs.length > 0) await applyIncoming(db, docs);
	if (JSON.stringify(changes.last_seq) !== JSON.stringify(since)) await writeCheckpoint(db, client, replicationId, changes.last_seq);
	return { received: docs.length, caughtUp: changes.results.length < PULL_BATCH };
}

function isKnown(revision: SyncRevision | undefined, rev: string): boolean {
	if (!revision) return false;
	return pathContains(revision.path, rev) || revision.otherLeaves.some((leaf) => pathContains(leaf.path, rev));
}

/** The wanted revisions with their history: one `_bulk_get`, or per document `open_revs` where there is none. */
async function fetchRevisions(client: CouchClient, wanted: Array<{ id: string; rev: string }>): Promise<ServerDoc[]> {
	const bulk = await client.bulkGet(wanted);
	if (bulk) return bulk;
	const docs: ServerDoc[] = [];
	for (const id of new Set(wanted.map((w) => w.id))) docs.push(...(await client.openRevs(id, 'all')));
	return docs;
}
