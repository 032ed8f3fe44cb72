import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_LIMITS, isBundleError, type Bundle } from '$lib/engine/exchange';
import { DEMO_SEED, makeDemoAssessment } from '$lib/engine/demo';
import { DONE_COMPETENCY_IDS, makeTestProfile } from '$lib/engine/demo/test-profile.fixture';
import { useDatabase, WakkerDatabase } from '$lib/db/db';
import { getDeviceId, resetDeviceIdCache } from '$lib/db/record-meta';
import { applyImport, buildAssessorWorkBundle, fingerprintDatabase, readBundleText } from '$lib/db/bundle';

/**
 * Hostile and malformed bundles: every one must be refused with a Dutch message and leave the database
 * exactly as it was. Validation runs before any transaction, so most cases never touch IndexedDB.
 */
const RUNS = 5_200;
const DUTCH_REFUSAL = /(Er is niets ingeladen|er is niets veranderd|Er is niets veranderd)/;
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;

let db: WakkerDatabase;
let base: Bundle;
let writes = 0;

beforeAll(async () => {
	db = new WakkerDatabase('wakker-fuzz');
	useDatabase(db);
	resetDeviceIdCache();
	const demo = makeDemoAssessment({ profile: makeTestProfile(DONE_COMPETENCY_IDS), seed: DEMO_SEED, now: '2026-03-20T10:00:00.000Z' });
	await db.transaction('rw', db.tables, async () => {
		await db.sessions.put(demo.session);
		await db.assessors.bulkPut(demo.assessors);
		await db.exercises.bulkPut(demo.exercises);
		await db.candidates.bulkPut(demo.candidates);
		await db.assignments.bulkPut(demo.assignments);
		await db.observations.bulkPut(demo.observations.slice(0, 40));
		await db.ratings.bulkPut(demo.ratings.slice(0, 20));
	});
	await getDeviceId();
	const full = await buildAssessorWorkBundle(demo.session.id);
	// A small but complete bundle to mutate: a few records of each table.
	base = { ...full, records: Object.fromEntries(Object.entries(full.records).map(([t, rows]) => [t, rows!.slice(0, 4)])) };
	for (const table of db.tables) {
		table.hook('creating', () => void writes++);
		table.hook('updating', () => void writes++);
		table.hook('deleting', () => void writes++);
	}
});

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const recordTables = () => Object.keys(base.records).filter((t) => (base.records[t as keyof Bundle['records']]?.length ?? 0) > 0);

/** A JSON value of another type than `v`: never valid where `v` is. */
function otherType(v: unknown): fc.Arbitrary<Json> {
	const kinds: fc.Arbitrary<Json>[] = [];
	if (typeof v !== 'number') kinds.push(fc.double({ noNaN: true, noDefaultInfinity: true }));
	if (typeof v !== 'boolean') kinds.push(fc.boolean());
	kinds.push(fc.constant(null));
	if (typeof v !== 'string') kinds.push(fc.string({ maxLength: 20 }));
	if (!Array.isArray(v)) kinds.push(fc.array(fc.integer(), { maxLength: 3 }));
	if (v === null || typeof v !== 'object' || Array.isArray(v)) kinds.push(fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }));
	return fc.oneof(...kinds);
}

const pickRecord = fc.tuple(fc.nat(), fc.nat()).map(([t, i]) => {
	const tables = recordTables();
	const table = tables[t % tables.length]!;
	const rows = base.records[table as keyof Bundle['records']]!;
	return { table, index: i % rows.length };
});

const wrongType = pickRecord.chain(({ table, index }) => {
	const record = base.records[table as keyof Bundle['records']]![index]!;
	const fields = Object.keys(record);
	return fc.nat({ max: fields.length - 1 }).chain((f) =>
		otherType(record[fields[f]!]).map((value) => {
			const b = clone(base) as unknown as { records: Record<string, Record<string, unknown>[]> };
			b.records[table]![index]![fields[f]!] = value;
			return JSON.stringify(b);
		})
	);
});

const unknownField = fc.tuple(pickRecord, fc.string({ minLength: 1, maxLength: 12 })).map(([{ table, index }, key]) => {
	const b = clone(base) as unknown as { records: Record<string, Record<string, unknown>[]> };
	const record = b.records[table]![index]!;
	const name = key in record ? `${key}_x` : key;
	return JSON.stringify(b).replace(`"id":"${String(record.id)}"`, `"id":"${String(record.id)}",${JSON.stringify(name)}:1`);
});

const scriptInStructuredField = fc.tuple(pickRecord, fc.constantFrom('id', 'createdAt', 'updatedAt')).map(([{ table, index }, field]) => {
	const b = clone(base) as unknown as { records: Record<string, Record<string, unknown>[]> };
	b.records[table]![index]![field] = '<script>alert(1)</script>';
	return JSON.stringify(b);
});

const hugeString = pickRecord.map(({ table, index }) => {
	const b = clone(base) as unknown as { records: Record<string, Record<string, unknown>[]> };
	b.records[table]![index]!.id = 'x'.repeat(BUNDLE_LIMITS.maxStringLength + 1);
	return JSON.stringify(b);
});

const deepNesting = fc.integer({ min: BUNDLE_LIMITS.maxDepth, max: 5_000 }).chain((depth) =>
	fc.tuple(pickRecord, fc.boolean()).map(([{ table, index }, arrays]) => {
		const deep = arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
		const b = clone(base) as unknown as { records: Record<string, Record<string, unknown>[]> };
		b.records[table]![index]!.deep = '@@DEEP@@';
		return JSON.stringify(b).replace('"@@DEEP@@"', deep);
	})
);

const duplicateId = pickRecord.map(({ table, index }) => {
	const b = clone(base) as unknown as { records: Record<string, Record<string, unknown>[]> };
	const rows = b.records[table]!;
	rows.push({ ...rows[index]! });
	return JSON.stringify(b);
});

const prototypeKey = fc.tuple(pickRecord, fc.constantFrom(...FORBIDDEN), fc.constantFrom('record', 'envelope', 'records', 'vv')).map(([{ table, index }, key, where]) => {
	const b = clone(base) as unknown as { records: Record<string, Record<string, unknown>[]> };
	const record = b.records[table]![index]!;
	const marker = '"@@MARK@@":0';
	if (where === 'record') record['@@MARK@@'] = 0;
	else if (where === 'vv') (record.vv as Record<string, unknown>)['@@MARK@@'] = 0;
	else if (where === 'records') (b.records as Record<string, unknown>)['@@MARK@@'] = 0;
	else (b as Record<string, unknown>)['@@MARK@@'] = 0;
	// Written into the text, as a hostile file would: JSON.parse keeps "__proto__" as an own key.
	return JSON.stringify(b).replace(marker, `${JSON.stringify(key)}:{"polluted":true}`);
});

const truncated = fc.nat().map((n) => {
	const text = JSON.stringify(base);
	return text.slice(0, n % text.length);
});

const wrongVersion = fc
	.oneof(fc.integer().filter((v) => v !== 1), fc.string(), fc.constant(null), fc.double({ noNaN: true }).filter((v) => v !== 1))
	.map((formatVersion) => JSON.stringify({ ...clone(base), formatVersion }));

const foreignJson = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v));
const wrongEnvelope = fc
	.tuple(fc.constantFrom('kind', 'createdAt', 'deviceId', 'records', 'erasures'), fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)))
	// A device id may be any short word: only a value of another type is surely wrong there.
	.map(([field, value]) => JSON.stringify({ ...clone(base), [field]: field === 'deviceId' && typeof value === 'string' ? `${value} !` : value }));
const notJson = fc.string({ minLength: 1, maxLength: 200 }).filter((s) => {
	try {
		JSON.parse(s);
		return false;
	} catch {
		return true;
	}
});

const hostileBundle = fc.oneof(
	wrongType,
	unknownField,
	scriptInStructuredField,
	hugeString,
	deepNesting,
	duplicateId,
	prototypeKey,
	truncated,
	wrongVersion,
	foreignJson,
	wrongEnvelope,
	notJson
);

describe('importing hostile or malformed bundles', () => {
	it(`refuses ${RUNS} of them with a Dutch message and leaves the database untouched`, async () => {
		const before = await fingerprintDatabase(db);
		let refused = 0;
		const codes = new Map<string, number>();
		await fc.assert(
			fc.asyncProperty(hostileBundle, async (text) => {
				let error: unknown;
				try {
					const read = await readBundleText(text);
					if (read.status === 'ok') await applyImport(read.bundle);
				} catch (e) {
					error = e;
				}
				expect(isBundleError(error), `accepted or crashed on: ${text.slice(0, 200)} (${String(error)})`).toBe(true);
				expect((error as Error).message).toMatch(DUTCH_REFUSAL);
				expect(writes).toBe(0);
				refused++;
				const code = (error as { code: string }).code;
				codes.set(code, (codes.get(code) ?? 0) + 1);
			}),
			{ numRuns: RUNS }
		);
		expect(refused).toBeGreaterThanOrEqual(5_000);
		// Every kind of refusal was exercised, not just the cheapest one.
		for (const code of ['invalid', 'duplicate-id', 'hostile', 'too-deep', 'string-too-long', 'truncated', 'foreign', 'not-json', 'older-version', 'newer-version']) {
			expect(codes.get(code) ?? 0, code).toBeGreaterThan(20);
		}
		expect(await fingerprintDatabase(db)).toBe(before);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	}, 120_000);

	it('still accepts the unmutated bundle (the generator mutates a valid base)', async () => {
		const read = await readBundleText(JSON.stringify(base));
		expect(read.status).toBe('ok');
	});
});
