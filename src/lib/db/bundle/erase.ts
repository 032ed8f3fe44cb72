import { collectErasedRecords, ERASURE_ORDER, TABLE_LABELS, type SyncTable } from '$lib/engine/exchange';
import { getDb, type WakkerDatabase } from '../db';
import { getDeviceId } from '../record-meta';
import { chosenAssessorKey } from '../settings.repo';
import { collectAboutCandidate } from './export';
import { removeErased } from './import';
import { allExchangeTables, tableOf, type AnyRecord } from './tables';

export interface ErasureCount {
	table: SyncTable;
	label: string;
	count: number;
}

/** What erasing a candidate removes, per table: shown in the confirmation before anything happens. */
export async function countCandidateErasure(candidateId: string): Promise<ErasureCount[]> {
	const db = getDb();
	return db.transaction('r', allExchangeTables(db), async () => toCounts((await collectAboutCandidate(db, candidateId)).byTable));
}

/** What erasing a whole session (retention) removes: the session, its candidates and everything about them. */
export async function countSessionErasure(sessionId: string): Promise<ErasureCount[]> {
	const db = getDb();
	return db.transaction('r', allExchangeTables(db), async () => toCounts((await collectAboutSession(db, sessionId)).byTable));
}

/**
 * Erases a candidate and everything about them (hard delete, GDPR art. 17). Only ids are kept, in
 * `erasures`, so the erasure reaches other tablets with the next bundle. Returns the number of records removed.
 */
export async function eraseCandidate(candidateId: string): Promise<number> {
	const db = getDb();
	const deviceId = await getDeviceId();
	return db.transaction('rw', allExchangeTables(db), async () => {
		const { records } = await collectAboutCandidate(db, candidateId);
		return removeErased(db, records, [candidateId], deviceId);
	});
}

/** Erases a session with its candidates and everything about them (after the retention period). */
export async function eraseSession(sessionId: string): Promise<number> {
	const db = getDb();
	const deviceId = await getDeviceId();
	return db.transaction('rw', allExchangeTables(db), async () => {
		const { records } = await collectAboutSession(db, sessionId);
		// Who used this tablet in the session ("Ik ben") goes with it: a device-local setting no erasure list reaches.
		await db.settings.delete(chosenAssessorKey(sessionId));
		return removeErased(db, records, [sessionId], deviceId);
	});
}

async function collectAboutSession(db: WakkerDatabase, sessionId: string) {
	const records: Partial<Record<SyncTable, AnyRecord[]>> = {};
	for (const table of ERASURE_ORDER) records[table] = await tableOf(db, table).toArray();
	return { ...collectErasedRecords(records, [sessionId]), records };
}

function toCounts(byTable: Partial<Record<SyncTable, string[]>>): ErasureCount[] {
	return ERASURE_ORDER.filter((t) => (byTable[t]?.length ?? 0) > 0).map((table) => ({
		table,
		label: TABLE_LABELS[table],
		count: byTable[table]!.length
	}));
}
