import type { WakkerDatabase } from '../db';
import type { OutboxEntry } from './records';
import { docIdOf, SYNCED_TABLES } from './synced-tables';

const KEY = 'seededFor';

/**
 * Puts every shared record in the outbox the first time this tablet syncs with a database: what was
 * made before sync was turned on (or before this version of the app) reaches the server too. Records
 * the server already has are recognised by their revision and not sent again.
 */
export async function seedOutbox(db: WakkerDatabase, dbUrl: string): Promise<void> {
	if ((await db.syncState.get(KEY))?.value === dbUrl) return;
	const tables = SYNCED_TABLES.map((t) => db.table(t));
	await db.transaction('rw', [...tables, db.syncOutbox, db.syncState], async () => {
		for (const table of tables) {
			const keys = (await table.toCollection().primaryKeys()) as string[];
			const entries: OutboxEntry[] = keys.map((key) => ({ docId: docIdOf(table.name, String(key)), table: table.name, key: String(key), stamp: crypto.randomUUID() }));
			await db.syncOutbox.bulkPut(entries);
		}
		await db.syncState.put({ key: KEY, value: dbUrl });
	});
}

/** After stopping sync: the next start (perhaps with another server) sends everything again. */
export async function forgetSeed(db: WakkerDatabase): Promise<void> {
	await db.syncState.delete(KEY);
}
