import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashContent } from './content-hash';

describe('canonicalJson', () => {
	it('sorts object keys at every level and keeps array order', () => {
		expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
	});

	it('leaves out undefined properties like JSON does', () => {
		expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
	});
});

describe('hashContent', () => {
	it('is the hex SHA-256 of the canonical text', async () => {
		const value = { b: 'ë', a: [1, 2] };
		expect(await hashContent(value)).toBe(createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex'));
	});

	it('gives the same hash whatever the key order', async () => {
		expect(await hashContent({ x: 1, y: [1, 2] })).toBe(await hashContent({ y: [1, 2], x: 1 }));
	});

	it('gives another hash for other content', async () => {
		expect(await hashContent({ x: 1 })).not.toBe(await hashContent({ x: 2 }));
	});
});
