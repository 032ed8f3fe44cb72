import { z } from '$lib/engine/common/zod-nl';
import { getDb } from '../db';
import { CouchClient, type FetchLike } from './couch-client';
import { SyncError, problemOf, problemOfStatus } from './errors';
import { Replicator, type SyncStatus } from './replicator';

/**
 * Where this tablet syncs to, kept in its device-local settings (never in a backup or bundle). No
 * password: the login gives the browser a CouchDB session cookie, and that is all it keeps.
 */
export const SyncConfig = z.object({
	/** Path or address of the CouchDB server, on the app's own origin (for instance /couchdb). */
	server: z.string().min(1).max(500),
	database: z.string().min(1).max(200),
	user: z.string().min(1).max(200),
	/** Whether live sync was on when the app last ran. */
	live: z.boolean()
});
export type SyncConfig = z.infer<typeof SyncConfig>;

const CONFIG_KEY = 'syncConfig';

export async function loadSyncConfig(): Promise<SyncConfig | undefined> {
	const record = await getDb().settings.get(CONFIG_KEY);
	const parsed = SyncConfig.safeParse(record?.value);
	return parsed.success ? parsed.data : undefined;
}

export async function saveSyncConfig(config: SyncConfig): Promise<void> {
	await getDb().settings.put({ key: CONFIG_KEY, value: SyncConfig.parse(config) });
}

/** CouchDB database names: lower-case letter first, then lower-case letters, digits and _$()+-/. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+\-/]*$/;

/**
 * The server's base URL, or an 'address' SyncError. The app's content security policy lets it talk to
 * its own origin only (connect-src 'self'), so the organisation serves CouchDB behind the same host, for
 * instance at /couchdb: an address on another host is refused here, before any request is made.
 */
export function serverUrlOf(server: string, origin: string): string {
	let url: URL;
	try {
		url = new URL(server.trim(), origin);
	} catch {
		throw new SyncError('address', server);
	}
	if (url.origin !== new URL(origin).origin || url.username || url.password || url.search || url.hash) throw new SyncError('address', server);
	return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function databaseUrlOf(config: Pick<SyncConfig, 'server' | 'database'>, origin: string): string {
	const name = config.database.trim();
	if (!DATABASE_NAME.test(name)) throw new SyncError('address', name);
	return `${serverUrlOf(config.server, origin)}/${encodeURIComponent(name)}`;
}

/** Logs in at the server's `_session`: the answer sets the session cookie; the password goes nowhere else. */
export async function logIn(serverUrl: string, name: string, password: string, fetchFn: FetchLike = fetch): Promise<void> {
	let response: Response;
	try {
		response = await fetchFn(`${serverUrl}/_session`, {
			method: 'POST',
			credentials: 'include',
			headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
			body: JSON.stringify({ name, password })
		});
	} catch (error) {
		throw new SyncError(problemOf(error), String(error));
	}
	// No _session here means no CouchDB at this address (a 404 would otherwise read as a missing database).
	if (response.status === 404) throw new SyncError('address', '/_session: 404');
	if (!response.ok) throw new SyncError(problemOfStatus(response.status), `/_session: ${response.status}`);
}

/** Ends the server session (the cookie); a server that cannot be reached is no reason to keep the screen waiting. */
export async function logOut(serverUrl: string, fetchFn: FetchLike = fetch): Promise<void> {
	try {
		await fetchFn(`${serverUrl}/_session`, { method: 'DELETE', credentials: 'include' });
	} catch {
		// The cookie expires on its own.
	}
}

export function replicatorFor(dbUrl: string, onStatus: (status: SyncStatus) => void): Replicator {
	return new Replicator(getDb(), new CouchClient(dbUrl), { onStatus });
}
