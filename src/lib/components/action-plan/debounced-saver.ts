import { handleError } from '$lib/state/app-problem.svelte';

/** Typed text is saved at most this long after a keystroke, also while typing goes on (and at once on page hide). */
export const AUTOSAVE_DELAY_MS = 250;

/** Prefix of the drafts kept in localStorage while a save is pending (same device, same origin). */
const DRAFT_PREFIX = 'wakker:concept:';

export interface DebouncedSaver<T> {
	/** Remember the latest value and save it after the delay. */
	schedule(value: T): void;
	/** Save a pending value now (blur, page hide, leaving the screen). */
	flush(): Promise<void>;
	/** Whether a value waits to be saved. */
	readonly pending: boolean;
}

/**
 * Collapses bursts of keystrokes into one save per `delayMs`, never dropping the last value: the first keystroke
 * starts the clock and later ones only replace the value, so continuous typing is saved every `delayMs` rather
 * than after the typist pauses. With a `draftKey`, the
 * text is also written synchronously to localStorage on every keystroke and removed once stored in the
 * database: IndexedDB writes started in `pagehide` may never finish when a page is torn down, a
 * synchronous localStorage write always does, and `readDraft` brings the text back on the next visit.
 */
export function createDebouncedSaver<T>(save: (value: T) => Promise<unknown>, delayMs = AUTOSAVE_DELAY_MS, draftKey?: string): DebouncedSaver<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let waiting: { value: T } | undefined;
	async function flush(): Promise<void> {
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
		const next = waiting;
		waiting = undefined;
		if (!next) return;
		await save(next.value);
		if (draftKey && !waiting) removeDraft(draftKey);
	}
	return {
		schedule(value: T) {
			waiting = { value };
			if (draftKey) writeDraft(draftKey, value);
			timer ??= setTimeout(() => handleError(flush()), delayMs);
		},
		flush,
		get pending() {
			return waiting !== undefined;
		}
	};
}

function storage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

export function writeDraft(key: string, value: unknown): void {
	try {
		storage()?.setItem(DRAFT_PREFIX + key, JSON.stringify(value));
	} catch {
		// Storage full or blocked: the database save still follows.
	}
}

export function removeDraft(key: string): void {
	storage()?.removeItem(DRAFT_PREFIX + key);
}

/** A draft left by a page that was closed before its text reached the database. */
export function readDraft<T>(key: string): T | undefined {
	const raw = storage()?.getItem(DRAFT_PREFIX + key);
	if (raw == null) return undefined;
	try {
		return JSON.parse(raw) as T;
	} catch {
		return undefined;
	}
}

/** Runs `flush` when the page is hidden or left (tablet locked, tab switched, app closed). */
export function flushOnPageHide(flush: () => unknown): () => void {
	const onHide = () => void flush();
	const onVisibility = () => {
		if (document.visibilityState === 'hidden') void flush();
	};
	window.addEventListener('pagehide', onHide);
	document.addEventListener('visibilitychange', onVisibility);
	return () => {
		window.removeEventListener('pagehide', onHide);
		document.removeEventListener('visibilitychange', onVisibility);
	};
}
