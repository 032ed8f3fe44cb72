/** Typed text is saved at most this long after the last keystroke (and at once on page hide). */
export const AUTOSAVE_DELAY_MS = 250;

export interface DebouncedSaver<T> {
	/** Remember the latest value and save it after the delay. */
	schedule(value: T): void;
	/** Save a pending value now (blur, page hide, leaving the screen). */
	flush(): Promise<void>;
	/** Whether a value waits to be saved. */
	readonly pending: boolean;
}

/** Collapses bursts of keystrokes into one save, never dropping the last value. */
export function createDebouncedSaver<T>(save: (value: T) => Promise<unknown>, delayMs = AUTOSAVE_DELAY_MS): DebouncedSaver<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let waiting: { value: T } | undefined;
	async function flush(): Promise<void> {
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
		const next = waiting;
		waiting = undefined;
		if (next) await save(next.value);
	}
	return {
		schedule(value: T) {
			waiting = { value };
			if (timer !== undefined) clearTimeout(timer);
			timer = setTimeout(() => void flush(), delayMs);
		},
		flush,
		get pending() {
			return waiting !== undefined;
		}
	};
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
