import { describe, expect, it } from 'vitest';
import { z } from './zod-nl';
import { dutchIssueMessage } from './zod-messages';
import { parseBundleText } from '../exchange/bundle';

/** Words and shapes that belong to code, not to a message a person reads. */
const INTERNALS = /undefined|\bstring\b|\bnumber\b|\bobject\b|\bNaN\b|\bnull\b(?! *\))|instanceof|ontving|\|\||\bat .+:\d+:\d+|Error/;

/** One schema and input per kind of zod failure, with the origins that word their message differently. */
const FAILURES: Array<[string, z.ZodType, unknown]> = [
	['missing text', z.strictObject({ name: z.string() }), {}],
	['text expected, number found', z.string(), 3],
	['number expected, text found', z.number(), 'drie'],
	['whole number expected', z.number().int(), 2.5],
	['number expected, NaN-like', z.number(), Number.NaN],
	['list expected', z.array(z.string()), { a: 1 }],
	['group expected, list found', z.strictObject({}), []],
	['group expected, null found', z.record(z.string(), z.number()), null],
	['yes/no expected', z.boolean(), 'ja'],
	['text too long', z.string().max(5), 'zeven!!'],
	['text too short', z.string().min(3), 'ab'],
	['empty text', z.string().min(1), ''],
	['number too big', z.number().max(10), 11],
	['number not below', z.number().lt(10), 10],
	['number too small', z.number().min(1), 0],
	['number not above', z.number().gt(0), 0],
	['list too long', z.array(z.number()).max(1), [1, 2]],
	['list too short', z.array(z.number()).min(2), [1]],
	['date and time', z.iso.datetime({ offset: true }), 'gisteren'],
	['date', z.iso.date(), '31/12/2026'],
	['uuid', z.uuid(), 'abc'],
	['pattern without own message', z.string().regex(/^[a-z]+$/), 'ABC'],
	['multiple of', z.number().multipleOf(5), 7],
	['unknown field', z.strictObject({ a: z.number() }), { a: 1, b: 2 }],
	['unknown fields', z.strictObject({}), { b: 2, c: 3 }],
	['union', z.union([z.number(), z.boolean()]), 'x'],
	['discriminated union', z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('a') }), z.strictObject({ kind: z.literal('b') })]), { kind: 'c' }],
	['record key', z.record(z.string().regex(/^[a-z]+$/), z.number()), { ABC: 1 }],
	['set element', z.set(z.number()), new Set(['x'])],
	['map key', z.map(z.number(), z.number()), new Map([['x', 1]])],
	['one value', z.literal('backup'), 'iets'],
	['enum', z.enum(['a', 'b', 'c']), 'd'],
	['refine without message', z.string().refine((s) => s === 'x'), 'y'],
	['json value', z.json(), () => 1],
	['date object', z.date(), 'x'],
	['nonoptional', z.string().optional().nonoptional(), undefined]
];

describe('validation messages', () => {
	it.each(FAILURES)('words "%s" in plain Dutch, without internals', (_kind, schema, input) => {
		const result = schema.safeParse(input);
		expect(result.success).toBe(false);
		for (const issue of result.error!.issues) {
			expect(issue.message).not.toMatch(INTERNALS);
			expect(issue.message.length).toBeGreaterThan(3);
		}
	});

	it('says what is missing and what was found', () => {
		expect(z.strictObject({ name: z.string() }).safeParse({}).error!.issues[0]!.message).toBe('ontbreekt (hier hoort een tekst)');
		expect(z.number().safeParse('drie').error!.issues[0]!.message).toBe('moet een getal zijn, maar is een tekst');
		expect(z.string().max(5).safeParse('zeven!!').error!.issues[0]!.message).toBe('is te lang (maximaal 5 tekens)');
		expect(z.enum(['a', 'b']).safeParse('d').error!.issues[0]!.message).toBe('moet een van deze waarden zijn: "a", "b"');
	});

	it('has a message for every issue code, also ones the schemas above cannot produce', () => {
		const codes = ['invalid_type', 'too_big', 'too_small', 'invalid_format', 'not_multiple_of', 'unrecognized_keys', 'invalid_union', 'invalid_key', 'invalid_element', 'invalid_value', 'custom', 'something_new'];
		for (const code of codes) {
			const issue = { code, input: undefined, path: [], expected: 'void', origin: 'file', maximum: 1, minimum: 1, format: 'jwt', divisor: 2, keys: ['x'], values: [Symbol('s')], errors: [], issues: [] };
			const message = dutchIssueMessage(issue as unknown as z.core.$ZodRawIssue);
			expect(message, code).not.toMatch(INTERNALS);
			expect(message.length, code).toBeGreaterThan(3);
		}
	});
});

describe('refusal messages of a bundle', () => {
	const NOW = '2026-03-20T10:00:00.000Z';
	const ID = '11111111-1111-4111-8111-111111111111';
	const note = { id: ID, createdAt: NOW, updatedAt: NOW, vv: { a: 1 }, sessionId: ID, exerciseId: ID, candidateId: ID, authorId: ID, text: 'Tilt de doos', observedAt: NOW };
	const bundle = (records: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
		JSON.stringify({ format: 'wakker-bundle', formatVersion: 1, kind: 'assessor-work', createdAt: NOW, deviceId: 'dev', records, erasures: [], ...extra });
	const { text: _text, ...withoutText } = note;

	it.each([
		['a missing field', bundle({ observations: [withoutText] })],
		['a number for a text', bundle({ observations: [{ ...note, text: 12 }] })],
		['null for a text', bundle({ observations: [{ ...note, text: null }] })],
		['a list for a version vector', bundle({ observations: [{ ...note, vv: [1] }] })],
		['a negative count', bundle({ observations: [{ ...note, vv: { a: -1 } }] })],
		['a broken date', bundle({ observations: [{ ...note, observedAt: '31/12/2026' }] })],
		['a broken id', bundle({ observations: [{ ...note, id: 'x' }] })],
		['an unknown field', bundle({ observations: [{ ...note, extra: true }] })],
		['an unknown table', bundle({ notities: [] })],
		['a record that is not a group', bundle({ observations: ['tekst'] })],
		['an unknown kind', bundle({}, { kind: 'alles' })],
		['a missing envelope field', bundle({}, { deviceId: undefined })],
		['an erasure of a wrong kind', bundle({}, { erasures: [{ id: 'e', entity: 'mensen', entityId: ID, erasedAt: NOW, by: 'x' }] })]
	])('refuses %s in plain Dutch, without internals', (_what, text) => {
		let message = '';
		try {
			parseBundleText(text);
		} catch (e) {
			message = (e as Error).message;
		}
		expect(message).toMatch(/Het bestand is niet ingeladen; er is niets veranderd\.$/);
		expect(message).not.toMatch(INTERNALS);
	});
});
