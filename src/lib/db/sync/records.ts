/** The records live sync keeps on this tablet (tables syncOutbox, syncRevisions and syncState). */

/**
 * A record changed here since it was last sent to the sync server: one entry per record, the latest wins.
 * A large bulk write (an import of thousands of notes) is queued as ONE bulk entry naming all its keys
 * (`keys`, docId `!bulk:<uuid>`, `key` empty): writing thousands of outbox rows would make that write half as
 * slow again. Push and incoming sync first expand bulk entries into one entry per record (`expandBulkEntries`).
 */
export interface OutboxEntry {
	/** The record's document id on the server: `table:key`; for a bulk entry `!bulk:<uuid>`. */
	docId: string;
	table: string;
	key: string;
	/** Changes with every write, so a push only clears the entry when nothing changed while it was sending. */
	stamp: string;
	/** Only on a bulk entry: the keys of every record of `table` the write changed. */
	keys?: string[];
}

/** A branch of a document's revision tree: its newest revision and the ids of its ancestors. */
export interface RevisionPath {
	/** Generation of the newest revision (the N of `N-hash`). */
	start: number;
	/** Hashes, newest first: ids[0] is the newest revision, ids[1] its parent, … (as CouchDB's `_revisions`). */
	ids: string[];
	deleted?: boolean;
}

/**
 * Where this tablet's version of a record sits in the server's revision tree: the branch it continues,
 * and the other leaves it has seen there (from other tablets). A leaf whose version this tablet's
 * version has seen is closed with a deletion on the next push, so the server keeps one revision.
 */
export interface SyncRevision {
	docId: string;
	path: RevisionPath;
	/** Leaves of other branches seen on the server, with the version vector of their record. */
	otherLeaves: Array<{ path: RevisionPath; vv?: Record<string, number> }>;
}

export interface SyncStateRecord {
	key: string;
	value: unknown;
}
