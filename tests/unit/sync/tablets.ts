/** Tablets for the sync tests: each its own fake-IndexedDB database, device id and replicator. */
import { DEMO_SEED, makeDemoAssessment } from '../../../src/lib/engine/demo';
import { DONE_COMPETENCY_IDS, makeTestProfile } from '../../../src/lib/engine/demo/test-profile.fixture';
import { useDatabase, WakkerDatabase } from '../../../src/lib/db/db';
import { resetDeviceIdCache } from '../../../src/lib/db/record-meta';
import { CouchClient, Replicator, type FetchLike } from '../../../src/lib/db/sync';
import { deviceIdOf } from '../../../src/lib/db/sync/device';

export const demo = makeDemoAssessment({ profile: makeTestProfile(DONE_COMPETENCY_IDS), seed: DEMO_SEED, now: '2026-03-20T10:00:00.000Z' });

let count = 0;

export interface Tablet {
	db: WakkerDatabase;
	replicator: Replicator;
	/** Makes this tablet the app's current database, so repositories act on it (as a user on that tablet). */
	use(): WakkerDatabase;
	sync(): Promise<void>;
	deviceId(): Promise<string>;
}

export function tablet(dbUrl: string, auth: string, fetchImpl?: FetchLike): Tablet {
	const db = new WakkerDatabase(`wakker-sync-test-${++count}-${crypto.randomUUID()}`);
	const client = new CouchClient(dbUrl, { headers: { Authorization: auth }, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
	const replicator = new Replicator(db, client, { initialBackoffMs: 20, maxBackoffMs: 100 });
	return {
		db,
		replicator,
		use() {
			useDatabase(db);
			resetDeviceIdCache();
			return db;
		},
		sync: () => replicator.syncOnce(),
		deviceId: () => deviceIdOf(db)
	};
}

export async function loadDemo(db: WakkerDatabase): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		await db.sessions.put(demo.session);
		await db.assessors.bulkPut(demo.assessors);
		await db.exercises.bulkPut(demo.exercises);
		await db.candidates.bulkPut(demo.candidates);
		await db.assignments.bulkPut(demo.assignments);
		await db.observations.bulkPut(demo.observations);
		await db.classifications.bulkPut(demo.classifications);
		await db.ratings.bulkPut(demo.ratings);
	});
}

/** Every shared record of a tablet, per table, sorted: what two synced tablets must agree on. */
export async function sharedContent(db: WakkerDatabase): Promise<Record<string, unknown[]>> {
	const { SYNCED_TABLES } = await import('../../../src/lib/db/sync');
	const out: Record<string, unknown[]> = {};
	for (const table of SYNCED_TABLES) {
		const rows = (await db.table(table).toArray()) as Array<{ id: string }>;
		if (rows.length > 0) out[table] = rows.sort((a, b) => a.id.localeCompare(b.id));
	}
	return out;
}

/** The leaves of a document on the server (`open_revs=all`). */
export async function serverLeaves(dbUrl: string, auth: string, docId: string): Promise<Array<Record<string, unknown>>> {
	const response = await fetch(`${dbUrl}/${encodeURIComponent(docId)}?open_revs=all`, { headers: { Authorization: auth, Accept: 'application/json' } });
	if (response.status === 404) return [];
	const body = (await response.json()) as Array<{ ok?: Record<string, unknown> }>;
	return body.flatMap((r) => (r.ok ? [r.ok] : []));
}
