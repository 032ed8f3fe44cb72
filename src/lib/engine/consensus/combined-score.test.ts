import { describe, expect, it } from 'vitest';
import { computeCombinedScore, describeProposal, formatMean, proposeLevelFromMean, roundToOneDecimal } from './combined-score';
import type { RatingInput } from './rating-input';

const at = '2026-03-02T10:00:00.000Z';
type Level = RatingInput['level'];
const NG = 'niet-geobserveerd' as const;

/** One assessor's submitted levels, exercise e1, e2, … in order; `null` = no rating in that exercise. */
function ratingsOf(authorId: string, levels: readonly (Level | null)[], submitted = true): RatingInput[] {
	return levels.flatMap((level, i) =>
		level === null ? [] : [{ authorId, exerciseId: `e${i + 1}`, candidateId: 'c1', competencyId: 'initiatief', level, submittedAt: submitted ? at : undefined }]
	);
}

describe('proposeLevelFromMean', () => {
	it.each([
		[1, 'Onvoldoende'],
		[2, 'Matig'],
		[2.3, 'Matig'],
		[2.4, 'Matig'],
		[2.5, 'tussen Matig en Goed'],
		[2.45, 'tussen Matig en Goed'], // shown as 2,5: the proposal follows the figure shown
		[2.6, 'Goed'],
		[7 / 3, 'Matig'],
		[8 / 3, 'Goed'],
		[3.5, 'tussen Goed en Zeer goed'],
		[1.5, 'tussen Onvoldoende en Matig'],
		[4, 'Zeer goed']
	])('mean %s proposes %s', (mean, text) => {
		expect(describeProposal(proposeLevelFromMean(mean))).toBe(text);
	});
	it('writes the mean the Flemish way on one decimal', () => {
		expect(formatMean(2)).toBe('2,0');
		expect(formatMean(7 / 3)).toBe('2,3');
		expect(roundToOneDecimal(2.25)).toBe(2.3);
	});
});

/**
 * Table of cases: per assessor the levels per exercise (e1, e2, e3), and what the rule must give. The first
 * row is the case a lower median got wrong: both assessors Onvoldoende in one exercise and Goed in the other.
 */
const CASES: {
	name: string;
	assessors: Record<string, (Level | null)[]>;
	means: (number | undefined)[];
	mean: number | undefined;
	proposal: string | undefined;
	agreed: boolean;
}[] = [
	{ name: '2 exercises, 1 and 3 for both: Matig, not the worst exercise', assessors: { a: ['onvoldoende', 'goed'], b: ['onvoldoende', 'goed'] }, means: [2, 2], mean: 2, proposal: 'Matig', agreed: false },
	{ name: '2 exercises, two neighbouring levels: a tie, nobody decides by rule', assessors: { a: ['matig', 'goed'], b: ['matig', 'goed'] }, means: [2.5, 2.5], mean: 2.5, proposal: 'tussen Matig en Goed', agreed: false },
	{ name: '2 exercises, all the same: eensgezind', assessors: { a: ['goed', 'goed'], b: ['goed', 'goed'] }, means: [3, 3], mean: 3, proposal: 'Goed', agreed: true },
	{ name: '3 exercises, one bad day does not decide', assessors: { a: ['onvoldoende', 'goed', 'goed'], b: ['goed', 'goed', 'goed'] }, means: [2.3, 3], mean: 2.7, proposal: 'Goed', agreed: false },
	{ name: '3 exercises, 1 · 2 · 4', assessors: { a: ['onvoldoende', 'matig', 'zeer-goed'], b: ['matig', 'matig', 'matig'] }, means: [2.3, 2], mean: 2.2, proposal: 'Matig', agreed: false },
	{ name: 'assessors tie between their means: 2 and 3', assessors: { a: ['matig', 'matig'], b: ['goed', 'goed'] }, means: [2, 3], mean: 2.5, proposal: 'tussen Matig en Goed', agreed: false },
	{ name: 'missing: one assessor has no rating, the mean is over who rated', assessors: { a: ['goed', 'zeer-goed'], b: [null, null] }, means: [3.5, undefined], mean: 3.5, proposal: 'tussen Goed en Zeer goed', agreed: false },
	{ name: 'missing exercise for one assessor counts nothing, not zero', assessors: { a: ['goed', null], b: ['goed', 'goed'] }, means: [3, 3], mean: 3, proposal: 'Goed', agreed: true },
	{ name: '"niet geobserveerd" is left out, not counted as a level', assessors: { a: ['goed', NG], b: ['goed', 'goed'] }, means: [3, 3], mean: 3, proposal: 'Goed', agreed: true },
	{ name: 'only "niet geobserveerd": no mean, no proposal', assessors: { a: [NG, NG], b: [NG] }, means: [undefined, undefined], mean: undefined, proposal: undefined, agreed: false },
	{ name: 'one assessor alone is never eensgezind', assessors: { a: ['goed', 'goed'] }, means: [3], mean: 3, proposal: 'Goed', agreed: false },
	{ name: 'three assessors, one exercise', assessors: { a: ['matig'], b: ['goed'], c: ['goed'] }, means: [2, 3, 3], mean: 2.7, proposal: 'Goed', agreed: false }
];

describe('computeCombinedScore (integration rule)', () => {
	it.each(CASES)('$name', ({ assessors, means, mean, proposal, agreed }) => {
		const ids = Object.keys(assessors);
		const score = computeCombinedScore({ assessorIds: ids, ratings: ids.flatMap((a) => ratingsOf(a, assessors[a]!)), exerciseIds: ['e1', 'e2', 'e3'] });
		expect(score.assessors.map((a) => a.mean)).toEqual(means);
		expect(score.mean).toBe(mean);
		expect(score.proposal && describeProposal(score.proposal)).toBe(proposal);
		expect(score.agreed).toBe(agreed);
	});

	it('ignores drafts and deleted ratings', () => {
		const ratings = [...ratingsOf('a', ['goed']), ...ratingsOf('a', [null, 'onvoldoende'], false), { ...ratingsOf('a', [null, null, 'zeer-goed'])[0]!, deletedAt: at }];
		const score = computeCombinedScore({ assessorIds: ['a'], ratings });
		expect(score.assessors[0]).toMatchObject({ status: 'rated', mean: 3, exerciseLevels: [{ exerciseId: 'e1', level: 'goed' }] });
	});

	it('marks assessors without a submitted rating as missing and with only "niet geobserveerd" as not observed', () => {
		const score = computeCombinedScore({ assessorIds: ['a', 'b'], ratings: ratingsOf('b', [NG]) });
		expect(score.assessors.map((a) => a.status)).toEqual(['missing', 'not-observed']);
		expect(score.ratedAssessors).toBe(0);
	});

	it('lists the per-exercise levels in the session order of the exercises', () => {
		const ratings = [...ratingsOf('a', [null, 'goed']), ...ratingsOf('a', ['matig'])];
		const score = computeCombinedScore({ assessorIds: ['a'], ratings, exerciseIds: ['e1', 'e2'] });
		expect(score.assessors[0]!.exerciseLevels.map((e) => e.exerciseId)).toEqual(['e1', 'e2']);
	});

	it('never proposes a level outside the range of the levels given (property over all 2- and 3-exercise combinations)', () => {
		const levels = ['onvoldoende', 'matig', 'goed', 'zeer-goed'] as const;
		for (const x of levels)
			for (const y of levels)
				for (const z of [...levels, null]) {
					const given = [x, y, z].filter((l): l is (typeof levels)[number] => l !== null).map((l) => levels.indexOf(l) + 1);
					const score = computeCombinedScore({ assessorIds: ['a'], ratings: ratingsOf('a', [x, y, z]) });
					const p = score.proposal!;
					const values = p.kind === 'level' ? [levels.indexOf(p.level) + 1] : [levels.indexOf(p.lower) + 1, levels.indexOf(p.upper) + 1];
					for (const v of values) {
						expect(v).toBeGreaterThanOrEqual(Math.min(...given));
						expect(v).toBeLessThanOrEqual(Math.max(...given));
					}
					// Two exercises with different levels: never simply the lower one (what a lower median did).
					if (given.length === 2 && given[0] !== given[1]) expect(p.kind === 'level' && levels.indexOf(p.level) + 1 === Math.min(...given)).toBe(false);
				}
	});
});
