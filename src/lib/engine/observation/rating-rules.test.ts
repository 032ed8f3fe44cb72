import { describe, expect, it } from 'vitest';
import { canEditRating, flagRating } from './rating-rules';

const ended = { endedAt: '2026-03-02T10:00:00.000Z' };

describe('flagRating', () => {
	it('flags a level without evidence', () => {
		expect(flagRating({ level: 'goed', evidenceObservationIds: [], updatedAt: '2026-03-02T11:00:00.000Z' }, ended).map((f) => f.id)).toEqual(['no-evidence']);
	});
	it('flags a level given before the exercise ended, or while it has not ended', () => {
		const rating = { level: 'matig' as const, evidenceObservationIds: ['o1'], updatedAt: '2026-03-02T09:59:00.000Z' };
		expect(flagRating(rating, ended).map((f) => f.id)).toEqual(['before-exercise-end']);
		expect(flagRating(rating, {}).map((f) => f.id)).toEqual(['before-exercise-end']);
	});
	it('does not flag a rating with evidence after the end, nor "niet geobserveerd"', () => {
		expect(flagRating({ level: 'goed', evidenceObservationIds: ['o1'], updatedAt: '2026-03-02T10:00:01.000Z' }, ended)).toEqual([]);
		expect(flagRating({ level: 'niet-geobserveerd', evidenceObservationIds: [], updatedAt: '2026-03-02T09:00:00.000Z' }, {})).toEqual([]);
	});
});

describe('canEditRating', () => {
	it('keeps submitted ratings as given', () => {
		expect(canEditRating({ submittedAt: '2026-03-02T10:00:00.000Z' })).toBe(false);
		expect(canEditRating({})).toBe(true);
	});
});
