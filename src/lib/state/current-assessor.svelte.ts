import { getChosenAssessor, setChosenAssessor } from '$lib/db/settings.repo';
import { hasPin, verifyPin } from '$lib/db/pin.repo';
import { PIN_LOCKOUT_MS, PIN_MAX_ATTEMPTS, PIN_MESSAGES, type AssessorChoice } from '$lib/engine/identity/pin';

export type { AssessorChoice };

/** Where the choice is kept: device-local settings in the app, a map in tests. */
export interface ChosenAssessorStorage {
	get(sessionId: string): Promise<string | undefined>;
	set(sessionId: string, assessorId: string | undefined): Promise<void>;
}

/** Personal PINs on this tablet (db/pin.repo.ts in the app). */
export interface PinCheck {
	has(assessorId: string): Promise<boolean>;
	verify(assessorId: string, pin: string): Promise<boolean>;
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
	readonly #pins: PinCheck | undefined;
	readonly #now: () => number;
	/** Wrong PINs in a row per assessor, and since when the tablet waits. */
	#failures = new Map<string, { count: number; lockedAt?: number }>();

	constructor(storage: ChosenAssessorStorage, pins?: PinCheck, now: () => number = Date.now) {
		this.#storage = storage;
		this.#pins = pins;
		this.#now = now;
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

	/**
	 * Chooses who uses this tablet in `sessionId`: the one way screens change it. A name protected by a PIN is
	 * taken only with that PIN; after PIN_MAX_ATTEMPTS wrong ones in a row the tablet waits PIN_LOCKOUT_MS.
	 * Choosing nobody, or the one already chosen, needs no PIN.
	 */
	async choose(sessionId: string, assessorId: string | undefined, options: { pin?: string; name?: string } = {}): Promise<AssessorChoice> {
		if (assessorId && assessorId !== this.chosenIn(sessionId) && this.#pins && (await this.#pins.has(assessorId))) {
			const failures = this.#failures.get(assessorId) ?? { count: 0 };
			const waited = failures.lockedAt === undefined ? Infinity : this.#now() - failures.lockedAt;
			if (waited < PIN_LOCKOUT_MS) return { ok: false, pin: 'locked', message: PIN_MESSAGES.lockedOut(Math.ceil((PIN_LOCKOUT_MS - waited) / 1000)) };
			if (!options.pin) return { ok: false, pin: 'needed', message: PIN_MESSAGES.needed(options.name ?? 'Deze assessor') };
			if (!(await this.#pins.verify(assessorId, options.pin))) {
				const count = failures.lockedAt === undefined ? failures.count + 1 : 1;
				this.#failures.set(assessorId, count >= PIN_MAX_ATTEMPTS ? { count, lockedAt: this.#now() } : { count });
				return count >= PIN_MAX_ATTEMPTS
					? { ok: false, pin: 'locked', message: PIN_MESSAGES.lockedOut(Math.ceil(PIN_LOCKOUT_MS / 1000)) }
					: { ok: false, pin: 'wrong', message: PIN_MESSAGES.wrong };
			}
			this.#failures.delete(assessorId);
		}
		await this.set(sessionId, assessorId);
		return { ok: true };
	}

	/** Stores the choice without asking anything: for nobody, and for code that already checked (tests, set-up). */
	async set(sessionId: string, assessorId: string | undefined): Promise<void> {
		if (!sessionId) return;
		// Stored first, shown after: a screen never shows a choice that a navigation right after could still lose.
		await this.#storage.set(sessionId, assessorId);
		this.#chosen[sessionId] = assessorId ?? null;
	}
}

export const currentAssessors = new CurrentAssessors({ get: getChosenAssessor, set: setChosenAssessor }, { has: hasPin, verify: verifyPin });
