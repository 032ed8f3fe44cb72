import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WakkerDatabase } from '$lib/db/db';
import { CouchClient, Replicator, SYNCED_TABLES } from '$lib/db/sync';
import { FROZEN_SCHEMAS } from '../fixtures/db/frozen-schemas';
import { startTestCouch, type TestCouch } from './sync/couch-test-server';

/** A database as schema version 2 wrote it (shared with db-migrations.test.ts, which checks every field). */
const v2 = JSON.parse(readFileSync('tests/fixtures/db/v2.json', 'utf8')) as { tables: Record<string, Record<string, unknown>[]> };

async function writeV2Database(name: string): Promise<void> {
	const old = new Dexie(name);
	old.version(1).stores(FROZEN_SCHEMAS[1]!);
	old.version(2).stores(FROZEN_SCHEMAS[2]!);
	await old.open();
	await old.transaction('rw', old.tables, async () => {
		for (const [table, rows] of Object.entries(v2.tables)) await old.table(table).bulkAdd(rows);
	});
	old.close();
}

let couch: TestCouch;
beforeAll(async () => {
	couch = await startTestCouch();
});
afterAll(async () => {
	await couch.close();
});

describe('migration from schema version 2 to 3 (live sync)', () => {
	it('keeps every record, adds empty sync tables, and a first sync sends every shared record made before', async () => {
		const name = 'wakker-migration-v2-v3';
		await writeV2Database(name);
		const db = new WakkerDatabase(name);
		await db.open();
		expect(db.verno).toBeGreaterThanOrEqual(3);
		for (const [table, rows] of Object.entries(v2.tables)) expect(await db.table(table).count(), table).toBe(rows.length);
		expect(await db.syncOutbox.count()).toBe(0);
		expect(await db.syncRevisions.count()).toBe(0);

		const dbUrl = await couch.createDatabase();
		await new Replicator(db, new CouchClient(dbUrl, { headers: { Authorization: couch.adminAuth } })).syncOnce();
		const shared = SYNCED_TABLES.reduce((n, t) => n + (v2.tables[t]?.length ?? 0), 0);
		const drafts = (v2.tables.ratings ?? []).filter((r) => !r.submittedAt).length;
		const info = (await (await fetch(dbUrl, { headers: { Authorization: couch.adminAuth } })).json()) as { doc_count: number };
		expect(info.doc_count).toBe(shared - drafts);
		expect(await db.syncOutbox.count()).toBe(0);
		db.close();
	});
});
