/**
 * A failure whose message is written for the person using the app, in Dutch: what happened and what to do. Screens
 * show its message as it is. Any other error (a bug, a browser's "QuotaExceededError", "x is undefined") is logged
 * and replaced by the screen's own Dutch sentence, so no internals ever reach a message.
 */
export class UserMessageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UserMessageError';
	}
}

/** The message to show for `error`: its own when it was written for people, else `fallback`. */
export function userMessage(error: unknown, fallback: string): string {
	return error instanceof UserMessageError && error.message.trim() !== '' ? error.message : fallback;
}
