/**
 * The app's IndexedDB from a browser bench: wait until the app has created its schema, then write generated
 * records straight into it. Writing earlier would create an empty database without object stores (NotFoundError),
 * and an exception inside an IndexedDB event handler would leave the bench waiting forever, so every failure here
 * rejects with a message instead.
 */
import type { Page } from 'playwright-core';
import { DB_NAME, WakkerDatabase } from '../../src/lib/db/db';

/** Dexie stores schema version n as IndexedDB version n × 10 (see src/lib/db/open.ts). */
const DEXIE_VERSION_FACTOR = 10;
/** The IndexedDB version the current code creates; a probe instance is never opened. */
export const APP_DB_VERSION = new WakkerDatabase(`${DB_NAME}-schema-probe`).verno * DEXIE_VERSION_FACTOR;
/** How long the app may take to open its database on a loaded machine. */
const OPEN_TIMEOUT_MS = 60_000;
const POLL_MS = 50;
/** The layout's heading when the database cannot be opened (src/routes/+layout.svelte). */
const OPEN_FAILED_HEADING = 'De gegevens kunnen niet geopend worden';

/**
 * Waits until the page's app has opened its database with the current schema. Throws with the app's own message
 * when the layout reports that the database cannot be opened.
 */
export async function waitForAppDatabase(page: Page): Promise<void> {
	// Polled inside the page (page.waitForFunction does not wait for a promise a predicate returns).
	const result = await page.evaluate(
		async ({ name, version, failedHeading, timeoutMs, pollMs }) => {
			const deadline = performance.now() + timeoutMs;
			for (;;) {
				const failed = [...document.querySelectorAll('h1')].some((h) => h.textContent?.trim() === failedHeading);
				if (failed) return `the layout says: ${document.querySelector('[role="alert"]')?.textContent?.trim() ?? failedHeading}`;
				const found = (await indexedDB.databases()).find((d) => d.name === name);
				if ((found?.version ?? 0) >= version) return 'open';
				if (performance.now() > deadline) {
					const seen = found ? `it is at version ${found.version} (a build older than the sources?)` : 'there is none';
					return `no database ${name} of version ${version} after ${timeoutMs} ms: ${seen}`;
				}
				await new Promise((ok) => setTimeout(ok, pollMs));
			}
		},
		{ name: DB_NAME, version: APP_DB_VERSION, failedHeading: OPEN_FAILED_HEADING, timeoutMs: OPEN_TIMEOUT_MS, pollMs: POLL_MS }
	);
	if (result !== 'open') throw new Error(`the app could not open its database: ${result}`);
}

/** Puts the rows into the app's object stores (named by table) in one transaction; rejects on any failure. */
export async function storeRecords(page: Page, tables: Readonly<Record<string, readonly unknown[]>>): Promise<void> {
	await waitForAppDatabase(page);
	await page.evaluate(
		async ({ name, data }) => {
			const db = await new Promise<IDBDatabase>((ok, fail) => {
				const request = indexedDB.open(name);
				// Only when the database does not exist: never create an empty one.
				request.onupgradeneeded = () => request.transaction?.abort();
				request.onsuccess = () => ok(request.result);
				request.onerror = () => fail(new Error(`opening ${name} failed: ${request.error?.message ?? 'no database'}`));
			});
			try {
				const missing = Object.keys(data).filter((table) => !db.objectStoreNames.contains(table));
				if (missing.length > 0) throw new Error(`the database ${name} has no object store ${missing.join(', ')}`);
				const tx = db.transaction(Object.keys(data), 'readwrite');
				const done = new Promise<void>((ok, fail) => {
					tx.oncomplete = () => ok();
					tx.onerror = () => fail(tx.error ?? new Error('the transaction failed'));
					tx.onabort = () => fail(tx.error ?? new Error('the transaction was aborted'));
				});
				for (const [table, rows] of Object.entries(data)) for (const row of rows) tx.objectStore(table).put(row);
				await done;
			} finally {
				db.close();
			}
		},
		{ name: DB_NAME, data: tables }
	);
}
