import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase } from './db';
import { getDeviceId, newMeta, touched } from './record-meta';

let db: WakkerDatabase;
beforeEach(() => {
	db = new WakkerDatabase(`test-${crypto.randomUUID()}`);
	useDatabase(db);
});

describe('device id', () => {
	it('is created once, stored, and the same for calls at the same moment', async () => {
		const ids = await Promise.all([getDeviceId(), getDeviceId(), getDeviceId()]);
		expect(new Set(ids).size).toBe(1);
		expect((await db.settings.get('deviceId'))?.value).toBe(ids[0]);
	});

	it('belongs to the database: another database gets its own', async () => {
		const first = await getDeviceId();
		useDatabase(new WakkerDatabase(`test-${crypto.randomUUID()}`));
		const second = await getDeviceId();
		expect(second).not.toBe(first);
		useDatabase(db);
		expect(await getDeviceId()).toBe(first);
	});

	it('works inside a transaction that includes the settings table', async () => {
		const id = await db.transaction('rw', db.sessions, db.settings, () => getDeviceId());
		expect(await getDeviceId()).toBe(id);
	});
});

describe('record meta', () => {
	it('starts a version vector at 1 for this device and bumps it on every change', async () => {
		const device = await getDeviceId();
		const meta = await newMeta();
		expect(meta.vv).toEqual({ [device]: 1 });
		expect(meta.createdAt).toBe(meta.updatedAt);
		const next = await touched({ ...meta, vv: { ...meta.vv, other: 3 } });
		expect(next.vv).toEqual({ [device]: 2, other: 3 });
		expect(next.id).toBe(meta.id);
	});
});
