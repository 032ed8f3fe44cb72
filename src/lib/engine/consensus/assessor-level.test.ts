import { describe, expect, it } from 'vitest';
import { aggregateAssessorLevel, lowerMedian, type RatingInput } from './assessor-level';
import { computeMechanicalAggregate } from './mechanical-aggregate';

const at = '2026-03-02T10:00:00.000Z';
function r(authorId: string, exerciseId: string, level: RatingInput['level'], submitted = true): RatingInput {
	return { authorId, exerciseId, candidateId: 'c1', competencyId: 'initiatief', level, submittedAt: submitted ? at : undefined };
}

describe('lowerMedian', () => {
	it.each([
		[[], undefined],
		[[3], 3],
		[[1, 4, 2], 2],
		[[2, 3], 2],
		[[4, 1, 3, 2], 2],
		[[4, 4, 3, 3], 3]
	])('lowerMedian(%j) = %s', (values, expected) => {
		expect(lowerMedian(values)).toBe(expected);
	});
});

describe('aggregateAssessorLevel', () => {
	it('takes the median over the exercises of that assessor only', () => {
		const level = aggregateAssessorLevel('a1', [r('a1', 'e1', 'matig'), r('a1', 'e2', 'goed'), r('a1', 'e3', 'goed'), r('a2', 'e1', 'onvoldoende')]);
		expect(level).toMatchObject({ status: 'rated', value: 3 });
		expect(level.exerciseValues).toHaveLength(3);
	});
	it('ignores drafts and deleted ratings', () => {
		const deleted = { ...r('a1', 'e2', 'zeer-goed'), deletedAt: at };
		expect(aggregateAssessorLevel('a1', [r('a1', 'e1', 'matig'), r('a1', 'e3', 'goed', false), deleted])).toMatchObject({ status: 'rated', value: 2 });
	});
	it('reports missing when the assessor submitted nothing', () => {
		expect(aggregateAssessorLevel('a1', [r('a1', 'e1', 'goed', false)])).toMatchObject({ status: 'missing' });
	});
	it('reports not observed when every submitted rating is "niet geobserveerd"', () => {
		expect(aggregateAssessorLevel('a1', [r('a1', 'e1', 'niet-geobserveerd')])).toMatchObject({ status: 'not-observed' });
	});
});

describe('computeMechanicalAggregate', () => {
	it('gives the true median and mean of every submitted rating', () => {
		const agg = computeMechanicalAggregate([r('a1', 'e1', 'matig'), r('a1', 'e2', 'goed'), r('a2', 'e1', 'zeer-goed'), r('a2', 'e2', 'goed'), r('a3', 'e1', 'niet-geobserveerd')]);
		expect(agg).toEqual({ defined: true, median: 3, mean: 3, count: 4 });
	});
	it('averages the two middle values for an even count', () => {
		const agg = computeMechanicalAggregate([r('a1', 'e1', 'matig'), r('a2', 'e1', 'goed')]);
		expect(agg).toMatchObject({ defined: true, median: 2.5, mean: 2.5 });
	});
	it('is undefined with a reason when nothing was submitted', () => {
		const agg = computeMechanicalAggregate([r('a1', 'e1', 'goed', false)]);
		expect(agg.defined).toBe(false);
		expect(agg).toHaveProperty('reason');
	});
});
