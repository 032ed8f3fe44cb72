import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie, liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ofSession, useDatabase, WakkerDatabase } from '$lib/db/db';
import type { Classification, Observation } from '$lib/engine/model';
import { openDatabase } from '$lib/db/open';
import { resetDeviceIdCache } from '$lib/db/record-meta';
import { listObservations } from '$lib/db/observations.repo';
import { listClassifications } from '$lib/db/classifications.repo';
import { listRatings } from '$lib/db/ratings.repo';
import { listFinalAssessments } from '$lib/db/final-assessments.repo';
import { FROZEN_SCHEMAS } from '../fixtures/db/frozen-schemas';

/**
 * Version 6 drops indexes that a compound index already covers, and two no query uses. The general migration test
 * (db-migrations.test.ts) checks that every record survives and every index that is left finds it; this one checks
 * that what the dropped indexes answered is still answered, from a database version 5 wrote: per assessment-center,
 * only its own records, also in a live query.
 */
type Row = Record<string, unknown>;
const v5 = JSON.parse(readFileSync('tests/fixtures/db/v5.json', 'utf8')) as { version: number; tables: Record<string, Row[]> };

/** The tables version 6 changes, with what their `sessionId` index used to answer. */
const CHANGED = ['observations', 'classifications', 'ratings', 'consensusDecisions', 'finalAssessments'] as const;

/** Index names the browser keeps per changed table after the upgrade (what db.ts declares for version 6). */
const INDEXES_AFTER: Record<(typeof CHANGED)[number], string[]> = {
	observations: ['[exerciseId+candidateId]', '[sessionId+candidateId]'],
	classifications: ['[sessionId+candidateId+competencyId]', 'observationId'],
	ratings: ['[exerciseId+authorId]', '[sessionId+candidateId+competencyId]'],
	consensusDecisions: ['[sessionId+candidateId+competencyId]'],
	finalAssessments: ['[sessionId+candidateId]']
};

const SESSION = v5.tables.sessions![0]!.id as string;
/** A second assessment-center in the same version-5 database, so a query that returns too much shows. */
const OTHER_SESSION = '7d3c2a10-5b6e-4f8a-9c1d-2e3f4a5b6c7d';

function otherSessionCopy(row: Row, i: number): Row {
	return { ...row, id: `${String(row.id).slice(0, 24)}${(0xa00000000000 + i).toString(16)}`, sessionId: OTHER_SESSION };
}

async function writeV5Database(name: string): Promise<void> {
	const old = new Dexie(name);
	for (let v = 1; v <= 5; v++) old.version(v).stores(FROZEN_SCHEMAS[v]!);
	await old.open();
	await old.transaction('rw', old.tables, async () => {
		for (const [table, rows] of Object.entries(v5.tables)) await old.table(table).bulkAdd(rows);
		for (const table of CHANGED) await old.table(table).bulkAdd(v5.tables[table]!.map(otherSessionCopy));
	});
	old.close();
}

function idsOf(rows: readonly Row[], sessionId: string): string[] {
	return rows.filter((r) => r.sessionId === sessionId).map((r) => String(r.id)).sort();
}

const opened: WakkerDatabase[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await Dexie.delete(db.name);
	}
});

async function upgradedDatabase(): Promise<WakkerDatabase> {
	const name = `test-v6-${crypto.randomUUID()}`;
	await writeV5Database(name);
	const db = new WakkerDatabase(name);
	opened.push(db);
	expect(await openDatabase(db)).toEqual({ ok: true });
	useDatabase(db);
	resetDeviceIdCache();
	return db;
}

describe('migration from schema version 5 to 6 (fewer indexes)', () => {
	it('drops the covered and unused indexes in the browser database and keeps every record', async () => {
		const db = await upgradedDatabase();
		// Dexie multiplies the declared version by 10; this test follows the upgrade to whatever is current now.
		expect(db.backendDB().version).toBe(db.verno * 10);
		expect(db.verno).toBeGreaterThanOrEqual(6);
		for (const table of CHANGED) {
			const store = db.backendDB().transaction(table, 'readonly').objectStore(table);
			expect([...store.indexNames].sort(), table).toEqual(INDEXES_AFTER[table]);
			expect(await db.table(table).count(), table).toBe(v5.tables[table]!.length * 2);
		}
	});

	it('still finds an assessment-center’s records, and only those, from the compound index', async () => {
		const db = await upgradedDatabase();
		for (const table of CHANGED) {
			const rows = [...v5.tables[table]!, ...v5.tables[table]!.map(otherSessionCopy)];
			for (const sessionId of [SESSION, OTHER_SESSION]) {
				const keys = (await ofSession(db.table<Row, string>(table), sessionId).primaryKeys()).sort();
				expect(keys, `${table} ${sessionId}`).toEqual(idsOf(rows, sessionId));
				expect(await ofSession(db.table<Row, string>(table), sessionId).count()).toBe(keys.length);
			}
			expect(await ofSession(db.table<Row, string>(table), '00000000-0000-4000-8000-000000000000').count()).toBe(0);
		}
		// A two-part compound index also answers `where('sessionId')` itself (Dexie's virtual index).
		expect((await db.observations.where('sessionId').equals(SESSION).primaryKeys()).sort()).toEqual(idsOf(v5.tables.observations!, SESSION));
		// The repositories that read a whole assessment-center.
		expect((await listObservations(SESSION)).map((o) => o.id).sort()).toEqual(idsOf(v5.tables.observations!, SESSION));
		expect((await listClassifications(SESSION)).map((c) => c.id).sort()).toEqual(idsOf(v5.tables.classifications!, SESSION));
		expect((await listRatings(SESSION)).map((r) => r.id).sort()).toEqual(idsOf(v5.tables.ratings!, SESSION));
		expect((await listFinalAssessments(OTHER_SESSION)).length).toBe(v5.tables.finalAssessments!.length);
	});

	it('a live list of an assessment-center’s records still follows a new one, and does not count another center’s', async () => {
		const db = await upgradedDatabase();
		const notes: number[] = [];
		const links: number[] = [];
		const subscriptions = [
			liveQuery(() => ofSession(db.observations, SESSION).count()).subscribe({ next: (n) => notes.push(n) }),
			liveQuery(() => ofSession(db.classifications, SESSION).count()).subscribe({ next: (n) => links.push(n) })
		];
		try {
			await expect.poll(() => [notes.at(-1), links.at(-1)]).toEqual([v5.tables.observations!.length, v5.tables.classifications!.length]);
			const note = v5.tables.observations![0] as Observation;
			const link = v5.tables.classifications![0] as Classification;
			await db.observations.put({ ...note, id: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', sessionId: OTHER_SESSION });
			await db.classifications.put({ ...link, id: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f1', sessionId: OTHER_SESSION });
			await db.observations.put({ ...note, id: '1f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' });
			await db.classifications.put({ ...link, id: '1f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f1' });
			await expect.poll(() => [notes.at(-1), links.at(-1)]).toEqual([v5.tables.observations!.length + 1, v5.tables.classifications!.length + 1]);
		} finally {
			for (const s of subscriptions) s.unsubscribe();
		}
	});
});
