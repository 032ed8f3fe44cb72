import { CouchClient, databaseUrlOf, loadSyncConfig, logIn, logOut, replicatorFor, saveSyncConfig, serverUrlOf } from '$lib/db/sync';
import { handleError } from './app-problem.svelte';
import { SyncSettings } from './sync-settings.svelte';

/**
 * The tablet's one sync controller, for the app's lifetime: the root layout loads it when the database is
 * open (so live sync resumes on every page after a reload), and the Synchronisatie screen shows and steers it.
 */
export const appSync = new SyncSettings({
	origin: location.origin,
	loadConfig: loadSyncConfig,
	saveConfig: saveSyncConfig,
	databaseUrl: (config) => databaseUrlOf(config, location.origin),
	serverUrl: (config) => serverUrlOf(config.server, location.origin),
	logIn: (serverUrl, user, password) => logIn(serverUrl, user, password),
	logOut: (serverUrl) => logOut(serverUrl),
	check: async (dbUrl) => {
		await new CouchClient(dbUrl).info();
	},
	replicator: replicatorFor
});

/** Starts the stored sync (if any) and nudges it whenever the network comes back; returns the clean-up. */
export function startAppSync(): () => void {
	handleError(appSync.load());
	const online = () => appSync.online();
	window.addEventListener('online', online);
	return () => window.removeEventListener('online', online);
}
