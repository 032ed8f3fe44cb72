import { getChosenAssessor, setChosenAssessor } from '$lib/db/settings.repo';

/** Where the choice is kept: device-local settings in the app, a map in tests. */
export interface ChosenAssessorStorage {
	get(sessionId: string): Promise<string | undefined>;
	set(sessionId: string, assessorId: string | undefined): Promise<void>;
}

/**
 * Who uses this tablet, per assessment-center ("Ik ben: …"): everything they write there carries this id
 * as `authorId`, and the blind rule shows them only what they may see. Remembered per session, because the
 * lead of one assessment-center is an assessor in the next and a shared tablet moves between them. Every
 * session page reads it from here, so the overview, the WAKKER steps, the consensus, the dashboard, the
 * reports and a PDP started from them all act as the same person.
 */
export class CurrentAssessors {
	/** Per session: the chosen id, `null` when nobody is chosen; a missing key means not read yet. */
	#chosen = $state<Record<string, string | null>>({});
	#loading = new Map<string, Promise<void>>();
	readonly #storage: ChosenAssessorStorage;

	constructor(storage: ChosenAssessorStorage) {
		this.#storage = storage;
	}

	/** Whether the stored choice for `sessionId` was read (before that, screens wait rather than ask). */
	isLoaded(sessionId: string): boolean {
		return sessionId in this.#chosen;
	}

	/** The chosen id as stored for `sessionId`, whether or not that person is still one of its assessors. */
	chosenIn(sessionId: string): string | undefined {
		return this.#chosen[sessionId] ?? undefined;
	}

	/**
	 * The one using the tablet in this session: the stored choice, but only while they are one of the
	 * session's assessors (someone removed from the session acts as nobody there).
	 */
	idIn(sessionId: string, assessorIds: readonly string[] | undefined): string | undefined {
		const id = this.chosenIn(sessionId);
		return id && assessorIds?.includes(id) ? id : undefined;
	}

	load(sessionId: string): Promise<void> {
		if (!sessionId) return Promise.resolve();
		let loading = this.#loading.get(sessionId);
		if (!loading) {
			loading = this.#storage.get(sessionId).then(
				(id) => {
					// A choice made while the stored one was being read wins: it is the newer one.
					if (!(sessionId in this.#chosen)) this.#chosen[sessionId] = id ?? null;
				},
				(error: unknown) => {
					this.#loading.delete(sessionId);
					throw error;
				}
			);
			this.#loading.set(sessionId, loading);
		}
		return loading;
	}

	/** The stored choice for `sessionId` (read if needed): for actions outside a rendered page. */
	async read(sessionId: string): Promise<string | undefined> {
		await this.load(sessionId);
		return this.chosenIn(sessionId);
	}

	async set(sessionId: string, assessorId: string | undefined): Promise<void> {
		if (!sessionId) return;
		this.#chosen[sessionId] = assessorId ?? null;
		await this.#storage.set(sessionId, assessorId);
	}
}

export const currentAssessors = new CurrentAssessors({ get: getChosenAssessor, set: setChosenAssessor });
