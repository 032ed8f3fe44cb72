import type { WakkerDatabase } from '../db';
import { nowIso } from '../record-meta';
import type { CouchClient } from './couch-client';
import { LONGPOLL_TIMEOUT_MS } from './couch-client';
import { deviceIdOf } from './device';
import { isTransient, problemOf, SYNC_MESSAGES, type SyncProblem } from './errors';
import { countPendingRecords, onOutboxChange } from './outbox-middleware';
import { pullBatch } from './pull';
import { countRefused, push } from './push';
import { seedOutbox } from './seed';

export type SyncPhase = 'syncing' | 'live' | 'retrying' | 'stopped' | 'failed';

export interface SyncStatus {
	phase: SyncPhase;
	lastSyncAt?: string;
	/** Changes on this tablet not yet on the server. */
	pending: number;
	/** Open conflicts waiting for a person. */
	conflicts: number;
	/** Records whose change on this tablet the server's write rules refused (kept here, not sent). */
	refused?: number;
	problem?: SyncProblem;
	message?: string;
}

export interface ReplicatorOptions {
	onStatus?: (status: SyncStatus) => void;
	/** First wait after a failure, doubled after each further one up to `maxBackoffMs`. */
	initialBackoffMs?: number;
	maxBackoffMs?: number;
}

const LAST_SYNC_KEY = 'lastSyncAt';

/**
 * One tablet's replication with one server database, both ways. `syncOnce` sends and fetches until both
 * sides are even; `start` keeps doing that while running: it waits on the server's longpoll feed (ended
 * by the client itself after a while, since not every server honours `timeout`) and cuts the wait short
 * when something changes here; when the server cannot be reached it tries again later, waiting longer
 * each time. A refused login or missing access stops it with a message: retrying would not help.
 */
export class Replicator {
	#running?: AbortController;
	#loop?: Promise<void>;
	#wake?: () => void;
	#status: SyncStatus = { phase: 'stopped', pending: 0, conflicts: 0 };

	constructor(
		readonly db: WakkerDatabase,
		readonly client: CouchClient,
		private readonly options: ReplicatorOptions = {}
	) {}

	get status(): SyncStatus {
		return this.#status;
	}

	/** Sends everything waiting and fetches everything new, once. Throws a SyncError when it cannot. */
	async syncOnce(signal?: AbortSignal): Promise<void> {
		const replicationId = `wakker-${await deviceIdOf(this.db)}`;
		await seedOutbox(this.db, this.client.dbUrl);
		await push(this.db, this.client, signal);
		for (;;) {
			signal?.throwIfAborted();
			const { caughtUp } = await pullBatch(this.db, this.client, replicationId, signal ? { signal } : {});
			if (caughtUp) break;
		}
		// What the pull found this tablet must close or resend (a branch it has seen past) goes out now.
		await push(this.db, this.client, signal);
		const at = nowIso();
		await this.db.syncState.put({ key: LAST_SYNC_KEY, value: at });
	}

	start(): void {
		if (this.#running) return;
		const running = new AbortController();
		this.#running = running;
		this.#loop = this.#run(running.signal);
	}

	async stop(): Promise<void> {
		this.#running?.abort();
		this.#wake?.();
		await this.#loop;
		this.#running = undefined;
		this.#loop = undefined;
		await this.#report({ phase: 'stopped' });
	}

	/** Try now instead of at the end of the current wait (the network came back, a person asked). */
	nudge(): void {
		this.#wake?.();
	}

	async #run(signal: AbortSignal): Promise<void> {
		let backoff = this.options.initialBackoffMs ?? 1_000;
		while (!signal.aborted) {
			try {
				await this.#report({ phase: 'syncing' });
				await this.syncOnce(signal);
				backoff = this.options.initialBackoffMs ?? 1_000;
				await this.#report({ phase: 'live' });
				await this.#waitForChange(signal);
			} catch (error) {
				if (signal.aborted) break;
				const problem = problemOf(error);
				if (!isTransient(problem) && problem !== 'storage-full') {
					await this.#report({ phase: 'failed', problem, message: SYNC_MESSAGES[problem] });
					this.#running = undefined;
					return;
				}
				await this.#report({ phase: 'retrying', problem, message: SYNC_MESSAGES[problem] });
				await this.#sleep(backoff, signal);
				backoff = Math.min(backoff * 2, this.options.maxBackoffMs ?? 60_000);
			}
		}
	}

	/** Waits on the server's longpoll feed (applying what it brings) until a change on either side or a timeout. */
	async #waitForChange(signal: AbortSignal): Promise<void> {
		const wait = new AbortController();
		const end = () => wait.abort();
		signal.addEventListener('abort', end);
		const unsubscribe = onOutboxChange(this.db, end);
		this.#wake = end;
		const timer = setTimeout(end, LONGPOLL_TIMEOUT_MS + 5_000);
		try {
			const replicationId = `wakker-${await deviceIdOf(this.db)}`;
			await pullBatch(this.db, this.client, replicationId, { longpoll: true, signal: wait.signal });
		} catch (error) {
			if (!wait.signal.aborted) throw error;
		} finally {
			clearTimeout(timer);
			unsubscribe();
			signal.removeEventListener('abort', end);
			this.#wake = undefined;
		}
	}

	#sleep(ms: number, signal: AbortSignal): Promise<void> {
		return new Promise((resolve) => {
			const done = () => {
				clearTimeout(timer);
				signal.removeEventListener('abort', done);
				this.#wake = undefined;
				resolve();
			};
			const timer = setTimeout(done, ms);
			signal.addEventListener('abort', done);
			this.#wake = done;
		});
	}

	async #report(change: Pick<SyncStatus, 'phase'> & Partial<SyncStatus>): Promise<void> {
		const [pending, conflicts, last, refused] = await Promise.all([countPendingRecords(this.db), this.db.conflicts.count(), this.db.syncState.get(LAST_SYNC_KEY), countRefused(this.db)]);
		this.#status = {
			pending,
			conflicts,
			...(typeof last?.value === 'string' ? { lastSyncAt: last.value } : {}),
			// A refusal is news while syncing goes on; a failure's own message comes first.
			...(refused > 0 ? { refused, problem: 'refused' as const, message: SYNC_MESSAGES.refused } : {}),
			...change
		};
		this.options.onStatus?.(this.#status);
	}
}
