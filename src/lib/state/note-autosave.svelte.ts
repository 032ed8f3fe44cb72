/**
 * Autosave of one note while it is typed. The first keystroke creates the note (its `observedAt` is
 * that moment); later keystrokes are written after a short pause, and at once on `flush()` (page hide,
 * switching candidate, finishing the note). Writes are chained so they land in order; typing is never
 * blocked by a write.
 */

import { NOTE_SAVE_DEBOUNCE_MS } from './note-autosave-timing';

export { NOTE_SAVE_DEBOUNCE_MS };

export interface NoteStore {
	create(text: string, observedAt: string): Promise<string | undefined>;
	save(id: string, text: string): Promise<boolean>;
}

export type SaveStatus = 'leeg' | 'bewaren' | 'bewaard' | 'fout';

export class NoteAutosave {
	text = $state('');
	status = $state<SaveStatus>('leeg');
	#id = $state<string | undefined>(undefined);
	#store: NoteStore;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#chain: Promise<unknown> = Promise.resolve();
	#savedText = '';
	#creating = false;

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
		if (!this.#id && !this.#creating) {
			if (text === '') return;
			this.#creating = true;
			this.status = 'bewaren';
			const observedAt = new Date().toISOString();
			this.#enqueue(async () => {
				const id = await this.#store.create(this.text, observedAt);
				this.#creating = false;
				if (!id) return void (this.status = 'fout');
				this.#id = id;
				this.#savedText = this.text;
				await this.#writeLatest();
			});
			return;
		}
		this.status = 'bewaren';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), NOTE_SAVE_DEBOUNCE_MS);
	}

	/** Writes what is typed now; resolves when it is stored. */
	flush(): Promise<unknown> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		return this.#enqueue(() => this.#writeLatest());
	}

	async #writeLatest(): Promise<void> {
		if (!this.#id) return;
		const text = this.text;
		if (text !== this.#savedText) {
			const ok = await this.#store.save(this.#id, text);
			if (!ok) return void (this.status = 'fout');
			this.#savedText = text;
		}
		if (this.text === this.#savedText && !this.#timer) this.status = 'bewaard';
	}

	#enqueue(work: () => Promise<void>): Promise<unknown> {
		this.#chain = this.#chain.then(work, work);
		return this.#chain;
	}
}
