import type { RecordMetaFields, VersionVector } from '$lib/engine/model';
import { getDb, type WakkerDatabase } from './db';

const DEVICE_ID_KEY = 'deviceId';
/** Per database, so tests (and a restore into another database) never mix up device ids. */
let cachedDeviceIds = new WeakMap<WakkerDatabase, string>();

/**
 * A random id for this device (tablet), created once; version vectors count changes per device.
 * Read-or-create runs in one transaction, so two first calls at the same moment agree on one id.
 * Inside another transaction, that transaction must include the settings table (as every repo does).
 */
export async function getDeviceId(): Promise<string> {
	const db = getDb();
	const cached = cachedDeviceIds.get(db);
	if (cached) return cached;
	const id = await db.transaction('rw', db.settings, async () => {
		const existing = await db.settings.get(DEVICE_ID_KEY);
		if (typeof existing?.value === 'string' && existing.value.length > 0) return existing.value;
		const fresh = crypto.randomUUID();
		await db.settings.put({ key: DEVICE_ID_KEY, value: fresh });
		return fresh;
	});
	cachedDeviceIds.set(db, id);
	return id;
}

/** Forget the cached device ids (after a restore replaced the settings, or in tests). */
export function resetDeviceIdCache(): void {
	cachedDeviceIds = new WeakMap();
}

export function nowIso(): string {
	return new Date().toISOString();
}

/** Meta fields for a record created on this device. */
export async function newMeta(): Promise<RecordMetaFields> {
	const device = await getDeviceId();
	const now = nowIso();
	return { id: crypto.randomUUID(), createdAt: now, updatedAt: now, vv: { [device]: 1 } };
}

/** The record after one more change on this device: new `updatedAt` and a bumped version vector. */
export async function touched<T extends RecordMetaFields>(record: T): Promise<T> {
	const device = await getDeviceId();
	const vv: VersionVector = { ...record.vv, [device]: (record.vv[device] ?? 0) + 1 };
	return { ...record, updatedAt: nowIso(), vv };
}
