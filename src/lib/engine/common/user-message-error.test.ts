import { describe, expect, it } from 'vitest';
import { BundleError } from '../exchange/errors';
import { UserMessageError, userMessage } from './user-message-error';
import { isRefused, problemsOf, refused, type Result } from './result';

describe('userMessage', () => {
	it('shows a message written for people as it is', () => {
		expect(userMessage(new UserMessageError('Dit assessment-center bestaat niet (meer) op deze tablet.'), 'Het exporteren is mislukt.')).toBe(
			'Dit assessment-center bestaat niet (meer) op deze tablet.'
		);
		// Refusals of a file are written for people too.
		expect(userMessage(new BundleError('truncated', 'Dit bestand is onvolledig.'), 'x')).toBe('Dit bestand is onvolledig.');
	});

	it('replaces internals by the screen’s own Dutch sentence', () => {
		for (const error of [new TypeError("Cannot read properties of undefined (reading 'id')"), new DOMException('Quota', 'QuotaExceededError'), 'boom', undefined, null, new UserMessageError('  ')])
			expect(userMessage(error, 'Het exporteren is mislukt. Probeer het opnieuw.')).toBe('Het exporteren is mislukt. Probeer het opnieuw.');
	});
});

describe('Result', () => {
	it('carries values when it worked and Dutch problems when refused', () => {
		const worked: Result<{ value: number }> = { ok: true, value: 3 };
		const no: Result<{ value: number }> = refused('Geef een naam.', 'Kies een datum.');
		expect(problemsOf(worked)).toEqual([]);
		expect(problemsOf(no)).toEqual(['Geef een naam.', 'Kies een datum.']);
		expect(isRefused(no)).toBe(true);
		expect(isRefused(worked)).toBe(false);
		expect(isRefused('Geef een naam.')).toBe(false);
		expect(isRefused({ ok: false, reason: 'te weinig kandidaten' })).toBe(false);
	});
});
