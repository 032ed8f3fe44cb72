import { isRefused } from '$lib/engine/common/result';
import { userMessage } from '$lib/engine/common/user-message-error';
import { describeError } from './error-text';

/**
 * Busy, problem and done message of one action a person starts (make a backup, export, save a PIN), so every
 * screen handles them the same way: a second tap while it runs does nothing, a refusal shows its Dutch problems,
 * a failure shows the message written for people or the screen's own Dutch sentence (the error itself goes to
 * the console), and success shows what happened.
 */
export class Task {
	#busy = $state(false);
	#problem = $state('');
	#done = $state('');

	get busy(): boolean {
		return this.#busy;
	}
	/** What went wrong, in Dutch; empty when nothing did. */
	get problem(): string {
		return this.#problem;
	}
	/** What the last run did, in Dutch; empty before or after a problem. */
	get done(): string {
		return this.#done;
	}

	/**
	 * Runs `work` unless a run is under way. A result refused with problems ({ ok: false, problems }) shows them;
	 * `succeeded` turns any other value into the done message. Resolves with the value, or undefined when the run
	 * did not start, failed or was refused.
	 */
	async run<T>(work: () => Promise<T>, failed: string, succeeded?: (value: T) => string): Promise<T | undefined> {
		if (this.#busy) return undefined;
		this.#busy = true;
		this.#problem = '';
		this.#done = '';
		try {
			const value = await work();
			if (isRefused(value)) {
				this.#problem = value.problems.join(' ');
				return undefined;
			}
			this.#done = succeeded?.(value) ?? '';
			return value;
		} catch (error) {
			console.error(describeError(error), error);
			this.#problem = userMessage(error, failed);
			return undefined;
		} finally {
			this.#busy = false;
		}
	}

	/** A problem found before anything ran (an empty field, two PINs that differ). */
	refuse(problem: string): void {
		this.#problem = problem;
		this.#done = '';
	}

	clear(): void {
		this.#problem = '';
		this.#done = '';
	}
}
