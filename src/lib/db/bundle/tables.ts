import type { Table } from 'dexie';
import { BUNDLE_TABLES, SYNC_TABLES, type BundleTable, type SyncTable } from '$lib/engine/exchange';
import type { WakkerDatabase } from '../db';

export type AnyRecord = Record<string, unknown>;

export function tableOf(db: WakkerDatabase, name: BundleTable | 'erasures'): Table<AnyRecord, string> {
	return db.table(name);
}

/** Every table an import or restore writes to: one transaction over all of them (all-or-nothing). */
export function allExchangeTables(db: WakkerDatabase): Table[] {
	return [...BUNDLE_TABLES, 'erasures'].map((name) => db.table(name));
}

export function syncTables(db: WakkerDatabase): Table<AnyRecord, string>[] {
	return SYNC_TABLES.map((name: SyncTable) => tableOf(db, name));
}

/**
 * Setting keys that belong to this device and never travel, not even in a backup. `currentAssessorId` is the
 * tablet-wide "Ik ben" of earlier versions: no longer read, and kept from travelling with an old backup.
 */
export const DEVICE_LOCAL_SETTINGS: ReadonlySet<string> = new Set(['deviceId', 'syncConfig', 'currentAssessorId', 'builtinRubrics']);
/**
 * Prefixes of per-device setting keys: which note is open in the editor on this tablet, and who uses this
 * tablet per assessment-center ("Ik ben"): another tablet is held by someone else. Personal PINs (db/pin.repo.ts)
 * protect a name on this tablet and never travel either.
 */
const DEVICE_LOCAL_SETTING_PREFIXES = ['openNotes:', 'ikBen:', 'pin:'];

export function isDeviceLocalSetting(key: unknown): boolean {
	const k = String(key);
	return DEVICE_LOCAL_SETTINGS.has(k) || DEVICE_LOCAL_SETTING_PREFIXES.some((prefix) => k.startsWith(prefix));
}
