import { describe, expect, it } from 'vitest';
import { canEditRating, flagRating, hasSubmitted, visibleRatings } from './rating-rules';

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

describe('blind rating', () => {
	const ratings = [
		{ id: 'r1', authorId: 'a1', exerciseId: 'e1', submittedAt: undefined as string | undefined },
		{ id: 'r2', authorId: 'a2', exerciseId: 'e1', submittedAt: '2026-03-02T10:00:00.000Z' },
		{ id: 'r3', authorId: 'a2', exerciseId: 'e2', submittedAt: undefined }
	];
	it('shows an assessor only their own ratings before they submit', () => {
		expect(visibleRatings(ratings, 'a1', 'e1').map((r) => r.id)).toEqual(['r1']);
		expect(hasSubmitted(ratings, 'a1', 'e1')).toBe(false);
	});
	it('shows all ratings of the exercise once the assessor submitted', () => {
		expect(visibleRatings(ratings, 'a2', 'e1').map((r) => r.id)).toEqual(['r1', 'r2']);
	});
	it('treats an assessor without ratings as not submitted', () => {
		expect(hasSubmitted(ratings, 'a3', 'e1')).toBe(false);
		expect(visibleRatings(ratings, 'a3', 'e1')).toEqual([]);
	});
	it('keeps submitted ratings as given', () => {
		expect(canEditRating({ submittedAt: '2026-03-02T10:00:00.000Z' })).toBe(false);
		expect(canEditRating({})).toBe(true);
	});
});
