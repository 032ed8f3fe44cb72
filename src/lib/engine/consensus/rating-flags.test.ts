import { describe, expect, it } from 'vitest';
import { summariseRatingFlags } from './rating-flags';

const base = { exerciseId: 'e1', submittedAt: '2026-03-02T12:00:00.000Z' };
describe('summariseRatingFlags', () => {
	it('counts levels without evidence and levels given before the exercise ended, per assessor', () => {
		const rows = summariseRatingFlags(
			['a1', 'a2'],
			[
				{ ...base, authorId: 'a1', level: 'goed', evidenceObservationIds: [], updatedAt: '2026-03-02T11:00:00.000Z' },
				{ ...base, authorId: 'a1', level: 'matig', evidenceObservationIds: ['o1'], updatedAt: '2026-03-02T09:00:00.000Z' },
				{ ...base, authorId: 'a1', level: 'niet-geobserveerd', evidenceObservationIds: [], updatedAt: '2026-03-02T09:00:00.000Z' },
				{ ...base, authorId: 'a2', level: 'goed', evidenceObservationIds: ['o2'], updatedAt: '2026-03-02T11:00:00.000Z', submittedAt: undefined }
			],
			[{ id: 'e1', endedAt: '2026-03-02T10:00:00.000Z' }]
		);
		expect(rows).toEqual([
			{ assessorId: 'a1', rated: 2, noEvidence: 1, beforeEnd: 1 },
			{ assessorId: 'a2', rated: 0, noEvidence: 0, beforeEnd: 0 }
		]);
	});
});
