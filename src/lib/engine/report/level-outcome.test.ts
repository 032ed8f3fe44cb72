import { describe, expect, it } from 'vitest';
import { resolveLevelOutcome, shortLevelLabel } from './level-outcome';
import type { Rating } from '../model/observation';
import { fixtureId } from './report.fixture';

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
		[['goed'], 3, { kind: 'level', level: 'goed' }, 'Goed*'],
		[['onvoldoende', 'goed', 'zeer-goed'], 2.7, { kind: 'level', level: 'goed' }, '2,7 Goed*'],
		[['matig', 'goed'], 2.5, { kind: 'between', lower: 'matig', upper: 'goed' }, '2,5 Matig–Goed*'],
		[['zeer-goed', 'matig', 'goed', 'onvoldoende'], 2.5, { kind: 'between', lower: 'matig', upper: 'goed' }, '2,5 Matig–Goed*']
	] as const)('without consensus, shows the combined score of %j (mean %s)', (levels, mean, proposal, label) => {
		const outcome = resolveLevelOutcome(undefined, levels.map((l, i) => rating(l, i)));
		expect(outcome).toMatchObject({ kind: 'combined', mean, proposal, ratingCount: levels.length });
		expect(shortLevelLabel(outcome).replace(/^3,0 /, '')).toBe(label);
	});

	it('lets two exercises weigh the same: Onvoldoende in one, Goed in the other is Matig, not the minimum', () => {
		const magazijn = (author: number) => rating('onvoldoende', author);
		const fiets = (author: number) => ({ ...rating('goed', author), id: fixtureId(author + 600), exerciseId: fixtureId(4) });
		const outcome = resolveLevelOutcome(undefined, [magazijn(1), fiets(1), magazijn(2), fiets(2)]);
		expect(outcome).toMatchObject({ kind: 'combined', mean: 2, level: 'matig', assessorCount: 2, ratingCount: 4 });
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
