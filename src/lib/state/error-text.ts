/**
 * One readable text for a failure, for the console and for test logs. WebKit's `Error.stack` holds only the
 * frames ("save@…/notes.ts:12:5"), where Chromium's starts with "Error: message": logging the stack alone
 * would lose the message in Safari, so the message goes first unless the stack already starts with it.
 */
export function describeError(error: unknown): string {
	if (error instanceof Error) {
		const head = error.message ? `${error.name}: ${error.message}` : error.name;
		const stack = error.stack?.trim();
		if (!stack) return head;
		return stack.startsWith(head) ? stack : `${head}\n${stack}`;
	}
	if (typeof error === 'string') return error;
	try {
		return JSON.stringify(error) ?? String(error);
	} catch {
		return String(error);
	}
}
