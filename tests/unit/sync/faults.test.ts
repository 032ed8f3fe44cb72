/**
 * Sync under faults: the server stops in the middle of a push or a pull (before a request reaches it, or
 * after it did its work but before the answer came back), the network drops while live sync runs, and the
 * tablet is killed mid-sync (its replicator abandoned half-way, a new one started on the same database).
 * After recovery both tablets and the server hold the same records: nothing lost, nothing twice, no
 * conflict left open on the server.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WakkerDatabase } from '../../../src/lib/db/db';
import { createObservation } from '../../../src/lib/db/observations.repo';
import type { Observation } from '../../../src/lib/engine/model';
import { CouchClient, isShareable, Replicator, SYNC_MESSAGES, SyncError, type FetchLike, type SyncStatus } from '../../../src/lib/db/sync';
import { PUSH_BATCH } from '../../../src/lib/db/sync/push';
import { startTestCouch, type TestCouch } from './couch-test-server';
import { demo, loadDemo, sharedContent, tablet, type Tablet } from './tablets';

const TIMEOUT_MS = 180_000;
const REAL = Boolean(process.env.COUCHDB_URL);

let couch: TestCouch;
let dbUrl: string;

beforeAll(async () => {
	couch = await startTestCouch();
}, TIMEOUT_MS);
afterAll(async () => {
	await couch.close();
});
beforeEach(async () => {
	dbUrl = await couch.createDatabase();
});

/** What a request is, in the protocol's terms: `POST _bulk_docs`, `GET _changes`, `PUT _local`, … */
function kindOf(url: string, init?: RequestInit): string {
	const path = new URL(url).pathname.slice(new URL(dbUrl).pathname.length);
	const endpoint = path.split('/').filter(Boolean)[0] ?? '';
	return `${init?.method ?? 'GET'} ${endpoint.startsWith('_') ? endpoint : 'doc'}`;
}

type Fault = 'stop-before' | 'stop-after' | 'hang';

/**
 * A fetch that injects `fault` into the `nth` request of kind `kind` (once), and passes everything else.
 * `hit` resolves when the fault happened; `release` fails a hanging request (the killed tablet's last call).
 */
function faulty(kind: string, nth: number, fault: Fault) {
	let seen = 0;
	let done = false;
	let hit!: () => void;
	const happened = new Promise<void>((resolve) => (hit = resolve));
	let release: (error: Error) => void = () => undefined;
	const fetchImpl: FetchLike = async (url, init) => {
		if (done || kindOf(url, init) !== kind || ++seen < nth) return fetch(url, init);
		done = true;
		if (fault === 'hang') {
			hit();
			return new Promise<Response>((_resolve, reject) => (release = reject));
		}
		if (fault === 'stop-before') {
			await couch.stop();
			hit();
			return fetch(url, init);
		}
		// The server does the work, then goes away before the answer reaches the tablet.
		const response = await fetch(url, init);
		await response.arrayBuffer();
		await couch.stop();
		hit();
		throw new TypeError('fetch failed');
	};
	return { fetchImpl, happened, release: (error: Error) => release(error) };
}

/** Every live document on the server as records per table, and the documents with more than one live leaf. */
async function serverContent(): Promise<{ content: Record<string, unknown[]>; conflicted: string[] }> {
	const response = await fetch(`${dbUrl}/_all_docs?include_docs=true&conflicts=true`, { headers: { Authorization: couch.adminAuth, Accept: 'application/json' } });
	const body = (await response.json()) as { rows: Array<{ doc?: { _id: string; table?: string; data?: { id: string }; _conflicts?: string[] } }> };
	const content: Record<string, Array<{ id: string }>> = {};
	const conflicted: string[] = [];
	for (const { doc } of body.rows) {
		if (!doc || doc._id.startsWith('_design/') || !doc.table || !doc.data) continue;
		if (doc._conflicts?.length) conflicted.push(doc._id);
		(content[doc.table] ??= []).push(doc.data);
	}
	for (const rows of Object.values(content)) rows.sort((a, b) => a.id.localeCompare(b.id));
	return { content, conflicted };
}

/** What a tablet shares (drafts stay behind), per table. */
async function shared(t: Tablet | WakkerDatabase): Promise<Record<string, unknown[]>> {
	const all = await sharedContent(t instanceof WakkerDatabase ? t : t.db);
	const out: Record<string, unknown[]> = {};
	for (const [table, rows] of Object.entries(all)) {
		const kept = (rows as Array<Record<string, unknown>>).filter((r) => isShareable(table, r));
		if (kept.length > 0) out[table] = kept;
	}
	return out;
}

/** Both tablets and the server agree, record for record, with one live revision per record on the server. */
async function expectConverged(a: Tablet | WakkerDatabase, b: Tablet | WakkerDatabase): Promise<void> {
	const onA = await shared(a);
	expect(await shared(b)).toEqual(onA);
	const server = await serverContent();
	expect(server.conflicted).toEqual([]);
	expect(server.content).toEqual(onA);
	const total = Object.values(onA).reduce((n, rows) => n + rows.length, 0);
	expect(total).toBeGreaterThan(PUSH_BATCH);
}

async function failure(run: Promise<unknown>): Promise<string> {
	return run.then(
		() => 'synced',
		(error: unknown) => (error instanceof SyncError ? error.problem : String(error))
	);
}

describe('sync under faults', { timeout: TIMEOUT_MS }, () => {
	it.skipIf(REAL).each([
		['before its second batch reaches it', 'stop-before'],
		['after writing its second batch, before answering', 'stop-after']
	] as const)('the server stops mid-push %s: after it is back, nothing is lost or doubled', async (_when, fault) => {
		const { fetchImpl, happened } = faulty('POST _bulk_docs', 2, fault);
		const a = tablet(dbUrl, couch.adminAuth, fetchImpl);
		const b = tablet(dbUrl, couch.adminAuth);
		await loadDemo(a.db);
		expect(await failure(a.sync())).toBe('unreachable');
		await happened;
		expect(await a.db.syncOutbox.count()).toBeGreaterThan(0);
		await couch.start();
		await a.sync();
		await b.sync();
		expect(await a.db.syncOutbox.count()).toBe(0);
		await expectConverged(a, b);
	});

	it.skipIf(REAL).each([
		['fetching the revisions', 'POST _bulk_get', 'stop-before'],
		['after fetching the revisions', 'POST _bulk_get', 'stop-after'],
		['while moving the checkpoint', 'PUT _local', 'stop-after']
	] as const)('the server stops mid-pull, %s: the pull resumes and applies nothing twice', async (_when, kind, fault) => {
		const a = tablet(dbUrl, couch.adminAuth);
		await loadDemo(a.db);
		await a.sync();
		const { fetchImpl, happened } = faulty(kind, 1, fault);
		const b = tablet(dbUrl, couch.adminAuth, fetchImpl);
		// B has work of its own waiting too.
		b.use();
		const own = await createObservation({ ...pick(demo.observations[0]!), text: 'Notitie van tablet B tijdens de storing' });
		expect(own.ok).toBe(true);
		expect(await failure(b.sync())).toBe('unreachable');
		await happened;
		await couch.start();
		await b.sync();
		await a.sync();
		expect(await b.db.conflicts.count()).toBe(0);
		await expectConverged(a, b);
	});

	it('the network drops while live sync runs: the change waits, the screen says why, and it arrives once the network is back', async () => {
		let online = true;
		const network: FetchLike = (url, init) => (online ? fetch(url, init) : Promise.reject(new TypeError('Failed to fetch')));
		const statuses: SyncStatus[] = [];
		const a = tablet(dbUrl, couch.adminAuth);
		const b = tablet(dbUrl, couch.adminAuth);
		await loadDemo(a.db);
		await a.sync();
		const liveA = new Replicator(a.db, new CouchClient(dbUrl, { headers: { Authorization: couch.adminAuth }, fetch: network }), { initialBackoffMs: 20, maxBackoffMs: 200, onStatus: (s) => statuses.push(s) });
		const liveB = new Replicator(b.db, new CouchClient(dbUrl, { headers: { Authorization: couch.adminAuth } }), { initialBackoffMs: 20, maxBackoffMs: 200 });
		liveA.start();
		liveB.start();
		try {
			await until(async () => statuses.some((s) => s.phase === 'live') && (await b.db.observations.count()) === demo.observations.length);
			online = false;
			a.use();
			const created = await createObservation({ ...pick(demo.observations[1]!), text: 'Geschreven zonder netwerk' });
			expect(created.ok).toBe(true);
			const id = (created as { ok: true; value: Observation }).value.id;
			await until(() => statuses.some((s) => s.phase === 'retrying' && s.pending >= 1));
			expect(statuses.find((s) => s.phase === 'retrying')?.message).toBe(SYNC_MESSAGES.unreachable);
			expect(await b.db.observations.get(id)).toBeUndefined();
			online = true;
			liveA.nudge();
			await until(async () => (await b.db.observations.get(id))?.text === 'Geschreven zonder netwerk');
			await until(() => statuses.at(-1)?.phase === 'live' && statuses.at(-1)?.pending === 0);
		} finally {
			await liveA.stop();
			await liveB.stop();
		}
		await a.sync();
		await b.sync();
		await expectConverged(a, b);
	});

	it.each([
		['in the middle of a push', 'a', 'POST _bulk_docs', 2],
		['in the middle of a pull', 'b', 'POST _bulk_get', 1],
		['while it moves its checkpoint', 'b', 'PUT _local', 1]
	] as const)('a tablet killed %s syncs on from where it was, with a new replicator on the same database', async (_when, victim, kind, nth) => {
		const { fetchImpl, happened, release } = faulty(kind, nth, 'hang');
		const a = tablet(dbUrl, couch.adminAuth, victim === 'a' ? fetchImpl : undefined);
		const b = tablet(dbUrl, couch.adminAuth, victim === 'b' ? fetchImpl : undefined);
		await loadDemo(a.db);
		if (victim === 'b') await a.sync();
		const killed = victim === 'a' ? a : b;
		// The app is gone half-way: its replicator never finishes; the tablet starts the app again.
		const abandoned = failure(killed.sync());
		await happened;
		const reopened = new WakkerDatabase(killed.db.name);
		await new Replicator(reopened, new CouchClient(dbUrl, { headers: { Authorization: couch.adminAuth } })).syncOnce();
		const other = victim === 'a' ? b : a;
		await other.sync();
		await new Replicator(reopened, new CouchClient(dbUrl, { headers: { Authorization: couch.adminAuth } })).syncOnce();
		expect(await reopened.syncOutbox.count()).toBe(0);
		await expectConverged(reopened, other.db);
		release(new TypeError('fetch failed'));
		expect(await abandoned).toBe('unreachable');
		reopened.close();
	});
});

/** The fields a new note on the demo's first assessment needs, from an existing note. */
function pick(note: Observation) {
	return { sessionId: note.sessionId, exerciseId: note.exerciseId, candidateId: note.candidateId, authorId: note.authorId, observedAt: '2026-03-20T10:45:00.000Z' };
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
	const start = Date.now();
	while (!(await check())) {
		if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}
