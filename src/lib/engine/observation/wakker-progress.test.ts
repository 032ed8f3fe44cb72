import { describe, expect, it } from 'vitest';
import { computeWakkerProgress, type ProgressInput } from './wakker-progress';
import { countEvidence } from './evidence';

const input: ProgressInput = {
	assessorId: 'a1',
	assessorIds: ['a1', 'a2'],
	competencyIds: ['samenwerken', 'initiatief', 'motivatie'],
	exercises: [{ id: 'e1', competencyIds: ['samenwerken', 'initiatief'], startedAt: '2026-03-02T09:00:00.000Z', endedAt: '2026-03-02T10:00:00.000Z' }],
	candidates: [{ id: 'c1' }, { id: 'c2' }],
	assignments: [],
	observations: [
		{ id: 'o1', exerciseId: 'e1', candidateId: 'c1', authorId: 'a1', text: 'Pakt de kar' },
		{ id: 'o2', exerciseId: 'e1', candidateId: 'c1', authorId: 'a1', text: 'Vraagt hulp' },
		{ id: 'o3', exerciseId: 'e1', candidateId: 'c1', authorId: 'a1', text: '   ' },
		{ id: 'o4', exerciseId: 'e1', candidateId: 'c1', authorId: 'a1', text: 'gewist', deletedAt: '2026-03-02T09:30:00.000Z' },
		{ id: 'o5', exerciseId: 'e1', candidateId: 'c2', authorId: 'a2', text: 'Van een ander' }
	],
	classifications: [{ observationId: 'o1', authorId: 'a1' }],
	ratings: [{ exerciseId: 'e1', candidateId: 'c1', competencyId: 'samenwerken', authorId: 'a1' }]
};

describe('computeWakkerProgress', () => {
	it('counts this assessor’s notes, unclassified notes and missing ratings per candidate', () => {
		const [exercise] = computeWakkerProgress(input);
		expect(exercise!.status).toBe('afgelopen');
		expect(exercise!.candidates).toEqual([
			{ candidateId: 'c1', notes: 2, unclassified: 1, ratingsGiven: 1, ratingsMissing: 1 },
			{ candidateId: 'c2', notes: 0, unclassified: 0, ratingsGiven: 0, ratingsMissing: 2 }
		]);
		expect(exercise!.nextStep).toBe('klasseren');
		expect(exercise!.submitted).toBe(false);
	});

	it('is done once every rating of the assessor in the exercise is submitted', () => {
		const ratings = input.ratings.map((r) => ({ ...r, submittedAt: '2026-03-02T11:00:00.000Z' }));
		expect(computeWakkerProgress({ ...input, ratings })[0]!.nextStep).toBe('klaar');
	});

	it('starts at Waarnemen and stays there while the exercise runs', () => {
		expect(computeWakkerProgress({ ...input, observations: [] })[0]!.nextStep).toBe('waarnemen');
		const running = [{ ...input.exercises[0]!, endedAt: undefined }];
		const classified = [{ observationId: 'o1', authorId: 'a1' }, { observationId: 'o2', authorId: 'a1' }];
		expect(computeWakkerProgress({ ...input, exercises: running, classifications: classified, ratings: [] })[0]!.nextStep).toBe('waarnemen');
	});

	it('does not hold the steps back when the clock was never used', () => {
		const untimed = [{ ...input.exercises[0]!, startedAt: undefined, endedAt: undefined }];
		expect(computeWakkerProgress({ ...input, exercises: untimed })[0]!.nextStep).toBe('klasseren');
	});

	it('counts only the exercise’s competencies the session assesses', () => {
		const [exercise] = computeWakkerProgress({ ...input, competencyIds: ['initiatief'] });
		expect(exercise!.candidates[0]).toMatchObject({ ratingsGiven: 0, ratingsMissing: 1 });
	});

	it('lists only the candidates assigned to the assessor', () => {
		const assignments = [{ exerciseId: 'e1', assessorId: 'a1', candidateId: 'c2' }];
		expect(computeWakkerProgress({ ...input, assignments })[0]!.candidates.map((c) => c.candidateId)).toEqual(['c2']);
	});
});

describe('countEvidence', () => {
	it('counts notes per indicator row and level, skipping deleted notes', () => {
		const counts = countEvidence(
			[
				{ observationId: 'o1', indicatorId: 'werk-zien', levelId: 'goed' },
				{ observationId: 'o2', indicatorId: 'werk-zien', levelId: 'goed' },
				{ observationId: 'o3', levelId: 'matig' },
				{ observationId: 'gone', indicatorId: 'werk-zien', levelId: 'onvoldoende' }
			],
			new Set(['o1', 'o2', 'o3'])
		);
		expect(counts.cells.get('werk-zien|goed')).toBe(2);
		expect(counts.cells.has('werk-zien|onvoldoende')).toBe(false);
		expect(counts.withoutIndicator).toBe(1);
		expect(counts.levels).toEqual(['goed', 'goed', 'matig']);
		expect(counts.observationIds).toEqual(['o1', 'o2', 'o3']);
	});
});
