/**
 * Two tablets syncing through a CouchDB-protocol server (in process, or a real CouchDB with COUCHDB_URL):
 * what one does reaches the other, drafts never leave, a concurrent change is one conflict on each side.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Observation, Rating } from '../../../src/lib/engine/model';
import { applyImport, buildAssessorWorkBundle, eraseCandidate, listConflicts, resolveConflict } from '../../../src/lib/db/bundle';
import { createObservation, deleteObservation, saveObservationText } from '../../../src/lib/db/observations.repo';
import { CouchClient } from '../../../src/lib/db/sync';
import { BULK_DOC_PREFIX, BULK_ENTRY_MIN_KEYS, countPendingRecords } from '../../../src/lib/db/sync/outbox-middleware';
import { pullBatch } from '../../../src/lib/db/sync/pull';
import { countRefused } from '../../../src/lib/db/sync/push';
import { startTestCouch, type TestCouch } from './couch-test-server';
import { demo, loadDemo, serverLeaves, sharedContent, tablet, type Tablet } from './tablets';

/**
 * Each test syncs three times over HTTP with a session of hundreds of records: 2–5 s on an idle machine, more
 * when other work shares the cores. Vitest's 5 s default then stops a test half-way, whose syncs carry on in
 * the background and upset the next test. Starting the in-process server can take as long. Nothing here
 * depends on time, so a generous limit checks the same.
 */
const SYNC_TEST_TIMEOUT_MS = 120_000;

let couch: TestCouch;
let dbUrl: string;
let a: Tablet;
let b: Tablet;

beforeAll(async () => {
	couch = await startTestCouch();
}, SYNC_TEST_TIMEOUT_MS);
afterAll(async () => {
	await couch.close();
});
/**
 * Every scenario runs twice: with the server admin's login (no rules apply), and with two lead logins of an
 * organisation set up by scripts/couchdb-setup.mjs, so the server's write rules (validate_doc_update) see every
 * write the app makes (edits, deletions, erasures, conflict resolution, imports) and must let them all through.
 */
const MODES = ['as the server admin', 'as leads of an organisation, under the server’s write rules'] as const;
let mode: (typeof MODES)[number] = MODES[0];

beforeEach(async () => {
	if (mode === MODES[0]) {
		dbUrl = await couch.createDatabase();
		a = tablet(dbUrl, couch.adminAuth);
		b = tablet(dbUrl, couch.adminAuth);
		return;
	}
	const suffix = crypto.randomUUID().slice(0, 8);
	const org = await couch.organisation([
		{ name: `lead-a-${suffix}`, lead: true, assessorIds: [] },
		{ name: `lead-b-${suffix}`, lead: true, assessorIds: [] }
	]);
	dbUrl = org.dbUrl;
	a = tablet(dbUrl, org.auth(`lead-a-${suffix}`));
	b = tablet(dbUrl, org.auth(`lead-b-${suffix}`));
});

// Whatever the scenario, the server refused none of the app's writes.
afterEach(async () => {
	expect(await countRefused(a.db)).toBe(0);
	expect(await countRefused(b.db)).toBe(0);
});

async function syncAll(): Promise<void> {
	await a.sync();
	await b.sync();
	await a.sync();
}

const note = demo.observations[0]!;

describe.each(MODES)('two tablets through the server, %s', { timeout: SYNC_TEST_TIMEOUT_MS }, (current) => {
	beforeAll(() => {
		mode = current;
	});

	it('a session made on one tablet arrives whole on the other, and both agree record for record', async () => {
		await loadDemo(a.db);
		await syncAll();
		expect(await b.db.observations.count()).toBe(demo.observations.length);
		expect(await sharedContent(b.db)).toEqual(await sharedContent(a.db));
		expect(await a.db.syncOutbox.count()).toBe(0);
		expect(await b.db.syncOutbox.count()).toBe(0);
	});

	it('a new note and an edit reach the other tablet; the server keeps one revision', async () => {
		await loadDemo(a.db);
		await syncAll();
		a.use();
		const created = await createObservation({ sessionId: note.sessionId, exerciseId: note.exerciseId, candidateId: note.candidateId, authorId: note.authorId, text: 'Vraagt om hulp', observedAt: '2026-03-20T10:30:00.000Z' });
		expect(created, JSON.stringify(created)).toMatchObject({ ok: true });
		const id = (created as { ok: true; value: Observation }).value.id;
		await syncAll();
		expect((await b.db.observations.get(id))?.text).toBe('Vraagt om hulp');
		b.use();
		await saveObservationText(id, 'Vraagt om hulp bij de tweede opdracht');
		await syncAll();
		expect((await a.db.observations.get(id))?.text).toBe('Vraagt om hulp bij de tweede opdracht');
		const leaves = await serverLeaves(dbUrl, couch.adminAuth, `observations:${id}`);
		expect(leaves.filter((l) => !l._deleted)).toHaveLength(1);
	});

	it('a deleted note is deleted on the other tablet (soft delete as an edit, a removed record as a deletion)', async () => {
		await loadDemo(a.db);
		await syncAll();
		a.use();
		await deleteObservation(note.id);
		const other = demo.observations[1]!;
		await a.db.observations.delete(other.id);
		await syncAll();
		expect((await b.db.observations.get(note.id))?.deletedAt).toBeDefined();
		expect(await b.db.observations.get(other.id)).toBeUndefined();
		const leaves = await serverLeaves(dbUrl, couch.adminAuth, `observations:${other.id}`);
		expect(leaves.every((l) => l._deleted === true)).toBe(true);
	});

	it('an erased candidate is erased on the other tablet and does not come back', async () => {
		await loadDemo(a.db);
		await syncAll();
		const candidate = demo.candidates[0]!;
		a.use();
		await eraseCandidate(candidate.id);
		await syncAll();
		expect(await b.db.candidates.get(candidate.id)).toBeUndefined();
		expect((await b.db.observations.toArray()).filter((o) => o.candidateId === candidate.id)).toEqual([]);
		expect(await b.db.erasures.where('entityId').equals(candidate.id).count()).toBe(1);
		// A third tablet that syncs later gets no trace of the person either.
		const c = tablet(dbUrl, couch.adminAuth);
		await c.sync();
		expect(await c.db.candidates.get(candidate.id)).toBeUndefined();
		expect((await c.db.observations.toArray()).filter((o) => o.candidateId === candidate.id)).toEqual([]);
		expect(await sharedContent(b.db)).toEqual(await sharedContent(a.db));
	});

	it('a draft rating stays on its tablet; once submitted it reaches the other', async () => {
		await loadDemo(a.db);
		await syncAll();
		const base = demo.ratings[0]!;
		const draft: Rating = { ...base, id: crypto.randomUUID(), submittedAt: undefined, vv: { [await a.deviceId()]: 1 } };
		delete draft.submittedAt;
		await a.db.ratings.put(draft);
		await syncAll();
		expect(await b.db.ratings.get(draft.id)).toBeUndefined();
		expect(await serverLeaves(dbUrl, couch.adminAuth, `ratings:${draft.id}`)).toEqual([]);
		await a.db.ratings.put({ ...draft, submittedAt: '2026-03-20T11:00:00.000Z', vv: { [await a.deviceId()]: 2 } });
		await syncAll();
		expect((await b.db.ratings.get(draft.id))?.submittedAt).toBe('2026-03-20T11:00:00.000Z');
	});

	it('a concurrent edit is one conflict on each tablet; once resolved, both agree and the server holds one revision', async () => {
		await loadDemo(a.db);
		await syncAll();
		a.use();
		await saveObservationText(note.id, 'Versie van tablet A');
		b.use();
		await saveObservationText(note.id, 'Versie van tablet B');
		await syncAll();
		a.use();
		const onA = await listConflicts();
		b.use();
		const onB = await listConflicts();
		expect(onA).toHaveLength(1);
		expect(onB).toHaveLength(1);
		a.use();
		await resolveConflict(onA[0]!.id, 'incoming');
		await syncAll();
		await b.sync();
		expect((await a.db.observations.get(note.id))?.text).toBe('Versie van tablet B');
		expect((await b.db.observations.get(note.id))?.text).toBe('Versie van tablet B');
		expect(await a.db.conflicts.count()).toBe(0);
		expect(await b.db.conflicts.count()).toBe(0);
		const leaves = await serverLeaves(dbUrl, couch.adminAuth, `observations:${note.id}`);
		expect(leaves.filter((l) => !l._deleted)).toHaveLength(1);
		expect(await sharedContent(b.db)).toEqual(await sharedContent(a.db));
	});

	it('a bundle imported on one tablet reaches the other through the server', async () => {
		const source = tablet(dbUrl, couch.adminAuth);
		await loadDemo(source.db);
		source.use();
		const bundle = await buildAssessorWorkBundle(demo.session.id);
		a.use();
		await applyImport(bundle);
		await syncAll();
		expect(await b.db.observations.count()).toBe(demo.observations.length);
		expect(await sharedContent(b.db)).toEqual(await sharedContent(a.db));
	});

	it('a large write waits as one bulk outbox entry, counts every record, and still guards them against a deletion from the other tablet', async () => {
		await loadDemo(a.db);
		await syncAll();
		const bDevice = await b.deviceId();
		const edited = (await b.db.observations.toArray()).map((o) => ({ ...o, text: `${o.text} (tablet B)`, vv: { ...o.vv, [bDevice]: (o.vv[bDevice] ?? 0) + 1 } }));
		expect(edited.length).toBeGreaterThanOrEqual(BULK_ENTRY_MIN_KEYS);
		await b.db.observations.bulkPut(edited);
		const bulk = await b.db.syncOutbox.where('docId').startsWith(BULK_DOC_PREFIX).toArray();
		expect(bulk).toHaveLength(1);
		expect(bulk[0]!.keys).toHaveLength(edited.length);
		expect(await countPendingRecords(b.db)).toBe(edited.length);
		// Tablet A removes a note B changed meanwhile; B fetches that before sending its change.
		const target = edited[0]!;
		await a.db.observations.delete(target.id);
		await a.sync();
		const client = new CouchClient(dbUrl, { headers: { Authorization: couch.adminAuth } });
		while (!(await pullBatch(b.db, client, `wakker-${bDevice}`)).caughtUp);
		expect((await b.db.observations.get(target.id))?.text).toBe(target.text);
		expect(await countPendingRecords(b.db)).toBe(edited.length);
		await syncAll();
		expect(await b.db.syncOutbox.count()).toBe(0);
		expect((await a.db.observations.get(edited[1]!.id))?.text).toBe(edited[1]!.text);
		expect(await sharedContent(b.db)).toEqual(await sharedContent(a.db));
	});
});
