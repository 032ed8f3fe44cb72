import { SYNC_MESSAGES, SyncError, problemOf, type SyncConfig, type SyncStatus } from '$lib/db/sync';
import { describeError } from './error-text';

/** What the sync screen needs from storage and the network; the page passes the real one, tests a fake. */
export interface SyncBackend {
	origin: string;
	loadConfig(): Promise<SyncConfig | undefined>;
	saveConfig(config: SyncConfig): Promise<void>;
	/** The database URL for a configuration; throws an 'address' SyncError. */
	databaseUrl(config: SyncConfig): string;
	serverUrl(config: SyncConfig): string;
	logIn(serverUrl: string, user: string, password: string): Promise<void>;
	logOut(serverUrl: string): Promise<void>;
	/** Checks the address and the access with the session just made (the database's info). */
	check(dbUrl: string): Promise<void>;
	replicator(dbUrl: string, onStatus: (status: SyncStatus) => void): { start(): void; stop(): Promise<void>; nudge(): void; syncOnce(): Promise<void> };
}

export type SyncForm = Omit<SyncConfig, 'live'>;

/**
 * The Synchronisatie screen's state: the server this tablet syncs with, whether live sync runs, and its
 * status in words a person can act on. Any failure becomes one of the Dutch sync messages.
 */
export class SyncSettings {
	config = $state<SyncConfig | undefined>();
	status = $state<SyncStatus | undefined>();
	/** The outcome of the last action (test, start, stop), or undefined. */
	notice = $state<{ kind: 'ok' | 'error'; text: string } | undefined>();
	busy = $state(false);
	#replicator = $state.raw<ReturnType<SyncBackend["replicator"]> | undefined>();

	constructor(private readonly backend: SyncBackend) {}

	get live(): boolean {
		return this.#replicator !== undefined;
	}

	/**
	 * Reads the stored set-up once the app opens. A tablet that was syncing keeps syncing after a reload or a
	 * restart, without anyone visiting this screen: live sync is a promise made once, not per visit.
	 */
	async load(): Promise<void> {
		if (this.#loaded) return;
		this.#loaded = true;
		this.config = await this.backend.loadConfig();
		if (this.config?.live && !this.#replicator) this.#run(this.config);
	}
	#loaded = false;

	/** Logs in, checks the database and remembers the address and user (never the password). */
	async connect(form: SyncForm, password: string): Promise<boolean> {
		return this.#act(async () => {
			const config: SyncConfig = { ...form, live: this.config?.live ?? false };
			const dbUrl = this.backend.databaseUrl(config);
			await this.backend.logIn(this.backend.serverUrl(config), form.user.trim(), password);
			await this.backend.check(dbUrl);
			await this.backend.saveConfig(config);
			this.config = config;
			this.notice = { kind: 'ok', text: 'Verbinding gelukt: deze tablet kan synchroniseren met de server.' };
		});
	}

	async start(): Promise<boolean> {
		const config = this.config;
		if (!config || this.#replicator) return false;
		return this.#act(async () => {
			this.#run(config);
			await this.#remember({ ...config, live: true });
			this.notice = { kind: 'ok', text: 'Synchroniseren staat aan.' };
		});
	}

	async stop(): Promise<boolean> {
		const replicator = this.#replicator;
		return this.#act(async () => {
			this.#replicator = undefined;
			await replicator?.stop();
			if (this.config) await this.#remember({ ...this.config, live: false });
			this.notice = { kind: 'ok', text: 'Synchroniseren staat uit. Je werk blijft op deze tablet.' };
		});
	}

	/** Stops syncing and ends the server session; the address stays filled in. */
	async logOut(): Promise<boolean> {
		const config = this.config;
		const stopped = await this.stop();
		if (config) await this.backend.logOut(this.backend.serverUrl(config));
		return stopped;
	}

	/** The network came back: try now rather than at the end of the current wait. */
	online(): void {
		this.#replicator?.nudge();
	}

	#run(config: SyncConfig): void {
		const replicator = this.backend.replicator(this.backend.databaseUrl(config), (status) => {
			this.status = status;
			if (status.phase === 'failed') this.#replicator = undefined;
		});
		this.#replicator = replicator;
		replicator.start();
	}

	async #remember(config: SyncConfig): Promise<void> {
		await this.backend.saveConfig(config);
		this.config = config;
	}

	async #act(action: () => Promise<void>): Promise<boolean> {
		this.busy = true;
		this.notice = undefined;
		try {
			await action();
			return true;
		} catch (error) {
			if (!(error instanceof SyncError)) console.error(describeError(error), error);
			this.notice = { kind: 'error', text: SYNC_MESSAGES[problemOf(error)] };
			return false;
		} finally {
			this.busy = false;
		}
	}
}
