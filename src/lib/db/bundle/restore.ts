import {
	assertPossibleMoments,
	assertReferencesResolve,
	BUNDLE_TABLES,
	BundleError,
	leaveOutErased,
	TABLE_LABELS,
	type Bundle,
	type BundleRecords,
	type BundleTable,
	type Erasure
} from '$lib/engine/exchange';
import { getDb, type WakkerDatabase } from '../db';
import { nowIso } from '../record-meta';
import { countRecords } from './dump';
import { allExchangeTables, isDeviceLocalSetting, tableOf } from './tables';

export interface RestoreRow {
	table: BundleTable | 'erasures';
	label: string;
	/** Records on this tablet now, all replaced. */
	current: number;
	/** Records the backup puts back (what stays erased is not counted). */
	incoming: number;
}

/** Someone in the backup who was erased since: they are not put back. */
export interface StaysErased {
	/** "kandidaat" or "assessor". */
	role: string;
	name: string;
}

export interface RestoreSummary {
	rows: RestoreRow[];
	staysErased: StaysErased[];
	/** Every record of the backup left out because it is, or belongs to, something erased. */
	leftOutRecords: number;
}

const PERSON_TABLES = [
	['candidates', 'kandidaat'],
	['assessors', 'assessor']
] as const;

interface RestorePlan {
	records: BundleRecords;
	erasures: Erasure[];
	staysErased: StaysErased[];
	leftOutRecords: number;
}

/**
 * What a restore writes: the backup without whatever was erased here or in the backup (an older backup
 * still holds people erased since; they stay erased), with the erasures of both. Refuses impossible
 * moments and records that point at nothing, like an import. Must run inside a transaction over all tables.
 */
async function planRestore(db: WakkerDatabase, bundle: Bundle): Promise<RestorePlan> {
	assertBackup(bundle);
	assertPossibleMoments(bundle, new Date(nowIso()));
	const erasures = [...(await db.erasures.toArray()), ...bundle.erasures];
	const erasedIds = new Set(erasures.map((e) => e.entityId));
	const { kept, leftOut } = leaveOutErased(bundle.records, erasedIds);
	assertReferencesResolve(kept, {}, erasedIds);
	const staysErased = PERSON_TABLES.flatMap(([table, role]) => (leftOut[table] ?? []).map((r) => ({ role, name: String(r.name) })));
	const leftOutRecords = Object.values(leftOut).reduce((n, rows) => n + rows.length, 0);
	const unique = new Map(erasures.map((e) => [e.id, e]));
	return { records: kept, erasures: [...unique.values()], staysErased, leftOutRecords };
}

/**
 * Per table: how many records will be replaced by how many, and who stays erased, for the confirmation
 * before a restore. Changes nothing.
 */
export async function describeRestore(bundle: Bundle): Promise<RestoreSummary> {
	assertBackup(bundle);
	const db = getDb();
	return db.transaction('r', allExchangeTables(db), async () => {
		const plan = await planRestore(db, bundle);
		const current = await countRecords(db);
		// Settings that stay on this tablet (its own id, its PINs, …) are neither replaced nor restored, so they are
		// counted on neither side; counting "all minus one" showed −1 on a tablet that had none.
		const replacedSettings = (await db.settings.toArray()).filter((s) => !isDeviceLocalSetting(s.key)).length;
		const restoredSettings = (plan.records.settings ?? []).filter((s) => !isDeviceLocalSetting(s.key)).length;
		const rows: RestoreRow[] = BUNDLE_TABLES.map((table) => ({
			table,
			label: TABLE_LABELS[table],
			current: table === 'settings' ? replacedSettings : current[table],
			incoming: table === 'settings' ? restoredSettings : (plan.records[table]?.length ?? 0)
		}));
		rows.push({ table: 'erasures', label: 'Wissingen (alleen ids)', current: current.erasures, incoming: plan.erasures.length });
		return { rows: rows.filter((r) => r.current > 0 || r.incoming > 0), staysErased: plan.staysErased, leftOutRecords: plan.leftOutRecords };
	});
}

/**
 * Replaces the whole database by the backup, in one transaction: if anything fails, the data that was
 * here stays as it was. This device's own id is kept, and so is every erasure known here.
 */
export async function restoreBackup(bundle: Bundle): Promise<void> {
	assertBackup(bundle);
	const db = getDb();
	await db.transaction('rw', allExchangeTables(db), async () => {
		const plan = await planRestore(db, bundle);
		for (const table of BUNDLE_TABLES) {
			const t = tableOf(db, table);
			if (table === 'settings') {
				const local = (await t.toArray()).filter((s) => !isDeviceLocalSetting(s.key));
				await t.bulkDelete(local.map((s) => String(s.key)));
				await t.bulkPut((plan.records.settings ?? []).filter((s) => !isDeviceLocalSetting(s.key)));
			} else {
				await t.clear();
				await t.bulkAdd(plan.records[table] ?? []);
			}
		}
		await db.erasures.clear();
		await db.erasures.bulkAdd(plan.erasures);
	});
}

function assertBackup(bundle: Bundle): void {
	if (bundle.kind !== 'backup') {
		throw new BundleError('wrong-kind', 'Alleen een volledige back-up kan teruggezet worden. Dit bestand kun je wel inladen bij "Gegevens van een andere tablet inladen".');
	}
}
