import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase } from '$lib/db/db';
import { resetDeviceIdCache } from '$lib/db/record-meta';
import { eraseCandidate } from '$lib/db/bundle';
import { FROZEN_SCHEMAS } from '../fixtures/db/frozen-schemas';

/** A database as schema version 1 wrote it (shared with db-migrations.test.ts, which checks every field). */
interface DbFixture {
	version: number;
	tables: Record<string, Record<string, unknown>[]>;
}
const v1 = JSON.parse(readFileSync('tests/fixtures/db/v1.json', 'utf8')) as DbFixture;

/** Schema version 1 of db.ts, frozen. */
const V1_STORES = FROZEN_SCHEMAS[1]!;

async function writeV1Database(name: string): Promise<void> {
	const old = new Dexie(name);
	old.version(1).stores(V1_STORES);
	await old.open();
	await old.transaction('rw', old.tables, async () => {
		for (const [table, rows] of Object.entries(v1.tables)) await old.table(table).bulkAdd(rows);
	});
	old.close();
}

describe('migration from schema version 1 to 2', () => {
	it('keeps every record and adds the empty erasures and conflicts tables', async () => {
		const name = 'wakker-migration-v1-v2';
		await writeV1Database(name);
		const db = new WakkerDatabase(name);
		await db.open();
		expect(db.verno).toBeGreaterThanOrEqual(2);
		for (const [table, rows] of Object.entries(v1.tables)) expect(await db.table(table).count(), table).toBe(rows.length);
		expect(await db.erasures.count()).toBe(0);
		expect(await db.conflicts.count()).toBe(0);
		db.close();
	});

	it('can erase a candidate of a v1 database and record the erasure in the new table', async () => {
		const name = 'wakker-migration-v1-v2-erase';
		await writeV1Database(name);
		const db = new WakkerDatabase(name);
		useDatabase(db);
		resetDeviceIdCache();
		const candidate = v1.tables.candidates![0]!;
		const notes = (v1.tables.observations ?? []).filter((o) => o.candidateId === candidate.id).length;
		const removed = await eraseCandidate(String(candidate.id));
		expect(removed).toBeGreaterThan(notes);
		expect(await db.candidates.get(String(candidate.id))).toBeUndefined();
		expect(await db.erasures.where('entityId').equals(String(candidate.id)).count()).toBe(1);
		db.close();
	});
});
