import { describe, expect, it } from 'vitest';
import { buildPseudonyms, pseudonymiseCells } from './pseudonymise';

const candidates = [
	{ id: 'c1', name: 'Jan', code: 'K-07' },
	{ id: 'c2', name: 'Jan Peeters', code: '' }
];

describe('pseudonymiseCells', () => {
	it('replaces names and ids by codes, longest name first', () => {
		const rows = pseudonymiseCells(
			[
				['kandidaat', 'assessor', 'niveau'],
				['Jan Peeters', 'An', '3'],
				['Jan', 'An', '2'],
				['c1', 'Bram', 'opmerking over Jan']
			],
			candidates
		);
		expect(rows).toEqual([
			['kandidaat', 'assessor', 'niveau'],
			['K2', 'An', '3'],
			['K-07', 'An', '2'],
			['K-07', 'Bram', 'opmerking over K-07']
		]);
	});

	it('never falls back to the name when a candidate has no code', () => {
		expect(buildPseudonyms(candidates).get('c2')).toBe('K2');
	});
});
