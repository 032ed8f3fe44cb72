import { afterEach, describe, expect, it, vi } from 'vitest';
import { appProblem, DEFAULT_PROBLEM, handleError } from './app-problem.svelte';

describe('handleError', () => {
	afterEach(() => {
		appProblem.dismiss();
		vi.restoreAllMocks();
	});

	it('shows the Dutch message of a failing call and keeps the error out of it', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		handleError(Promise.reject(new TypeError('x is undefined')), 'Opslaan is mislukt.');
		await vi.waitFor(() => expect(appProblem.message).toBe('Opslaan is mislukt.'));
		// The message is logged as text too: WebKit's stack would leave it out.
		expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/^TypeError: x is undefined/), expect.any(TypeError));
	});

	it('falls back to a general Dutch message', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		handleError(Promise.reject(new Error('boom')));
		await vi.waitFor(() => expect(appProblem.message).toBe(DEFAULT_PROBLEM));
		expect(appProblem.message).not.toMatch(/boom|undefined|Error/);
	});

	it('shows nothing when the call succeeds or there is no call', async () => {
		handleError(Promise.resolve(1));
		handleError(undefined);
		await Promise.resolve();
		expect(appProblem.message).toBeUndefined();
	});
});
