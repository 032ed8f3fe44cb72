/**
 * The server's rules with real tablets: an organisation set up by scripts/couchdb-setup.mjs (database,
 * `_security`, the design document's validate_doc_update, logins with roles), on the in-process PouchDB
 * server (which enforces validate_doc_update) or, with COUCHDB_URL, on a real CouchDB.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rating } from '../../../src/lib/engine/model';
import { listConflicts, resolveConflict } from '../../../src/lib/db/bundle';
import { saveObservationText } from '../../../src/lib/db/observations.repo';
import { Replicator, SYNC_MESSAGES, SyncError, type SyncStatus } from '../../../src/lib/db/sync';
import { CouchClient } from '../../../src/lib/db/sync/couch-client';
import { countRefused } from '../../../src/lib/db/sync/push';
import { purgeDeleted, setUpOrganisation } from '../../../scripts/couchdb-setup.mjs';
import { startTestCouch, type Organisation, type TestCouch } from './couch-test-server';
import { demo, loadDemo, serverLeaves, sharedContent, tablet } from './tablets';

const TIMEOUT_MS = 120_000;
const REAL = Boolean(process.env.COUCHDB_URL);
const suffix = crypto.randomUUID().slice(0, 8);
const LEAD = `lies-${suffix}`;
const BERT = `bert-${suffix}`;
const OTHER = `olga-${suffix}`;

// The demo's assessors: the first note's author, and another assessor who writes notes of their own.
const anNote = demo.observations[0]!;
const bertId = demo.assessors.find((a) => a.id !== anNote.authorId)!.id;
const bertNote = demo.observations.find((o) => o.authorId === bertId)!;
const bertRating = demo.ratings.find((r) => r.authorId === bertId && r.submittedAt)!;

let couch: TestCouch;
let org: Organisation;
let other: Organisation;

beforeAll(async () => {
	couch = await startTestCouch();
	org = await couch.organisation([
		{ name: LEAD, lead: true, assessorIds: [] },
		{ name: BERT, lead: false, assessorIds: [bertId] }
	]);
	other = await couch.organisation([{ name: OTHER, lead: true, assessorIds: [] }]);
}, TIMEOUT_MS);
afterAll(async () => {
	await couch.close();
});

async function statusWhenLive(replicator: Replicator): Promise<SyncStatus> {
	return new Promise((resolve) => {
		const seen = replicator as unknown as { options: { onStatus?: (s: SyncStatus) => void } };
		seen.options.onStatus = (status) => {
			if (status.phase === 'live' || status.phase === 'failed') resolve(status);
		};
		replicator.start();
	});
}

describe('the server’s rules with two tablets', { timeout: TIMEOUT_MS }, () => {
	it('the set-up script is safe to run again: it changes nothing the second time', async () => {
		const again = await setUpOrganisation({ url: couch.url, auth: couch.adminAuth, organisation: org.database.slice('wakker-'.length), users: [{ name: BERT, lead: false, assessorIds: [bertId] }] });
		expect(again.passwords).toEqual({});
		expect(again.done).toEqual([`database ${org.database} bestond al`, 'schrijfregels waren al bijgewerkt', `gebruiker ${BERT} had al de juiste rollen`]);
	});

	it('a forged edit of another assessor’s note and a changed submitted rating are refused; the rest goes through; the tablet keeps its version and says so in Dutch', async () => {
		const lead = tablet(org.dbUrl, org.auth(LEAD));
		await loadDemo(lead.db);
		await lead.sync();
		const bert = tablet(org.dbUrl, org.auth(BERT));
		await bert.sync();
		expect(await sharedContent(bert.db)).toEqual(await sharedContent(lead.db));

		bert.use();
		await saveObservationText(anNote.id, 'Vervalst door Bert');
		await saveObservationText(bertNote.id, 'Bert vult zijn eigen notitie aan');
		const device = await bert.deviceId();
		const changed: Rating = { ...bertRating, level: bertRating.level === 'onvoldoende' ? 'goed' : 'onvoldoende', vv: { ...bertRating.vv, [device]: (bertRating.vv[device] ?? 0) + 1 } };
		await bert.db.ratings.put(changed);
		// A sync that meets refusals does not fail: it sends the rest and fetches as usual.
		await bert.sync();
		expect(await countRefused(bert.db)).toBe(2);
		expect(await bert.db.syncOutbox.count()).toBe(0);
		// The tablet keeps its own version: nothing is thrown away.
		expect((await bert.db.observations.get(anNote.id))?.text).toBe('Vervalst door Bert');
		expect((await bert.db.ratings.get(bertRating.id))?.level).toBe(changed.level);
		// The server and the other tablet keep the author's versions; Bert's own note arrives.
		const onServer = (await serverLeaves(org.dbUrl, couch.adminAuth, `observations:${anNote.id}`)).filter((l) => !l._deleted);
		expect(onServer.map((l) => (l.data as { text: string }).text)).toEqual([anNote.text]);
		await lead.sync();
		expect((await lead.db.observations.get(anNote.id))?.text).toBe(anNote.text);
		expect((await lead.db.ratings.get(bertRating.id))?.level).toBe(bertRating.level);
		expect((await lead.db.observations.get(bertNote.id))?.text).toBe('Bert vult zijn eigen notitie aan');

		// Live sync shows the refusal as one clear Dutch message and carries on.
		const live = new Replicator(bert.db, new CouchClient(org.dbUrl, { headers: { Authorization: org.auth(BERT) } }));
		const status = await statusWhenLive(live);
		await live.stop();
		expect(status).toMatchObject({ phase: 'live', refused: 2, problem: 'refused', message: SYNC_MESSAGES.refused });
		expect(status.message).toMatch(/^De server weigerde/);

		// When the author's note changes again, the refused version becomes a conflict for Bert to settle;
		// taking the author's version ends the refusal.
		lead.use();
		await saveObservationText(anNote.id, 'An vult haar notitie aan');
		await lead.sync();
		await bert.sync();
		bert.use();
		const conflicts = await listConflicts();
		expect(conflicts.map((c) => c.recordId)).toEqual([anNote.id]);
		await resolveConflict(conflicts[0]!.id, 'incoming');
		await bert.sync();
		expect((await bert.db.observations.get(anNote.id))?.text).toBe('An vult haar notitie aan');
		expect(await countRefused(bert.db)).toBe(1);
	});

	it('a tablet of another organisation can neither read nor write this organisation’s database', async () => {
		const lead = tablet(org.dbUrl, org.auth(LEAD));
		await loadDemo(lead.db);
		await lead.sync();
		const headers = { Authorization: other.auth(OTHER), Accept: 'application/json', 'Content-Type': 'application/json' };
		// PouchDB's server answers 401 to a non-member, CouchDB 403.
		const refusedStatus = REAL ? 403 : 401;
		const leavesBefore = await serverLeaves(org.dbUrl, couch.adminAuth, `observations:${anNote.id}`);
		const changes = await fetch(`${org.dbUrl}/_changes?style=all_docs`, { headers });
		expect(changes.status).toBe(refusedStatus);
		const write = await fetch(`${org.dbUrl}/_bulk_docs`, { method: 'POST', headers, body: JSON.stringify({ docs: [{ _id: `observations:${anNote.id}`, _rev: '9-f0f0', table: 'observations', data: { ...anNote, text: 'Van buiten' } }], new_edits: false }) });
		if (REAL) expect(write.status).toBe(403);
		else {
			// PouchDB's server answers the request, but refuses each document of a non-member.
			expect(write.status).toBe(201);
			expect(await write.json()).toEqual([expect.objectContaining({ error: 'unauthorized' })]);
		}
		expect(await serverLeaves(org.dbUrl, couch.adminAuth, `observations:${anNote.id}`)).toEqual(leavesBefore);
		const info = await fetch(org.dbUrl, { headers });
		expect(info.status).toBe(refusedStatus);
		if (REAL) {
			// The PouchDB test server hands these out to anyone (see docs/sync-server.md); CouchDB must not.
			const bulkGet = await fetch(`${org.dbUrl}/_bulk_get`, { method: 'POST', headers, body: JSON.stringify({ docs: [{ id: `observations:${anNote.id}` }] }) });
			expect(bulkGet.status).toBe(403);
			const find = await fetch(`${org.dbUrl}/_find`, { method: 'POST', headers, body: JSON.stringify({ selector: {} }) });
			expect(find.status).toBe(403);
			const allDocs = await fetch(`${org.dbUrl}/_all_docs`, { headers });
			expect(allDocs.status).toBe(403);
		}
		// The tablet of the other organisation gets a clear message, and nothing of it reaches the database.
		const intruder = tablet(org.dbUrl, other.auth(OTHER));
		await loadDemo(intruder.db);
		const problem = await intruder.sync().then(
			() => 'synced',
			(error: unknown) => (error instanceof SyncError ? error.problem : String(error))
		);
		expect(problem).toBe(REAL ? 'no-access' : 'login');
		expect(await intruder.db.syncOutbox.count()).toBeGreaterThan(0);
	});

	it.skipIf(!REAL)('an erased person is purged from the server by the admin job (needs a real CouchDB: PouchDB has no _purge)', async () => {
		const { eraseCandidate } = await import('../../../src/lib/db/bundle');
		const lead = tablet(org.dbUrl, org.auth(LEAD));
		await loadDemo(lead.db);
		await lead.sync();
		const candidate = demo.candidates[0]!;
		lead.use();
		await eraseCandidate(candidate.id);
		await lead.sync();
		const before = await fetch(`${org.dbUrl}/${encodeURIComponent(`candidates:${candidate.id}`)}`, { headers: { Authorization: couch.adminAuth } });
		expect(((await before.json()) as { reason?: string }).reason).toBe('deleted');
		const { purged } = await purgeDeleted({ url: couch.url, auth: couch.adminAuth, database: org.database });
		expect(purged).toContain(`candidates:${candidate.id}`);
		const after = await fetch(`${org.dbUrl}/${encodeURIComponent(`candidates:${candidate.id}`)}`, { headers: { Authorization: couch.adminAuth } });
		expect(((await after.json()) as { reason?: string }).reason).toBe('missing');
		// The erasure trace stays, so a tablet that comes back later still erases the person.
		const c = tablet(org.dbUrl, org.auth(LEAD));
		await c.sync();
		expect(await c.db.candidates.get(candidate.id)).toBeUndefined();
		expect(await c.db.erasures.where('entityId').equals(candidate.id).count()).toBe(1);
		// A member cannot purge: only an admin can.
		const byMember = await fetch(`${org.dbUrl}/_purge`, { method: 'POST', headers: { Authorization: org.auth(LEAD), 'Content-Type': 'application/json' }, body: '{}' });
		expect(byMember.status).toBe(403);
	});

	it.skipIf(REAL)('the admin job says plainly that the PouchDB test server cannot purge, and removes nothing', async () => {
		const lead = tablet(org.dbUrl, org.auth(LEAD));
		await loadDemo(lead.db);
		await lead.sync();
		await lead.db.observations.delete(bertNote.id);
		await lead.sync();
		await expect(purgeDeleted({ url: couch.url, auth: couch.adminAuth, database: org.database })).rejects.toThrow('Deze server kent _purge niet');
		expect((await serverLeaves(org.dbUrl, couch.adminAuth, `observations:${bertNote.id}`)).map((l) => l._deleted)).toEqual([true]);
	});
});
