import { describe, expect, it } from 'vitest';
import { describeJsonError, findJsonErrorPlace } from './json-error-place';

function parses(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

describe('findJsonErrorPlace', () => {
	const valid = ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\"y\\u00e9"]}\n', '"tekst"', '0', '[{"a":{"b":[]}}]'];
	const invalid = ['{"a": 1,}', '[1, 2,, 3]', "{'a': 1}", '{"a" 1}', '[01]', '{"a": tru}', '"open', '{"a": 1} x', '[1 2]', '{"a":"\t"}', '{"a": "\\x"}', '{'];

	it('agrees with JSON.parse on what is JSON', () => {
		for (const text of valid) expect([text, findJsonErrorPlace(text)]).toEqual([text, undefined]);
		for (const text of invalid) {
			expect(parses(text)).toBe(false);
			expect([text, findJsonErrorPlace(text)]).toEqual([text, expect.objectContaining({ line: expect.any(Number) })]);
		}
	});

	it('gives the line and column where the text breaks', () => {
		expect(findJsonErrorPlace('{\n  "kind": "checklist",\n  "items": [1, 2,, 3]\n}')).toEqual({ line: 3, column: 18, atEnd: false });
		expect(findJsonErrorPlace('{"kind": ')).toMatchObject({ atEnd: true });
	});

	it('speaks Dutch and names no internals', () => {
		expect(describeJsonError('[1, 2,, 3]')).toBe('geen geldige JSON op regel 1, teken 7. Kijk daar na of er een komma, haakje of aanhalingsteken ontbreekt of te veel staat.');
		expect(describeJsonError('{"kind": "checklist", "items": [')).toMatch(/stopt te vroeg/);
	});
});
