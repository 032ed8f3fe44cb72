import { describe, expect, it } from 'vitest';
import { compareVersionVectors, formatVersionVector, mergeVersionVectors } from './version-vector';

describe('compareVersionVectors', () => {
	it.each([
		[{ a: 1 }, { a: 1 }, 'equal'],
		[{}, {}, 'equal'],
		[{ a: 2 }, { a: 1 }, 'dominates'],
		[{ a: 1, b: 1 }, { a: 1 }, 'dominates'],
		[{ a: 1 }, { a: 1, b: 1 }, 'dominated'],
		[{ a: 2, b: 0 }, { a: 2 }, 'equal'],
		[{ a: 2 }, { a: 1, b: 1 }, 'concurrent'],
		[{ a: 1, b: 2 }, { a: 2, b: 1 }, 'concurrent']
	] as const)('%j against %j is %s', (a, b, expected) => {
		expect(compareVersionVectors(a, b)).toBe(expected);
	});
});

describe('mergeVersionVectors', () => {
	it('takes the highest count per device, so the result dominates or equals both', () => {
		const merged = mergeVersionVectors({ a: 2, b: 1 }, { a: 1, c: 3 });
		expect(merged).toEqual({ a: 2, b: 1, c: 3 });
		expect(compareVersionVectors(merged, { a: 2, b: 1 })).toBe('dominates');
	});
});

describe('formatVersionVector', () => {
	it('is the same whatever the key order', () => {
		expect(formatVersionVector({ b: 1, a: 2 })).toBe(formatVersionVector({ a: 2, b: 1 }));
	});
});
