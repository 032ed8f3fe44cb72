import { describe, expect, it } from 'vitest';
import { foundFromMatrixRow, foundFromOutcomes } from './found-levels';
import type { MatrixCell } from '../consensus/matrix';
import type { LevelOutcome } from '../report/level-outcome';

const cell = (competencyId: string, extra: Partial<MatrixCell>): MatrixCell => ({
	candidateId: 'c1',
	competencyId,
	score: { assessors: [], ratedAssessors: 0, agreed: false },
	levels: [],
	spread: undefined,
	difference: 'te-weinig',
	blind: false,
	...extra
});

describe('found levels', () => {
	it('from the matrix: a blind cell gives nothing but "verborgen", whatever it holds', () => {
		const found = foundFromMatrixRow([
			cell('a', { blind: true, consensus: { kind: 'level', level: 'goed', value: 3, reason: 'x', acceptedUnanimous: false } }),
			cell('b', { consensus: { kind: 'level', level: 'matig', value: 2, reason: 'x', acceptedUnanimous: false } }),
			cell('e', { consensus: { kind: 'geen-consensus', reason: 'x' } }),
			cell('c', { score: { assessors: [], ratedAssessors: 2, agreed: false, mean: 2.5, proposal: { kind: 'between', lower: 'matig', upper: 'goed' } } }),
			cell('d', { score: { assessors: [], ratedAssessors: 2, agreed: true, mean: 3, proposal: { kind: 'level', level: 'goed' } } })
		]);
		expect(found).toEqual([
			{ competencyId: 'a', level: undefined, source: 'verborgen' },
			{ competencyId: 'b', level: 'matig', source: 'consensus' },
			{ competencyId: 'e', level: undefined, source: 'consensus', noConsensus: true },
			{ competencyId: 'c', level: undefined, source: 'voorlopig', between: 'tussen matig en goed' },
			{ competencyId: 'd', level: 'goed', source: 'voorlopig' }
		]);
	});

	it('from report outcomes: consensus, the combined score as provisional, or nothing', () => {
		const outcomes = new Map<string, LevelOutcome>([
			['a', { kind: 'consensus', level: 'zeer-goed', reason: '' }],
			['b', { kind: 'combined', level: 'matig', mean: 2.2, proposal: { kind: 'level', level: 'matig' }, ratingCount: 4, assessorCount: 2 }],
			['c', { kind: 'none', reason: 'Nog geen ingediende scores.' }]
		]);
		expect(foundFromOutcomes(outcomes)).toEqual([
			{ competencyId: 'a', level: 'zeer-goed', source: 'consensus' },
			{ competencyId: 'b', level: 'matig', source: 'voorlopig' },
			{ competencyId: 'c', level: undefined, source: 'voorlopig' }
		]);
	});
});
