import { SyncError, problemOf, problemOfStatus } from './errors';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface ChangesResult {
	results: Array<{ id: string; seq: unknown; changes: Array<{ rev: string }>; deleted?: boolean }>;
	last_seq: unknown;
}

export interface ServerDoc {
	_id: string;
	_rev: string;
	_deleted?: boolean;
	_revisions?: { start: number; ids: string[] };
	[field: string]: unknown;
}

/** A revision the server's write rules refused, with the server's reason (for the log). */
export interface RefusedWrite {
	id: string;
	rev?: string;
	reason: string;
}

/**
 * The few CouchDB endpoints the replication protocol needs, on one database. Credentials travel as the
 * browser's session cookie (same origin) or, in tests and scripts, as a header: never stored here.
 */
export class CouchClient {
	constructor(
		readonly dbUrl: string,
		private readonly options: { fetch?: FetchLike; headers?: Record<string, string> } = {}
	) {}

	private async request<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
		const { json, ...rest } = init;
		const headers: Record<string, string> = { Accept: 'application/json', ...this.options.headers };
		if (json !== undefined) headers['Content-Type'] = 'application/json';
		let response: Response;
		try {
			response = await (this.options.fetch ?? fetch)(`${this.dbUrl}${path}`, {
				credentials: 'include',
				...rest,
				headers,
				...(json !== undefined ? { body: JSON.stringify(json) } : {})
			});
		} catch (error) {
			throw new SyncError(problemOf(error), String(error));
		}
		if (!response.ok) throw new SyncError(problemOfStatus(response.status), `${path}: ${response.status}`);
		try {
			return (await response.json()) as T;
		} catch (error) {
			// A proxy's HTML error page, or the connection dropped half-way through the body.
			throw new SyncError(problemOf(error) === 'unreachable' ? 'unreachable' : 'server', `${path}: ${String(error)}`);
		}
	}

	/** The database's info: also the check that the address is right and the login has access. */
	info(signal?: AbortSignal): Promise<{ db_name: string; update_seq: unknown }> {
		return this.request('', { ...(signal ? { signal } : {}) });
	}

	changes(since: unknown, options: { limit: number; longpoll?: boolean; signal?: AbortSignal }): Promise<ChangesResult> {
		const params = new URLSearchParams({ style: 'all_docs', since: typeof since === 'string' ? since : JSON.stringify(since), limit: String(options.limit) });
		if (options.longpoll) {
			params.set('feed', 'longpoll');
			params.set('timeout', String(LONGPOLL_TIMEOUT_MS));
		}
		return this.request(`/_changes?${params}`, { ...(options.signal ? { signal: options.signal } : {}) });
	}

	revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>> {
		return this.request('/_revs_diff', { method: 'POST', json: revs });
	}

	/**
	 * Writes revisions as they are (`new_edits: false`): the server grafts them into each document's tree.
	 * Revisions the server's write rules refuse (`forbidden`, from `validate_doc_update`) are returned, the
	 * others are written: one refused change does not hold back the rest. Any other error throws.
	 */
	async bulkDocs(docs: ServerDoc[]): Promise<RefusedWrite[]> {
		const result = await this.request<Array<{ id: string; rev?: string; error?: string; reason?: string }>>('/_bulk_docs', { method: 'POST', json: { docs, new_edits: false } });
		const failed = result.filter((r) => r.error);
		const refused = failed.filter((r) => r.error === 'forbidden');
		const other = failed.filter((r) => r.error !== 'forbidden');
		if (other.length > 0) {
			const unauthorized = other.some((r) => r.error === 'unauthorized');
			throw new SyncError(unauthorized ? 'no-access' : 'server', other.map((r) => `${r.id}: ${r.error} ${r.reason ?? ''}`).join('; '));
		}
		return refused.map((r) => ({ id: r.id, ...(r.rev ? { rev: r.rev } : {}), reason: r.reason ?? '' }));
	}

	/** Every leaf revision of one document with its history (`open_revs=all`), or the given ones. */
	async openRevs(docId: string, revs: string[] | 'all'): Promise<ServerDoc[]> {
		const open = revs === 'all' ? 'all' : JSON.stringify(revs);
		const result = await this.request<Array<{ ok?: ServerDoc }>>(`/${encodeURIComponent(docId)}?revs=true&latest=true&open_revs=${encodeURIComponent(open)}`);
		return result.flatMap((r) => (r.ok ? [r.ok] : []));
	}

	/** Many documents' revisions in one request; `undefined` when the server has no `_bulk_get` (CouchDB < 2.0). */
	async bulkGet(wanted: Array<{ id: string; rev: string }>): Promise<ServerDoc[] | undefined> {
		try {
			const result = await this.request<{ results: Array<{ docs: Array<{ ok?: ServerDoc }> }> }>('/_bulk_get?revs=true&latest=true', { method: 'POST', json: { docs: wanted } });
			return result.results.flatMap((r) => r.docs.flatMap((d) => (d.ok ? [d.ok] : [])));
		} catch (error) {
			if (error instanceof SyncError && error.problem === 'no-database' && error.detail.startsWith('/_bulk_get')) return undefined;
			throw error;
		}
	}

	async getLocal(id: string): Promise<Record<string, unknown> | undefined> {
		try {
			return await this.request(`/_local/${encodeURIComponent(id)}`);
		} catch (error) {
			if (error instanceof SyncError && error.problem === 'no-database') return undefined;
			throw error;
		}
	}

	async putLocal(id: string, doc: Record<string, unknown>): Promise<void> {
		const current = await this.getLocal(id);
		await this.request(`/_local/${encodeURIComponent(id)}`, { method: 'PUT', json: { ...doc, ...(current?._rev ? { _rev: current._rev } : {}) } });
	}
}

/** Asked of the server; the client also gives up after a little longer, since not every server honours it. */
export const LONGPOLL_TIMEOUT_MS = 25_000;
