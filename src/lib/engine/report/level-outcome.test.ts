import { describe, expect, it } from 'vitest';
import { resolveLevelOutcome, shortLevelLabel } from './level-outcome';
import type { Rating } from '../model/observation';
import { fixtureId } from './report-fixture';

const rating = (level: Rating['level'], author: number, submitted = true): Rating => ({
	id: fixtureId(author + 500),
	createdAt: '2026-01-01T00:00:00Z',
	updatedAt: '2026-01-01T00:00:00Z',
	vv: {},
	sessionId: fixtureId(1),
	exerciseId: fixtureId(2),
	candidateId: fixtureId(3),
	competencyId: 'initiatief',
	authorId: fixtureId(author),
	level,
	evidenceObservationIds: [],
	...(submitted ? { submittedAt: '2026-01-01T00:00:00Z' } : {})
});

describe('resolveLevelOutcome', () => {
	it.each([
		[['goed'], 'goed'],
		[['onvoldoende', 'goed', 'zeer-goed'], 'goed'],
		[['matig', 'goed'], 'matig'],
		[['zeer-goed', 'matig', 'goed', 'onvoldoende'], 'matig']
	] as const)('takes the lower median of %j without consensus', (levels, expected) => {
		const outcome = resolveLevelOutcome(undefined, levels.map((l, i) => rating(l, i)));
		expect(outcome).toMatchObject({ kind: 'median', level: expected, ratingCount: levels.length });
		expect(shortLevelLabel(outcome)).toMatch(/\*$/);
	});

	it('ignores drafts and niet-geobserveerd', () => {
		expect(resolveLevelOutcome(undefined, [rating('goed', 1, false), rating('niet-geobserveerd', 2)])).toEqual({
			kind: 'none',
			reason: 'Niet geobserveerd: geen assessor kon dit gedrag zien.'
		});
		expect(resolveLevelOutcome(undefined, [])).toMatchObject({ kind: 'none', reason: 'Nog geen ingediende scores.' });
	});

	it('prefers a consensus decision over the ratings', () => {
		const decision = { ...rating('goed', 9), level: 'zeer-goed' as const, reason: 'samen besproken', decidedBy: fixtureId(9) };
		expect(resolveLevelOutcome(decision, [rating('onvoldoende', 1)])).toEqual({ kind: 'consensus', level: 'zeer-goed', reason: 'samen besproken' });
	});
});
