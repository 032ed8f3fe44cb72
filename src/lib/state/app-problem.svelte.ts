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
