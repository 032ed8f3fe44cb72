import type { RecordMetaFields, VersionVector } from '$lib/engine/model';
import { getDb } from './db';

const DEVICE_ID_KEY = 'deviceId';
let cachedDeviceId: string | undefined;

/** A random id for this device (tablet), created once; version vectors count changes per device. */
export async function getDeviceId(): Promise<string> {
	if (cachedDeviceId) return cachedDeviceId;
	const db = getDb();
	const existing = await db.settings.get(DEVICE_ID_KEY);
	if (typeof existing?.value === 'string') return (cachedDeviceId = existing.value);
	const id = crypto.randomUUID();
	await db.settings.put({ key: DEVICE_ID_KEY, value: id });
	return (cachedDeviceId = id);
}

/** Forget the cached device id (tests that swap databases). */
export function resetDeviceIdCache(): void {
	cachedDeviceId = undefined;
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
