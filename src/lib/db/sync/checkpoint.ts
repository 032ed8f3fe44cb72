import type { WakkerDatabase } from '../db';
import type { CouchClient } from './couch-client';

const KEY = 'pullCheckpoint';

interface Checkpoint {
	dbUrl: string;
	seq: unknown;
}

/**
 * Where the last pull stopped. As in CouchDB's replicator it is kept on both sides (here and in the
 * server's `_local/<replication id>`); when they disagree (the server was restored from a backup, the
 * tablet from a file) the pull starts from the beginning, which costs time but never misses a change.
 */
export async function readCheckpoint(db: WakkerDatabase, client: CouchClient, replicationId: string): Promise<unknown> {
	const local = (await db.syncState.get(KEY))?.value as Checkpoint | undefined;
	if (!local || local.dbUrl !== client.dbUrl) return 0;
	const remote = await client.getLocal(replicationId);
	return remote && JSON.stringify(remote.seq) === JSON.stringify(local.seq) ? local.seq : 0;
}

export async function writeCheckpoint(db: WakkerDatabase, client: CouchClient, replicationId: string, seq: unknown): Promise<void> {
	await client.putLocal(replicationId, { seq });
	await db.syncState.put({ key: KEY, value: { dbUrl: client.dbUrl, seq } satisfies Checkpoint });
}

export async function forgetCheckpoint(db: WakkerDatabase): Promise<void> {
	await db.syncState.delete(KEY);
}
