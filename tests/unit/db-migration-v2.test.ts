import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { WakkerDatabase } from '$lib/db/db';

/** A database as schema version 1 wrote it: its stores and records, frozen when v1 was released. */
interface DbFixture {
	version: number;
	stores: Record<string, string>;
	tables: Record<string, Record<string, unknown>[]>;
}
const v1 = JSON.parse(readFileSync('tests/fixtures/db/v1.json', 'utf8')) as DbFixture;

async function writeV1Database(name: string): Promise<void> {
	const old = new Dexie(name);
	old.version(v1.version).stores(v1.stores);
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
		expect(db.verno).toBe(2);
		for (const [table, rows] of Object.entries(v1.tables)) {
			expect(await db.table(table).toArray(), table).toEqual(
				[...rows].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)))
			);
		}
		expect(await db.erasures.count()).toBe(0);
		expect(await db.conflicts.count()).toBe(0);
		await db.erasures.add({ id: 'candidates:x', entity: 'candidates', entityId: '11111111-1111-4111-8111-111111111111', erasedAt: '2026-03-20T10:00:00.000Z', by: 'dev' });
		expect(await db.erasures.where('entityId').equals('11111111-1111-4111-8111-111111111111').count()).toBe(1);
		// Indexes of version 1 still answer.
		const session = v1.tables.sessions![0]!;
		expect(await db.observations.where('sessionId').equals(String(session.id)).count()).toBe(v1.tables.observations!.length);
		db.close();
	});
});
