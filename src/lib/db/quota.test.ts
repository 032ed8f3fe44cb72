import { describe, expect, it } from 'vitest';
import { isQuotaExceeded } from './quota';

describe('isQuotaExceeded', () => {
	it.each([
		[new DOMException('vol', 'QuotaExceededError'), true],
		[{ name: 'AbortError', inner: new DOMException('vol', 'QuotaExceededError') }, true],
		[{ name: 'QuotaExceededError' }, true],
		[new Error('anders'), false],
		[undefined, false]
	])('%o → %s', (error, expected) => {
		expect(isQuotaExceeded(error)).toBe(expected);
	});
});
