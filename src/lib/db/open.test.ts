import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { WakkerDatabase } from './db';
import { classifyOpenError, OPEN_MESSAGES, openDatabase, readStoredVersion } from './open';

const opened: Dexie[] = [];
function track<T extends Dexie>(db: T): T {
	opened.push(db);
	return db;
}
afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await Dexie.delete(db.name);
	}
});

/** The Dexie version a future app would leave: one past this app's. */
const FUTURE_VERSION = new WakkerDatabase('probe-version').verno + 1;

/** A database as a future version of the app would leave it: the next Dexie version, with an extra table. */
async function writeFutureDatabase(name: string): Promise<void> {
	const future = new Dexie(name);
	future.version(FUTURE_VERSION).stores({ sessions: 'id, updatedAt', somethingNew: 'id' });
	await future.open();
	await future.table('sessions').add({ id: 's1', updatedAt: '2030-01-01T00:00:00.000Z' });
	future.close();
}

describe('openDatabase', () => {
	it('opens a new database', async () => {
		const db = track(new WakkerDatabase(`test-${crypto.randomUUID()}`));
		expect(await openDatabase(db)).toEqual({ ok: true });
		expect(db.isOpen()).toBe(true);
	});

	it('refuses a database made by a newer version of the app, with a Dutch message, and leaves it as it was', async () => {
		const name = `test-${crypto.randomUUID()}`;
		await writeFutureDatabase(name);
		const db = track(new WakkerDatabase(name));
		const result = await openDatabase(db);
		expect(result).toEqual({ ok: false, problem: 'newer-version', message: OPEN_MESSAGES['newer-version'] });
		expect(result.ok || result.message).toMatch(/nieuwere versie van de app/);
		expect(db.isOpen()).toBe(false);
		const check = new Dexie(name);
		await check.open();
		expect(check.verno).toBe(FUTURE_VERSION);
		expect(check.tables.map((t) => t.name).sort()).toEqual(['sessions', 'somethingNew']);
		check.close();
	});

	it('reads the stored version without creating a database that does not exist', async () => {
		const name = `test-${crypto.randomUUID()}`;
		expect(await readStoredVersion(name)).toBeUndefined();
		expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);
		const db = track(new WakkerDatabase(name));
		expect(await openDatabase(db)).toEqual({ ok: true });
		expect(await readStoredVersion(name)).toBe(db.verno * 10);
	});

	it('reports an upgrade blocked by another open connection of an older version', async () => {
		const name = `test-${crypto.randomUUID()}`;
		const old = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open(name, 10);
			req.onupgradeneeded = () => req.result.createObjectStore('sessions', { keyPath: 'id' });
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		// An old tab that does not give way when a newer version wants to upgrade.
		old.onversionchange = () => undefined;
		const newer = track(new Dexie(name));
		newer.version(2).stores({ sessions: 'id, updatedAt' });
		const result = await openDatabase(newer);
		expect(result).toEqual({ ok: false, problem: 'blocked', message: OPEN_MESSAGES.blocked });
		old.close();
	});
});

describe('classifyOpenError', () => {
	it.each([
		[{ name: 'OpenFailedError', inner: { name: 'VersionError' } }, 'newer-version'],
		[{ name: 'VersionError' }, 'newer-version'],
		[{ name: 'OpenFailedError', inner: { name: 'QuotaExceededError' } }, 'quota'],
		[{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
		[{ name: 'MissingAPIError' }, 'unavailable'],
		[{ name: 'OpenFailedError', inner: { name: 'InvalidStateError' } }, 'unavailable'],
		[new Error('iets anders'), 'unknown'],
		['geen fout-object', 'unknown'],
		[undefined, 'unknown']
	])('classifies %o as %s', (error, problem) => {
		expect(classifyOpenError(error)).toBe(problem);
	});

	it('has a Dutch message for every problem', () => {
		for (const message of Object.values(OPEN_MESSAGES)) expect(message).toMatch(/\.$/);
		expect(OPEN_MESSAGES.quota).toMatch(/opslagruimte/);
	});
});
