import { SYNC_TABLES } from '$lib/engine/exchange/format';

/**
 * The tables whose records live sync shares: every table a bundle exchanges (so a table added there
 * syncs too) and the traces of erasures. What stays on the tablet is in other tables: settings (device
 * settings, the open note, the chosen assessor), open conflicts, personal PINs, the sync bookkeeping.
 */
export const SYNCED_TABLES: readonly string[] = [...SYNC_TABLES, 'erasures'];

const SYNCED = new Set(SYNCED_TABLES);

/** Tables that never leave the tablet even if a bundle table list ever named them. */
export const NEVER_SYNCED: ReadonlySet<string> = new Set(['settings', 'conflicts', 'syncOutbox', 'syncRevisions', 'syncState']);

export function isSyncedTable(table: string): boolean {
	return SYNCED.has(table) && !NEVER_SYNCED.has(table);
}

/** The server document id of a record: its table and key, so ids of different tables never meet. */
export function docIdOf(table: string, key: string): string {
	return `${table}:${key}`;
}

export function parseDocId(docId: string): { table: string; key: string } | undefined {
	const at = docId.indexOf(':');
	if (at <= 0) return undefined;
	const table = docId.slice(0, at);
	return isSyncedTable(table) ? { table, key: docId.slice(at + 1) } : undefined;
}

/**
 * Whether a record may leave the tablet. Draft ratings stay: only a submitted rating is shared, as in
 * bundles, so a colleague never sees a score before it was given.
 */
export function isShareable(table: string, record: Record<string, unknown>): boolean {
	if (table === 'ratings') return typeof record.submittedAt === 'string' && record.submittedAt.length > 0;
	return true;
}
