import { describe, expect, it } from 'vitest';
import { parseBundleText } from './bundle';
import { BUNDLE_LIMITS } from './format';

const NOW = '2026-03-20T10:00:00.000Z';
const ID = '11111111-1111-4111-8111-111111111111';
const assessor = { id: ID, createdAt: NOW, updatedAt: NOW, vv: { a: 1 }, name: 'An' };

function bundle(extra: Record<string, unknown> = {}, records: Record<string, unknown> = { assessors: [assessor] }) {
	return JSON.stringify({ format: 'wakker-bundle', formatVersion: 1, kind: 'session-setup', createdAt: NOW, deviceId: 'dev', records, erasures: [], ...extra });
}

describe('parseBundleText', () => {
	it('accepts a valid bundle', () => {
		expect(parseBundleText(bundle()).records.assessors).toEqual([assessor]);
	});

	it.each([
		['empty', '   '],
		['not-json', 'Naam;Score\nJan;3'],
		['truncated', bundle().slice(0, 60)],
		['foreign', JSON.stringify({ name: 'package', version: '1.0.0' })],
		['foreign', '[1,2,3]'],
		['older-version', bundle({ formatVersion: 0 })],
		['newer-version', bundle({ formatVersion: 2 })],
		['hostile', bundle({}, { assessors: [{ ...assessor, ['__proto__']: { admin: true } }] }).replace('"admin"', '"admin"')],
		['hostile', bundle({}, { assessors: [{ ...assessor, constructor: 'x' }] })],
		['string-too-long', bundle({}, { assessors: [{ ...assessor, name: 'x'.repeat(BUNDLE_LIMITS.maxStringLength + 1) }] })],
		['too-deep', bundle({ deep: JSON.parse('['.repeat(100) + ']'.repeat(100)) })],
		['invalid', bundle({}, { assessors: [{ ...assessor, name: 'x'.repeat(10_000) }] })],
		['invalid', bundle({}, { assessors: [{ ...assessor, extra: 1 }] })],
		['invalid', bundle({ kind: 'alles' })],
		['invalid', bundle({}, { onbekend: [] })],
		['duplicate-id', bundle({}, { assessors: [assessor, { ...assessor, name: 'Bram' }] })]
	])('refuses a %s file with its own Dutch message', (code, text) => {
		expect(() => parseBundleText(text)).toThrow(expect.objectContaining({ code, message: expect.stringMatching(/niets|leeg|bijwerken|bij en probeer/) }));
	});

	it('catches a __proto__ key that JSON.parse keeps as an own property', () => {
		const text = bundle().replace('"name":"An"', '"name":"An","__proto__":{"polluted":true}');
		expect(() => parseBundleText(text)).toThrow(expect.objectContaining({ code: 'hostile' }));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('says which table and field is wrong, in Dutch', () => {
		expect(() => parseBundleText(bundle({}, { assessors: [{ ...assessor, name: 'x'.repeat(10_000) }] }))).toThrow(
			'Assessoren, record 1, veld name: is te lang (maximaal 200 tekens)'
		);
	});
});
