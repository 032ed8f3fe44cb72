import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';

describe('formatBytes', () => {
	it.each([
		[0, '0 B'],
		[999, '999 B'],
		[1_500, '1,5 kB'],
		[2_345_678, '2,3 MB'],
		[123_456_789, '123 MB'],
		[5_000_000_000, '5 GB'],
		[Number.NaN, 'onbekend'],
		[-1, 'onbekend']
	])('formats %d as %s', (bytes, text) => {
		expect(formatBytes(bytes)).toBe(text);
	});
});
