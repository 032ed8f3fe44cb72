import { afterEach, describe, expect, it, vi } from 'vitest';
import { appProblem, DEFAULT_PROBLEM, handleError, watchUncaughtFailures } from './app-problem.svelte';

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

describe('watchUncaughtFailures', () => {
	afterEach(() => {
		appProblem.dismiss();
		vi.restoreAllMocks();
	});

	/** A stand-in for window: dispatches events the way the browser does to the page's listeners. */
	function fakeWindow() {
		const target = new EventTarget();
		const fire = (type: string, fields: Record<string, unknown>) => target.dispatchEvent(Object.assign(new Event(type), fields));
		return { target, fire };
	}

	it('shows the general Dutch message for a rejection nobody handled and for an error thrown in a handler', () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const { target, fire } = fakeWindow();
		const stop = watchUncaughtFailures(target);
		fire('unhandledrejection', { reason: new Error('QuotaExceededError') });
		expect(appProblem.message).toBe(DEFAULT_PROBLEM);
		appProblem.dismiss();
		fire('error', { error: new TypeError('x is undefined'), message: 'x is undefined' });
		expect(appProblem.message).toBe(DEFAULT_PROBLEM);
		expect(appProblem.message).not.toMatch(/undefined|Quota|Error/);
		stop();
	});

	it('ignores error events that carry no error, and stops listening when asked', () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const { target, fire } = fakeWindow();
		const stop = watchUncaughtFailures(target);
		fire('error', { error: null, message: 'ResizeObserver loop completed with undelivered notifications.' });
		expect(appProblem.message).toBeUndefined();
		stop();
		fire('unhandledrejection', { reason: new Error('later') });
		expect(appProblem.message).toBeUndefined();
	});
});
