/**
 * Autosave of one note while it is typed, write-through: every change is written as soon as the previous write
 * has committed. At most one write is in flight and it always carries the latest text, so the time from a
 * keystroke to its text being in IndexedDB is bounded by one write (plus the one already under way), however fast
 * someone types. A pause-based debounce would keep continuous typing in memory only (bench/observe.bench.ts
 * measures keystroke → committed). The first keystroke with more than spaces creates the note (its `observedAt`
 * is that moment). Typing is never blocked by a write.
 *
 * A failed write (storage full, a refused or broken write) never touches `text`: the editor keeps showing it,
 * `failure` says why, and the next input, `retry()` or `flush()` tries again with the latest text.
 */

import { isQuotaExceeded } from '$lib/db/quota';
import { handleError } from './app-problem.svelte';

/** Where a note is written. `create` gives the new id (undefined when refused); `save` false when refused. Both may throw. */
export interface NoteStore {
	create(text: string, observedAt: string): Promise<string | undefined>;
	save(id: string, text: string): Promise<boolean>;
}

export type SaveStatus = 'leeg' | 'bewaren' | 'bewaard' | 'fout';
/** Why the last write failed: storage full, the text was refused (too long, invalid), or another error. */
export type SaveFailure = 'vol' | 'geweigerd' | 'onbekend';

export class NoteAutosave {
	text = $state('');
	status = $state<SaveStatus>('leeg');
	/** Set while the latest text is not stored because a write failed; cleared by the next successful write. */
	failure = $state<SaveFailure | undefined>(undefined);
	#id = $state<string | undefined>(undefined);
	#store: NoteStore;
	/** The write loop while it runs: ends when the stored text is the latest text, or a write of it failed. */
	#writing: Promise<void> | undefined;
	#savedText = '';
	/** The first keystroke, kept when creating the note has to be retried. */
	#observedAt: string | undefined;

	constructor(store: NoteStore, existing?: { id: string; text: string }) {
		this.#store = store;
		if (existing) {
			this.#id = existing.id;
			this.text = existing.text;
			this.#savedText = existing.text;
			this.status = 'bewaard';
		}
	}

	get id(): string | undefined {
		return this.#id;
	}

	/** Call on every input event with the textarea's value. */
	input(text: string): void {
		this.text = text;
		// Only spaces are not a note yet: nothing is stored, so no empty record travels in bundles (see flush).
		if (!this.#id && !isBlank(text)) this.#observedAt ??= new Date().toISOString();
		handleError(this.flush());
	}

	/** Writes what is typed now; resolves (never rejects) when it is stored or has failed (see `failure`). */
	flush(): Promise<void> {
		if (this.#writing) return this.#writing;
		if (!this.#hasUnsavedText()) {
			// Back to what is stored (or to nothing): whatever failed before no longer matters.
			this.failure = undefined;
			this.status = this.#id ? 'bewaard' : 'leeg';
			return Promise.resolve();
		}
		this.status = 'bewaren';
		this.#writing = this.#writeUntilStored();
		return this.#writing;
	}

	/** Tries the failed write again now (the notice's retry button). */
	retry(): Promise<void> {
		return this.flush();
	}

	#hasUnsavedText(): boolean {
		return this.#id ? this.text !== this.#savedText : !isBlank(this.text);
	}

	/**
	 * Writes the latest text until it is stored. A failed text is not tried again in a loop; newer text typed while
	 * it failed is (the next keystroke retries). Runs to its end without a pause after its last write, so `#writing`
	 * is cleared in the same turn as the last check and an input can never find a finished loop still set.
	 */
	async #writeUntilStored(): Promise<void> {
		let failedText: string | undefined;
		try {
			while (this.#hasUnsavedText() && this.text !== failedText) {
				const text = this.text;
				const failure = await this.#write(text);
				if (failure) {
					failedText = text;
					this.failure = failure;
					this.status = 'fout';
				} else {
					this.failure = undefined;
					this.status = this.#hasUnsavedText() ? 'bewaren' : 'bewaard';
				}
			}
		} finally {
			this.#writing = undefined;
		}
	}

	/** One write of `text`: creates the note first when it has no id yet. Returns why it failed, if it did. */
	async #write(text: string): Promise<SaveFailure | undefined> {
		try {
			if (!this.#id) {
				this.#observedAt ??= new Date().toISOString();
				const id = await this.#store.create(text, this.#observedAt);
				if (!id) return 'geweigerd';
				this.#id = id;
			} else if (!(await this.#store.save(this.#id, text))) {
				return 'geweigerd';
			}
			this.#savedText = text;
			return undefined;
		} catch (error) {
			return isQuotaExceeded(error) ? 'vol' : 'onbekend';
		}
	}
}

function isBlank(text: string): boolean {
	return text.trim() === '';
}
