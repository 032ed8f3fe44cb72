/**
 * Live sync between two tablets through a CouchDB-protocol server on localhost (express-pouchdb in memory,
 * in this process, as in the sync tests), both tablets in Node with fake-indexeddb (an IndexedDB written in
 * JavaScript, slower than a browser's). Both tablets run live sync (the server's long-poll feed).
 * 1. A rating submitted on tablet A until it is stored on tablet B. Target ≤ 2 s.
 * 2. A new tablet's first sync of the demo assessment-center, and of a busy one (set-up + 9,000 notes, the
 *    9,067 records of bench/exchange): pushed by the tablet that has it, pulled by a new tablet. Target ≤ 5 s.
 * 3. What the outbox adds to saving a note: a note write with it, and the same write on a Dexie database
 *    with the same indexes but without the outbox. Target ≤ 5 ms per write.
 * Runs under `npm run bench -- --only sync`.
 */
import 'fake-indexeddb/auto';
import { DEMO_SEED, makeDemoAssessment } from '../src/lib/engine/demo';
import { DONE_COMPETENCY_IDS, makeTestProfile } from '../src/lib/engine/demo/test-profile.fixture';
import type { Rating } from '../src/lib/engine/model';
import Dexie from 'dexie';
import { WakkerDatabase } from '../src/lib/db/db';
import { CouchClient, Replicator } from '../src/lib/db/sync';
import { startTestCouch } from '../tests/unit/sync/couch-test-server';
import { measure, printFigure, printHeading } from './lib/measure';

const TARGET_VISIBLE_MS = 2_000;
const TARGET_FIRST_SYNC_MS = 5_000;
const TARGET_OUTBOX_MS = 5;
const NOTES_PER_PAIR = 500;
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
}

{
	// A busy assessment-center: its set-up and 9,000 notes (6 candidates × 3 assessors × 500).
	const bigUrl = await couch.createDatabase();
	const bigClient = () => new CouchClient(bigUrl, { headers: { Authorization: couch.adminAuth } });
	const source = freshDb();
	const exercise = demo.exercises[0]!;
	const notes = demo.candidates.flatMap((candidate) =>
		demo.assessors.flatMap((assessor) =>
			Array.from({ length: NOTES_PER_PAIR }, (_, i) => {
				const at = new Date(Date.parse('2026-03-06T08:00:00.000Z') + i * 1000).toISOString();
				return { id: crypto.randomUUID(), createdAt: at, updatedAt: at, vv: { [assessor.id]: 1 }, sessionId: demo.session.id, exerciseId: exercise.id, candidateId: candidate.id, authorId: assessor.id, text: `Notitie ${i + 1}: zet de doos op het juiste rek en controleert het artikelnummer op de bestelbon.`, observedAt: at };
			})
		)
	);
	await source.transaction('rw', source.tables, async () => {
		await source.sessions.put(demo.session);
		await source.assessors.bulkPut(demo.assessors);
		await source.exercises.bulkPut(demo.exercises);
		await source.candidates.bulkPut(demo.candidates);
		await source.assignments.bulkPut(demo.assignments);
		await source.observations.bulkPut(notes);
	});
	const total = (1 + demo.assessors.length + demo.exercises.length + demo.candidates.length + demo.assignments.length + notes.length).toLocaleString('nl-BE');
	let start = performance.now();
	await new Replicator(source, bigClient()).syncOnce();
	printFigure(`first sync, sending (${total} records)`, performance.now() - start, TARGET_FIRST_SYNC_MS);
	const fresh = freshDb();
	start = performance.now();
	await new Replicator(fresh, bigClient()).syncOnce();
	printFigure(`first sync of a new tablet (${total} records)`, performance.now() - start, TARGET_FIRST_SYNC_MS);
	if ((await fresh.observations.count()) !== notes.length) throw new Error('the new tablet did not get every note');
	source.close();
	fresh.close();
}

{
	// The outbox's share of saving a note: the same put, with and without the outbox middleware.
	const withOutbox = freshDb();
	const spec = withOutbox.tables.find((t) => t.name === 'observations')!.schema;
	const plain = new Dexie(`wakker-sync-bench-plain-${++count}`);
	plain.version(1).stores({ observations: [spec.primKey.src, ...spec.indexes.map((i) => i.src)].join(', ') });
	const note = { ...demo.observations[0]! };
	let edit = 0;
	const save = (db: Dexie) => () => db.table('observations').put({ ...note, text: `Bewerking ${++edit}`, vv: { bench: edit } });
	const without = await measure('note write without the outbox', save(plain), { runs: 51, warmup: 10 });
	const withIt = await measure('note write with the outbox', save(withOutbox), { runs: 51, warmup: 10 });
	printFigure('outbox share of a note write', withIt - without, TARGET_OUTBOX_MS);
}
await couch.close();
