/**
 * Calls `fn` at most once per `ms` with the latest arguments, also while calls keep coming: the first call of a
 * burst starts the clock and later calls only replace the arguments, so text typed without a pause is saved every
 * `ms` instead of waiting for the typist to stop. `flush()` runs a pending call now (page hide, leaving a screen)
 * so nothing typed is lost.
 */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): { call: (...args: A) => void; flush: () => void; cancel: () => void } {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending: A | undefined;
	const run = () => {
		timer = undefined;
		if (!pending) return;
		const args = pending;
		pending = undefined;
		fn(...args);
	};
	return {
		call: (...args: A) => {
			pending = args;
			timer ??= setTimeout(run, ms);
		},
		flush: () => {
			if (timer) clearTimeout(timer);
			run();
		},
		cancel: () => {
			if (timer) clearTimeout(timer);
			timer = undefined;
			pending = undefined;
		}
	};
}

/** Autosave delay: well under the 300 ms in which typed text must be stored. */
export const AUTOSAVE_MS = 250;
