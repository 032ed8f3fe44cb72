import { BUNDLE_TABLES, BundleError, TABLE_LABELS, type Bundle, type BundleTable } from '$lib/engine/exchange';
import { getDb } from '../db';
import { countRecords } from './dump';
import { allExchangeTables, isDeviceLocalSetting, tableOf } from './tables';

export interface RestoreRow {
	table: BundleTable | 'erasures';
	label: string;
	/** Records on this tablet now, all replaced. */
	current: number;
	/** Records in the backup. */
	incoming: number;
}

/** Per table: how many records will be replaced by how many, for the confirmation before a restore. */
export async function describeRestore(bundle: Bundle): Promise<RestoreRow[]> {
	assertBackup(bundle);
	const current = await countRecords(getDb());
	const rows: RestoreRow[] = BUNDLE_TABLES.map((table) => ({
		table,
		label: TABLE_LABELS[table],
		current: table === 'settings' ? current.settings - 1 : current[table],
		incoming: bundle.records[table]?.length ?? 0
	}));
	rows.push({ table: 'erasures', label: 'Wissingen (alleen ids)', current: current.erasures, incoming: bundle.erasures.length });
	return rows.filter((r) => r.current > 0 || r.incoming > 0);
}

/**
 * Replaces the whole database by the backup, in one transaction: if anything fails, the data that was
 * here stays as it was. This device's own id is kept.
 */
export async function restoreBackup(bundle: Bundle): Promise<void> {
	assertBackup(bundle);
	const db = getDb();
	await db.transaction('rw', allExchangeTables(db), async () => {
		for (const table of BUNDLE_TABLES) {
			const t = tableOf(db, table);
			if (table === 'settings') {
				const local = (await t.toArray()).filter((s) => !isDeviceLocalSetting(s.key));
				await t.bulkDelete(local.map((s) => String(s.key)));
				await t.bulkPut((bundle.records.settings ?? []).filter((s) => !isDeviceLocalSetting(s.key)));
			} else {
				await t.clear();
				await t.bulkAdd(bundle.records[table] ?? []);
			}
		}
		await db.erasures.clear();
		await db.erasures.bulkAdd(bundle.erasures);
	});
}

function assertBackup(bundle: Bundle): void {
	if (bundle.kind !== 'backup') {
		throw new BundleError('wrong-kind', 'Alleen een volledige back-up kan teruggezet worden. Dit bestand kun je wel inladen bij "Gegevens van een andere tablet inladen".');
	}
}
