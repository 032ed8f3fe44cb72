import { describe, expect, it } from 'vitest';
import { buildConsensusMatrix, classifyDifference, orderCellsForDiscussion } from './matrix';
import { listOpenItems } from './open-items';
import type { RatingInput } from './rating-input';

const at = '2026-03-02T10:00:00.000Z';
function r(authorId: string, candidateId: string, competencyId: string, level: RatingInput['level'], exerciseId = 'e1', submitted = true): RatingInput {
	return { authorId, exerciseId, candidateId, competencyId, level, submittedAt: submitted ? at : undefined };
}

const ratings: RatingInput[] = [
	// c1 × initiatief: 1 vs 3 → groot
	r('a1', 'c1', 'initiatief', 'onvoldoende'),
	r('a2', 'c1', 'initiatief', 'goed'),
	// c1 × samenwerken: 2 vs 3 → klein
	r('a1', 'c1', 'samenwerken', 'matig'),
	r('a2', 'c1', 'samenwerken', 'goed'),
	// c2 × initiatief: equal
	r('a1', 'c2', 'initiatief', 'goed'),
	r('a2', 'c2', 'initiatief', 'goed'),
	// c2 × samenwerken: only a1 submitted, a2 has a draft
	r('a1', 'c2', 'samenwerken', 'goed'),
	r('a2', 'c2', 'samenwerken', 'zeer-goed', 'e1', false)
];

const matrix = buildConsensusMatrix({
	candidateIds: ['c1', 'c2'],
	competencyIds: ['initiatief', 'samenwerken'],
	assessorIds: ['a1', 'a2'],
	ratings,
	decisions: [{ candidateId: 'c2', competencyId: 'initiatief', level: 'goed', reason: 'Alle notities wijzen op goed.' }]
});

describe('classifyDifference', () => {
	it.each([
		[undefined, 'te-weinig'],
		[0, 'gelijk'],
		[1, 'klein'],
		[2, 'groot'],
		[3, 'groot']
	] as const)('spread %s is %s', (spread, kind) => {
		expect(classifyDifference(spread)).toBe(kind);
	});
});

describe('buildConsensusMatrix', () => {
	it('puts every assessor level side by side and marks the differences', () => {
		expect(matrix.rows[0]![0]).toMatchObject({ spread: 2, difference: 'groot' });
		expect(matrix.rows[0]![1]).toMatchObject({ spread: 1, difference: 'klein' });
		expect(matrix.rows[1]![0]).toMatchObject({ spread: 0, difference: 'gelijk', consensus: { level: 'goed', value: 3 } });
		expect(matrix.rows[1]![1]).toMatchObject({ spread: undefined, difference: 'te-weinig' });
		expect(matrix.rows[1]![1]!.levels.map((l) => l.status)).toEqual(['rated', 'missing']);
	});
	it('summarises rows, columns and the whole matrix', () => {
		expect(matrix.rowSummaries).toEqual([
			{ total: 2, large: 1, small: 1, decided: 0 },
			{ total: 2, large: 0, small: 0, decided: 1 }
		]);
		expect(matrix.columnSummaries[0]).toEqual({ total: 2, large: 1, small: 0, decided: 1 });
		expect(matrix.total).toEqual({ total: 4, large: 1, small: 1, decided: 1 });
	});
	it('orders the discussion: undecided large differences first, decided last', () => {
		const order = orderCellsForDiscussion(matrix).map((c) => `${c.candidateId}/${c.competencyId}`);
		expect(order).toEqual(['c1/initiatief', 'c1/samenwerken', 'c2/samenwerken', 'c2/initiatief']);
	});
	it('ignores a deleted decision', () => {
		const m = buildConsensusMatrix({
			candidateIds: ['c1'],
			competencyIds: ['initiatief'],
			assessorIds: ['a1'],
			ratings: [],
			decisions: [{ candidateId: 'c1', competencyId: 'initiatief', level: 'goed', reason: 'x', deletedAt: at }]
		});
		expect(m.rows[0]![0]!.consensus).toBeUndefined();
	});
});

describe('listOpenItems', () => {
	it('lists undecided cells, missing and draft ratings, and who still has to submit', () => {
		const open = listOpenItems({ matrix, exercises: [{ id: 'e1', competencyIds: ['initiatief', 'samenwerken', 'motivatie'] }], assignments: [], ratings });
		expect(open.undecidedCells).toHaveLength(3);
		expect(open.missingRatings).toEqual([{ exerciseId: 'e1', assessorId: 'a2', candidateId: 'c2', competencyId: 'samenwerken', state: 'draft' }]);
		expect(open.unsubmittedAssessors).toEqual([{ assessorId: 'a2', count: 1 }]);
		expect(open.complete).toBe(false);
	});
	it('only expects ratings from explicit assignments when there are any', () => {
		const open = listOpenItems({
			matrix,
			exercises: [{ id: 'e1', competencyIds: ['initiatief'] }, { id: 'e2', competencyIds: ['initiatief'] }],
			assignments: [{ exerciseId: 'e2', assessorId: 'a1', candidateId: 'c1' }],
			ratings
		});
		expect(open.missingRatings).toEqual([{ exerciseId: 'e2', assessorId: 'a1', candidateId: 'c1', competencyId: 'initiatief', state: 'absent' }]);
	});
});
