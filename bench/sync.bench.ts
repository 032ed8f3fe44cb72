/**
 * Live sync between two tablets through a CouchDB-protocol server on localhost (express-pouchdb in memory,
 * in this process, as in the sync tests), both tablets in Node with fake-indexeddb (an IndexedDB written in
 * JavaScript, slower than a browser's). Both tablets run live sync (the server's long-poll feed).
 * 1. A rating submitted on tablet A until it is stored on tablet B. Target ≤ 2 s.
 * 2. Tablet B's first sync of the demo assessment-center tablet A sent.
 * Runs under `npm run bench -- --only sync`.
 */
import 'fake-indexeddb/auto';
import { DEMO_SEED, makeDemoAssessment } from '../src/lib/engine/demo';
import { DONE_COMPETENCY_IDS, makeTestProfile } from '../src/lib/engine/demo/test-profile';
import type { Rating } from '../src/lib/engine/model';
import { WakkerDatabase } from '../src/lib/db/db';
import { CouchClient, Replicator } from '../src/lib/db/sync';
import { startTestCouch } from '../tests/unit/sync/couch-test-server';
import { measure, printFigure, printHeading } from './lib/measure';

const TARGET_VISIBLE_MS = 2_000;
const WAIT_LIMIT_MS = 60_000;
const demo = makeDemoAssessment({ profile: makeTestProfile(DONE_COMPETENCY_IDS), seed: DEMO_SEED, now: '2026-03-20T10:00:00.000Z' });

const couch = await startTestCouch();
const dbUrl = await couch.createDatabase();
const client = () => new CouchClient(dbUrl, { headers: { Authorization: couch.adminAuth } });
let count = 0;
const freshDb = () => new WakkerDatabase(`wakker-sync-bench-${++count}`);

async function until(check: () => Promise<boolean>): Promise<void> {
	const start = performance.now();
	while (!(await check())) {
		if (performance.now() - start > WAIT_LIMIT_MS) throw new Error('the rating did not arrive within a minute');
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
}

const a = freshDb();
await a.transaction('rw', a.tables, async () => {
	await a.sessions.put(demo.session);
	await a.assessors.bulkPut(demo.assessors);
	await a.exercises.bulkPut(demo.exercises);
	await a.candidates.bulkPut(demo.candidates);
	await a.assignments.bulkPut(demo.assignments);
	await a.observations.bulkPut(demo.observations);
	await a.classifications.bulkPut(demo.classifications);
	await a.ratings.bulkPut(demo.ratings);
});
await new Replicator(a, client()).syncOnce();
const records = (await a.syncRevisions.count()).toLocaleString('nl-BE');

printHeading(`Live sync, two tablets through a server on localhost (demo: ${records} records)`);
let firstSyncMs = 0;
{
	// First sync of a new tablet: everything the server holds, one pull.
	const runs: number[] = [];
	for (let i = 0; i < 3; i++) {
		const b = freshDb();
		const start = performance.now();
		await new Replicator(b, client()).syncOnce();
		runs.push(performance.now() - start);
		b.close();
	}
	runs.sort((x, y) => x - y);
	firstSyncMs = runs[1]!;
}
printFigure(`first sync of a new tablet (${records} records)`, firstSyncMs, undefined);

const b = freshDb();
await new Replicator(b, client()).syncOnce();
const liveA = new Replicator(a, client());
const liveB = new Replicator(b, client());
liveA.start();
liveB.start();
try {
	// Wait until both sit on the server's feed.
	await until(async () => liveA.status.phase === 'live' && liveB.status.phase === 'live');
	const base = demo.ratings.find((r) => r.submittedAt)!;
	let n = 0;
	await measure(
		'submitted rating visible on the other tablet',
		async () => {
			const id = crypto.randomUUID();
			const rating: Rating = { ...base, id, vv: { bench: ++n }, submittedAt: new Date().toISOString() };
			await a.ratings.put(rating);
			await until(async () => (await b.ratings.get(id)) !== undefined);
		},
		{ targetMs: TARGET_VISIBLE_MS, runs: 7 }
	);
} finally {
	await liveA.stop();
	await liveB.stop();
	await couch.close();
}
