import { describeError } from './error-text';

/**
 * The one place a failure nobody awaited ends up: a save, a load or a click handler whose promise rejects.
 * The root layout shows the message above the page; the page itself stays, so nothing typed is thrown away.
 */

/** Shown when the failing call gave no message of its own. */
export const DEFAULT_PROBLEM = 'Er ging iets mis. Wat al bewaard was, blijft bewaard; probeer het opnieuw of herlaad de pagina.';

class AppProblem {
	#message = $state<string | undefined>(undefined);

	/** The Dutch message to show, or undefined when all is well. */
	get message(): string | undefined {
		return this.#message;
	}

	/** Shows a Dutch message for a failure; the error itself goes to the console for whoever investigates. */
	show(error: unknown, message: string = DEFAULT_PROBLEM): void {
		// The text first: WebKit's stack leaves the message out, and the console would show only frames.
		console.error(describeError(error), error);
		this.#message = message;
	}

	dismiss(): void {
		this.#message = undefined;
	}
}

export const appProblem = new AppProblem();

/**
 * Runs a promise nobody waits for (an event handler, an effect, a debounce timer) and shows a Dutch message when
 * it fails, instead of dropping the failure silently.
 */
export function handleError(promise: Promise<unknown> | undefined, message?: string): void {
	promise?.catch((error: unknown) => appProblem.show(error, message));
}

/**
 * What no code path caught: a promise rejected with nobody awaiting it, or an exception thrown in an event handler.
 * The page stays and shows the general Dutch message. An error event without an error object (a script that did not
 * load, Chromium's "ResizeObserver loop" notice) is no failure of ours and shows nothing. Returns how to stop.
 */
export function watchUncaughtFailures(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
	const onRejection = (event: PromiseRejectionEvent) => appProblem.show(event.reason);
	const onError = (event: ErrorEvent) => {
		if (event.error !== undefined && event.error !== null) appProblem.show(event.error);
	};
	target.addEventListener('unhandledrejection', onRejection);
	target.addEventListener('error', onError);
	return () => {
		target.removeEventListener('unhandledrejection', onRejection);
		target.removeEventListener('error', onError);
	};
}
