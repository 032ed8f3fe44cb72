/**
 * Autosave of one note while it is typed. The first keystroke creates the note (its `observedAt` is
 * that moment); later keystrokes are written after a short pause, and at once on `flush()` (page hide,
 * switching candidate, finishing the note). Writes are chained so they land in order; typing is never
 * blocked by a write.
 *
 * A failed write (storage full, a refused or broken write) never touches `text`: the editor keeps showing
 * it, `failure` says why, and the next input, `retry()` or `flush()` tries again with the latest text.
 */

import { isQuotaExceeded } from '$lib/components/data/quota';
import { NOTE_SAVE_DEBOUNCE_MS } from './note-autosave-timing';
import { handleError } from './app-problem.svelte';

export { NOTE_SAVE_DEBOUNCE_MS };

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
	#timer: ReturnType<typeof setTimeout> | undefined;
	#chain: Promise<void> = Promise.resolve();
	#savedText = '';
	#creating = false;
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
		if (!this.#id) {
			// A create in flight writes the latest text once it has the id.
			if (this.#creating) return;
			if (text === '') {
				this.status = 'leeg';
				this.failure = undefined;
				return;
			}
			this.#observedAt ??= new Date().toISOString();
			handleError(this.flush());
			return;
		}
		this.status = 'bewaren';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => handleError(this.flush()), NOTE_SAVE_DEBOUNCE_MS);
	}

	/** Writes what is typed now; resolves (never rejects) when it is stored or has failed (see `failure`). */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (!this.#id && this.text !== '') {
			this.#creating = true;
			this.status = 'bewaren';
		}
		this.#chain = this.#chain.then(() => this.#writeLatest());
		return this.#chain;
	}

	/** Tries the failed write again now (the notice's retry button). */
	retry(): Promise<void> {
		return this.flush();
	}

	async #writeLatest(): Promise<void> {
		try {
			if (!this.#id) {
				if (this.text === '') return;
				this.#observedAt ??= new Date().toISOString();
				const created = this.text;
				const id = await this.#store.create(created, this.#observedAt);
				if (!id) return this.#fail('geweigerd');
				this.#id = id;
				this.#savedText = created;
			}
			const text = this.text;
			if (text !== this.#savedText) {
				if (!(await this.#store.save(this.#id, text))) return this.#fail('geweigerd');
				this.#savedText = text;
			}
			if (this.text === this.#savedText) this.failure = undefined;
			if (this.text === this.#savedText && !this.#timer) this.status = 'bewaard';
		} catch (error) {
			this.#fail(isQuotaExceeded(error) ? 'vol' : 'onbekend');
		} finally {
			this.#creating = false;
		}
	}

	#fail(reason: SaveFailure): void {
		this.failure = reason;
		this.status = 'fout';
	}
}
