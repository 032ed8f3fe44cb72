/**
 * Migration test: a database written by every earlier schema version must open with the current code
 * with all its records intact and valid.
 *
 * How it works: for every fixture `tests/fixtures/db/v<N>.json` (a JSON dump per table of what version N
 * of the app stored), the test declares a plain Dexie database with the FROZEN schemas 1..N (copies
 * of the historical `version(n).stores(...)` of src/lib/db/db.ts), writes the fixture into it, closes it,
 * opens it with the current `WakkerDatabase` (running every upgrade since N) and checks that
 * - the database now has the current version and every current table;
 * - every fixture record is still there, with every field it had (upgrades may add fields, not lose them);
 * - every domain record passes the current zod schema of its table;
 * - every index of the current schema finds the records it should.
 *
 * When you change the schema in db.ts (a new `this.version(N)`):
 * 1. copy its `stores({...})` argument verbatim into FROZEN_SCHEMAS (tests/fixtures/db/frozen-schemas.ts) under N (the check
 *    "FROZEN_SCHEMAS matches db.ts" fails until you do);
 * 2. if the version has an `upgrade`, the v1.. fixtures now test it automatically; add assertions for
 *    what the upgrade must produce in UPGRADE_CHECKS if "every field survived" is not enough
 *    (e.g. a field is renamed: then describe the rename there and skip it in the survival check);
 * 3. once version N is released, add `tests/fixtures/db/v<N>.json` with records as version N writes them.
 * Never edit a released frozen schema or fixture.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { WakkerDatabase } from '../../src/lib/db/db';
import { openDatabase } from '../../src/lib/db/open';
import { CalibrationAttempt } from '../../src/lib/engine/model';
import { Erasure, TABLE_SCHEMAS } from '../../src/lib/engine/exchange';

import { FROZEN_SCHEMAS } from '../fixtures/db/frozen-schemas';

/** The current zod schema of each domain table: what every migrated record must satisfy. */
// The exchange's table of schemas (one definition), without the rubric versions and settings the fixtures leave
// to their own tests, plus what lives only on the tablet: erasures and practice attempts.
const { rubricVersions: _rubricVersions, settings: _settings, ...EXCHANGED } = TABLE_SCHEMAS;
const RECORD_SCHEMAS: Record<string, z.ZodType> = { ...EXCHANGED, erasures: Erasure, calibrationAttempts: CalibrationAttempt };

type Row = Record<string, unknown>;

/** Extra checks per fixture version, for what an upgrade must produce beyond "every field survived". */
const UPGRADE_CHECKS: Record<number, (db: WakkerDatabase, fixture: Fixture) => Promise<void>> = {};

interface Fixture {
	version: number;
	tables: Record<string, Row[]>;
}

const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/db');
const fixtureFiles = readdirSync(FIXTURE_DIR)
	.filter((f) => /^v\d+\.json$/.test(f))
	.sort((a, b) => Number(a.slice(1, -5)) - Number(b.slice(1, -5)));

function readFixture(file: string): Fixture {
	return JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as Fixture;
}

/** A Dexie database declared exactly as the app declared it at `version`. */
function historicalDatabase(name: string, version: number): Dexie {
	const db = new Dexie(name);
	for (let v = 1; v <= version; v++) {
		const stores = FROZEN_SCHEMAS[v];
		if (!stores) throw new Error(`Geen bevroren schema voor versie ${v}: kopieer het uit db.ts naar FROZEN_SCHEMAS.`);
		db.version(v).stores(stores);
	}
	return db;
}

function indexValue(record: Row, keyPath: string | string[]): unknown {
	return Array.isArray(keyPath) ? keyPath.map((k) => record[k]) : record[keyPath];
}

function isIndexable(value: unknown): boolean {
	return Array.isArray(value) ? value.every((v) => v !== undefined && v !== null) : value !== undefined && value !== null;
}

/** The current schema as Dexie sees it, table → sorted index sources (primary key first). */
function schemaOf(db: Dexie): Record<string, string[]> {
	return Object.fromEntries(
		db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]])
	);
}

const names: string[] = [];
afterEach(async () => {
	for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('database migrations', () => {
	it('has at least the version 1 fixture', () => {
		expect(fixtureFiles).toContain('v1.json');
	});

	it('FROZEN_SCHEMAS matches db.ts: every declared version is frozen here', async () => {
		const current = new WakkerDatabase(`test-${crypto.randomUUID()}`);
		names.push(current.name);
		const frozen = historicalDatabase(`test-${crypto.randomUUID()}`, current.verno);
		names.push(frozen.name);
		expect(Math.max(...Object.keys(FROZEN_SCHEMAS).map(Number))).toBe(current.verno);
		expect(schemaOf(frozen)).toEqual(schemaOf(current));
	});

	describe.each(fixtureFiles)('a database written as %s', (file) => {
		it('opens with the current code with every record intact, valid and indexed', async () => {
			const fixture = readFixture(file);
			expect(`v${fixture.version}.json`).toBe(file);
			const name = `test-${crypto.randomUUID()}`;
			names.push(name);

			const old = historicalDatabase(name, fixture.version);
			await old.open();
			await old.transaction('rw', old.tables, async () => {
				for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
			});
			old.close();

			const db = new WakkerDatabase(name);
			expect(await openDatabase(db)).toEqual({ ok: true });
			expect(db.backendDB().version).toBe(db.verno * 10);
			expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(schemaOf(new WakkerDatabase('schema-only'))).sort());

			const problems: string[] = [];
			for (const [tableName, rows] of Object.entries(fixture.tables)) {
				const table = db.table(tableName);
				const primKey = table.schema.primKey.keyPath as string;
				const stored = (await table.bulkGet(rows.map((r) => r[primKey] as string))) as (Row | undefined)[];
				rows.forEach((row, i) => {
					const now = stored[i];
					if (!now) return problems.push(`${tableName} ${String(row[primKey])}: verdwenen`);
					expect(now).toMatchObject(row);
					const schema = RECORD_SCHEMAS[tableName];
					const parsed = schema?.safeParse(now);
					if (parsed && !parsed.success) problems.push(`${tableName} ${String(row[primKey])}: ${parsed.error.message}`);
				});
				for (const index of table.schema.indexes) {
					for (const row of rows) {
						const value = indexValue(row, index.keyPath as string | string[]);
						if (!isIndexable(value)) continue;
						const keys = await table.where(index.name).equals(value as string).primaryKeys();
						if (!keys.includes(row[primKey] as string)) problems.push(`${tableName}.${index.name}: vindt ${String(row[primKey])} niet`);
					}
				}
			}
			expect(problems).toEqual([]);
			await UPGRADE_CHECKS[fixture.version]?.(db, fixture);
			db.close();
		});
	});

	it('covers every record type of the app in the newest fixture', () => {
		const fixture = readFixture(fixtureFiles[fixtureFiles.length - 1]!);
		const missing = Object.keys(RECORD_SCHEMAS).filter((t) => (fixture.tables[t]?.length ?? 0) === 0);
		expect(missing).toEqual([]);
	});
});
