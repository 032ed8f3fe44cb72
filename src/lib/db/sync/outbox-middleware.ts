import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Dexie } from 'dexie';
import { docIdOf, isSyncedTable } from './synced-tables';
import type { OutboxEntry } from './records';

export const OUTBOX_TABLE = 'syncOutbox';

/**
 * From how many records one write is queued as a single bulk entry instead of one entry per record. Below it
 * (every save from a screen) nothing changes; above it (imports, restores, a sync pull) the outbox costs one
 * write instead of thousands. Measured with bench/exchange: 9,000 outbox rows add about a third to an import.
 */
export const BULK_ENTRY_MIN_KEYS = 64;
/** Bulk entries sort before every per-record docId (`table:key`, table names are letters). */
export const BULK_DOC_PREFIX = '!bulk:';

export function isBulkEntry(entry: OutboxEntry): boolean {
	return entry.keys !== undefined;
}

type Listener = () => void;
const listeners = new WeakMap<Dexie, Set<Listener>>();

/** Calls `listener` after every committed transaction that changed a shared table of `db`. */
export function onOutboxChange(db: Dexie, listener: Listener): () => void {
	const set = listeners.get(db) ?? new Set<Listener>();
	listeners.set(db, set);
	set.add(listener);
	return () => set.delete(listener);
}

/**
 * Installs the outbox on `db`: a DBCore middleware that, for every write to a shared table, writes the
 * changed record's id to the outbox in the same IndexedDB transaction. So a change is either saved and
 * waiting to be sent, or not saved at all, whatever the repository that made it, and repositories need
 * not know that sync exists.
 */
export function useOutbox(db: Dexie): void {
	db.use({
		stack: 'dbcore',
		name: 'SyncOutbox',
		create(down: DBCore): DBCore {
			const outbox = (): DBCoreTable => down.table(OUTBOX_TABLE);
			return {
				...down,
				transaction(stores, mode, options) {
					const touchesShared = mode === 'readwrite' && stores.some(isSyncedTable);
					const trans = down.transaction(touchesShared && !stores.includes(OUTBOX_TABLE) ? [...stores, OUTBOX_TABLE] : stores, mode, options);
					if (touchesShared) notifyOnCommit(db, trans);
					return trans;
				},
				table(name) {
					const table = down.table(name);
					if (!isSyncedTable(name)) return table;
					return {
						...table,
						mutate(req: DBCoreMutateRequest) {
							// No `await` before calling down: Dexie's lower layers read the current transaction from
							// its zone, which a native await would leave.
							const withKeys = (keys: unknown[]) => {
								if (keys.length === 0) return table.mutate(req);
								const entries: OutboxEntry[] =
									keys.length >= BULK_ENTRY_MIN_KEYS
										? [{ docId: `${BULK_DOC_PREFIX}${crypto.randomUUID()}`, table: name, key: '', keys: keys.map(String), stamp: crypto.randomUUID() }]
										: keys.map((key) => ({ docId: docIdOf(name, String(key)), table: name, key: String(key), stamp: crypto.randomUUID() }));
								// Both requests are issued before either is awaited: they belong to one transaction. The record's
								// own write goes first: Dexie's observability layer reads the transaction's cache of the old
								// values when the write is issued, and any other put (the outbox's) clears that cache. In the
								// other order every save would look as if all its indexes changed and re-run every live list.
								const own = table.mutate(req);
								const write = outbox().mutate({ type: 'put', trans: req.trans, values: entries });
								return own.then(
									(result) => write.then(() => result),
									(error: unknown) => {
										// The transaction aborts, so the outbox write fails too; only the first failure is news.
										write.catch(() => undefined);
										throw error;
									}
								);
							};
							if (req.type !== 'deleteRange') return withKeys(keysOf(table, req));
							return table
								.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })
								.then((found) => withKeys(found.result));
						}
					};
				}
			};
		}
	});
}

/**
 * Replaces every bulk entry by one entry per record it names, in the current transaction (which must include
 * the outbox) or in a transaction of its own. Then the outbox says per record what waits, as push and
 * incoming sync expect. A record queued both ways keeps one entry, with a new stamp: a push under way sends
 * it again, which changes nothing on the server (revisions are derived from content).
 */
export async function expandBulkEntries(db: Dexie): Promise<void> {
	const outbox = db.table<OutboxEntry, string>(OUTBOX_TABLE);
	const bulk = await outbox.where('docId').startsWith(BULK_DOC_PREFIX).toArray();
	if (bulk.length === 0) return;
	const entries = bulk.flatMap((b) => (b.keys ?? []).map((key): OutboxEntry => ({ docId: docIdOf(b.table, key), table: b.table, key, stamp: crypto.randomUUID() })));
	await outbox.bulkPut(entries);
	await outbox.bulkDelete(bulk.map((b) => b.docId));
}

/** How many records wait to be sent: per-record entries plus the records bulk entries name (each once). */
export async function countPendingRecords(db: Dexie): Promise<number> {
	const outbox = db.table<OutboxEntry, string>(OUTBOX_TABLE);
	return db.transaction('r', outbox, async () => {
		const bulk = await outbox.where('docId').startsWith(BULK_DOC_PREFIX).toArray();
		const single = (await outbox.count()) - bulk.length;
		if (bulk.length === 0) return single;
		const named = [...new Set(bulk.flatMap((b) => (b.keys ?? []).map((key) => docIdOf(b.table, key))))];
		const alsoSingle = (await outbox.bulkGet(named)).filter((e) => e !== undefined).length;
		return single + named.length - alsoSingle;
	});
}

/** The primary keys a put, add or delete changes. */
function keysOf(table: DBCoreTable, req: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>): unknown[] {
	if (req.type === 'delete') return req.keys;
	if (req.keys) return req.keys;
	const extract = table.schema.primaryKey.extractKey;
	return extract ? req.values.map((v) => extract(v)) : [];
}

function notifyOnCommit(db: Dexie, trans: DBCoreTransaction): void {
	const idb = trans as unknown as Partial<IDBTransaction>;
	idb.addEventListener?.('complete', () => {
		for (const listener of listeners.get(db) ?? []) listener();
	});
}
