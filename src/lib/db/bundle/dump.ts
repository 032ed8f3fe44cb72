import { BUNDLE_TABLES, canonicalJson, type BundleTable } from '$lib/engine/exchange';
import type { WakkerDatabase } from '../db';
import { tableOf, type AnyRecord } from './tables';

export type DatabaseDump = Record<BundleTable | 'erasures', AnyRecord[]>;

/** Every record of every table, in key order: for backups and for checking that nothing changed. */
export async function dumpDatabase(db: WakkerDatabase): Promise<DatabaseDump> {
	return db.transaction('r', [...BUNDLE_TABLES, 'erasures'].map((t) => db.table(t)), async () => {
		const dump = {} as DatabaseDump;
		for (const table of [...BUNDLE_TABLES, 'erasures'] as const) dump[table] = await tableOf(db, table).toArray();
		return dump;
	});
}

/** The dump as comparable text. */
export async function fingerprintDatabase(db: WakkerDatabase): Promise<string> {
	return canonicalJson(await dumpDatabase(db));
}

/** Number of records per table (for confirmations: "wat wordt vervangen"). */
export async function countRecords(db: WakkerDatabase): Promise<Record<BundleTable | 'erasures', number>> {
	const counts = {} as Record<BundleTable | 'erasures', number>;
	for (const table of [...BUNDLE_TABLES, 'erasures'] as const) counts[table] = await tableOf(db, table).count();
	return counts;
}
