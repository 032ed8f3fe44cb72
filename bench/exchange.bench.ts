/**
 * Importing an assessor bundle: 6 candidates × 3 assessors × 500 notes (9,000 notes plus the set-up), the
 * size of a busy assessment-center. Target: the whole import ≤ 1 s. Two places:
 * 1. Node with fake-indexeddb (an in-memory IndexedDB written in JavaScript, slower than a browser's):
 *    parse + validate, preview (merge plan), import into an empty database, and the same bundle a second time.
 * 2. Headless Chromium (playwright-core, /usr/bin/chromium) against the built app, through the screen:
 *    file chosen → preview shown, and "Inladen" → done. Needs a build of the app (bench/lib/build-dir.ts;
 *    `npm run bench` makes one). Beside it the floor: the same notes put straight into IndexedDB, without the app,
 *    with the app's indexes, with schema version 5's and with none.
 * Runs under `npm run bench -- --only exchange`.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Dexie, type TableSchema } from 'dexie';
import { chromium, type Page } from 'playwright-core';
import { parseBundleText, type Bundle } from '../src/lib/engine/exchange';
import { DEMO_SEED, makeDemoAssessment } from '../src/lib/engine/demo';
import { DONE_COMPETENCY_IDS, makeTestProfile } from '../src/lib/engine/demo/test-profile.fixture';
import type { Observation } from '../src/lib/engine/model';
import { DB_NAME, useDatabase, WakkerDatabase } from '../src/lib/db/db';
import { resetDeviceIdCache } from '../src/lib/db/record-meta';
import { applyImport, previewImport } from '../src/lib/db/bundle';
import { FROZEN_SCHEMAS } from '../tests/fixtures/db/frozen-schemas';
import { waitForAppDatabase } from './lib/app-db';
import { appBuildDir } from './lib/build-dir';
import { measure, printFigure, printHeading } from './lib/measure';
import { serveStatic } from './lib/static-server';

const NOTES_PER_PAIR = 500;
const TARGET_IMPORT_MS = 1_000;
const BROWSER_RUNS = 3;
/** How long a screen may take to appear on a loaded machine. */
const SCREEN_TIMEOUT_MS = 60_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const NOW = '2026-03-20T10:00:00.000Z';

function makeBundle(): Bundle {
	const demo = makeDemoAssessment({ profile: makeTestProfile(DONE_COMPETENCY_IDS), seed: DEMO_SEED, now: NOW });
	const exercise = demo.exercises[0]!;
	const observations: Observation[] = [];
	for (const candidate of demo.candidates) {
		for (const assessor of demo.assessors) {
			for (let i = 0; i < NOTES_PER_PAIR; i++) {
				const at = new Date(Date.parse('2026-03-06T08:00:00.000Z') + i * 1000).toISOString();
				observations.push({
					id: crypto.randomUUID(),
					createdAt: at,
					updatedAt: at,
					vv: { [assessor.id]: 1 },
					sessionId: demo.session.id,
					exerciseId: exercise.id,
					candidateId: candidate.id,
					authorId: assessor.id,
					text: `Notitie ${i + 1}: zet de doos op het juiste rek en controleert het artikelnummer op de bestelbon.`,
					observedAt: at
				});
			}
		}
	}
	return {
		format: 'wakker-bundle',
		formatVersion: 1,
		kind: 'assessor-work',
		createdAt: NOW,
		deviceId: 'bench',
		scope: { sessionId: demo.session.id },
		records: {
			sessions: [demo.session],
			assessors: demo.assessors,
			exercises: demo.exercises,
			candidates: demo.candidates,
			assignments: demo.assignments,
			observations
		},
		erasures: []
	};
}

interface StoreSpec {
	keyPath: string;
	indexes: { name: string; keyPath: string | string[] }[];
}

function storeSpecOf(schema: TableSchema): StoreSpec {
	return { keyPath: String(schema.primKey.keyPath), indexes: schema.indexes.map((i) => ({ name: i.name, keyPath: i.keyPath! })) };
}

/**
 * The notes' object store for the floors below: as the app declares it now, as schema version 5 declared it (four
 * indexes, before the covered ones were dropped), and without any index. Measured side by side in the same browser
 * run, the three show what the indexes cost under the load of the moment, and the last one does not change with the
 * app's schema: a reference for comparing runs on a busy machine.
 */
const FLOOR_STORES: { label: string; store: StoreSpec }[] = (() => {
	const v5 = new Dexie(`${DB_NAME}-v5-schema-probe`);
	for (let v = 1; v <= 5; v++) v5.version(v).stores(FROZEN_SCHEMAS[v]!);
	const app = new WakkerDatabase(`${DB_NAME}-schema-probe`).observations.schema;
	const old = v5.table('observations').schema;
	return [
		{ label: `the app's ${app.indexes.length} indexes`, store: storeSpecOf(app) },
		{ label: `version 5's ${old.indexes.length} indexes`, store: storeSpecOf(old) },
		{ label: 'no index', store: { keyPath: String(app.primKey.keyPath), indexes: [] } }
	];
})();

/**
 * What the browser itself needs to store the notes: one put each into a store with the app's indexes, in one
 * transaction, without the app (no checks, no plan, no Dexie). The import cannot be faster than this; on this
 * machine it is most of the import, as each put is a request of its own to the browser's storage process.
 */
async function rawWriteMs(page: Page, name: string, store: StoreSpec, rows: readonly unknown[]): Promise<number> {
	return page.evaluate(
		async ({ name, store, rows }) => {
			const db = await new Promise<IDBDatabase>((ok, fail) => {
				const request = indexedDB.open(name, 1);
				request.onupgradeneeded = () => {
					const os = request.result.createObjectStore('observations', { keyPath: store.keyPath });
					for (const index of store.indexes) os.createIndex(index.name, index.keyPath);
				};
				request.onsuccess = () => ok(request.result);
				request.onerror = () => fail(new Error(`opening ${name} failed: ${request.error?.message ?? ''}`));
			});
			try {
				const start = performance.now();
				const tx = db.transaction('observations', 'readwrite');
				const done = new Promise<void>((ok, fail) => {
					tx.oncomplete = () => ok();
					tx.onabort = () => fail(tx.error ?? new Error('the transaction was aborted'));
				});
				const os = tx.objectStore('observations');
				for (const row of rows) os.put(row);
				await done;
				return performance.now() - start;
			} finally {
				db.close();
			}
		},
		{ name, store, rows }
	);
}

const bundle = makeBundle();
const text = JSON.stringify(bundle);
const recordCount = Object.values(bundle.records).reduce((n, rows) => n + (rows?.length ?? 0), 0);
let dbCount = 0;
function freshDatabase(): WakkerDatabase {
	const db = new WakkerDatabase(`wakker-bench-${++dbCount}`);
	useDatabase(db);
	resetDeviceIdCache();
	return db;
}

printHeading(`Import of ${bundle.records.observations!.length} notes (6 candidates × 3 assessors × ${NOTES_PER_PAIR}), ${recordCount} records, ${(text.length / 1e6).toFixed(1)} MB — Node + fake-indexeddb`);
const parsed = parseBundleText(text);
await measure('parse + validate (zod, strict)', () => parseBundleText(text), { runs: 5, warmup: 1 });
// A bundle read from a file is new to the import: each run gets its own parsed copy (the import keeps what it
// checked per bundle, so running the same object again would leave those checks out).
const copies = Array.from({ length: 6 }, () => parseBundleText(text));
await measure('preview on an empty database', async () => {
	freshDatabase();
	await previewImport(copies.pop()!);
}, { runs: 5, warmup: 1 });
await measure('parse + validate + import, empty database', async () => {
	freshDatabase();
	await applyImport(parseBundleText(text));
}, { runs: 5, warmup: 1, targetMs: TARGET_IMPORT_MS });
freshDatabase();
await applyImport(parsed);
const again = Array.from({ length: 6 }, () => parseBundleText(text));
await measure('the same bundle again (changes nothing)', () => applyImport(again.pop()!), { runs: 5, warmup: 1 });

{
	const BUILD_DIR = appBuildDir();
	printHeading('Same bundle in headless Chromium, through the Gegevens screen');
	const file = join(mkdtempSync(join(tmpdir(), 'wakker-bench-')), 'bundle.json');
	writeFileSync(file, text);
	const server = await serveStatic(BUILD_DIR);
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu'] });
	const previews: number[] = [];
	const imports: number[] = [];
	const floors: number[][] = FLOOR_STORES.map(() => []);
	try {
		for (let run = 0; run < BROWSER_RUNS; run++) {
			// A blocked service worker: no precaching in the background while the import is timed.
			const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1180, height: 820 } });
			const page = await context.newPage();
			await page.goto(`${server.origin}/gegevens`);
			// The layout shows "Gegevens openen…" until the database is open, then the screen.
			await waitForAppDatabase(page);
			await page.getByRole('heading', { name: 'Bestand van een andere tablet inladen' }).waitFor({ timeout: SCREEN_TIMEOUT_MS });
			let start = performance.now();
			await page.getByLabel('Kies een WAKKER-bestand (.json)').setInputFiles(file);
			await page.getByRole('heading', { name: /^Voorbeeld:/ }).waitFor({ timeout: 60_000 });
			previews.push(performance.now() - start);
			start = performance.now();
			await page.getByRole('button', { name: 'Inladen', exact: true }).click();
			await page.getByRole('status').filter({ hasText: 'Ingeladen:' }).waitFor({ timeout: 60_000 });
			imports.push(performance.now() - start);
			// Each run starts with another floor: right after the import the browser is still busy storing it, which
			// would otherwise always slow the same one.
			for (let k = 0; k < FLOOR_STORES.length; k++) {
				const i = (k + run) % FLOOR_STORES.length;
				floors[i]!.push(await rawWriteMs(page, `wakker-bench-floor-${i}`, FLOOR_STORES[i]!.store, bundle.records.observations!));
			}
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
	printFigure('file chosen → preview shown (read, validate, plan)', median(previews));
	printFigure('"Inladen" → done (one transaction)', median(imports));
	printFigure('whole import in the browser', median(previews) + median(imports), TARGET_IMPORT_MS);
	for (const [i, { label }] of FLOOR_STORES.entries()) {
		printFigure(i === 0 ? `floor: ${bundle.records.observations!.length} raw puts, ${label}` : `  same, ${label}`, median(floors[i]!));
	}
}
