import { describe, expect, it } from 'vitest';
import { decideVisibility, hasSubmittedExercise, maySeeRating, restrictToViewer, type VisibilitySession } from './visibility';

const at = '2026-03-02T10:00:00.000Z';

/**
 * Assessors a (lead), b and c. Exercise e1 measures initiatief and is observed by a and b; e2 measures
 * initiatief and samenwerken and is observed by everyone (no explicit assignments).
 */
const session: VisibilitySession = {
	assessorIds: ['a', 'b', 'c'],
	candidateIds: ['k1'],
	exercises: [
		{ id: 'e1', competencyIds: ['initiatief'] },
		{ id: 'e2', competencyIds: ['initiatief', 'samenwerken'] }
	],
	assignments: [
		{ exerciseId: 'e1', assessorId: 'a', candidateId: 'k1' },
		{ exerciseId: 'e1', assessorId: 'b', candidateId: 'k1' }
	]
};

function rating(authorId: string, exerciseId: string, submitted: boolean, competencyId = 'initiatief') {
	return { id: `${authorId}-${exerciseId}-${competencyId}`, authorId, exerciseId, candidateId: 'k1', competencyId, level: 'goed' as const, submittedAt: submitted ? at : undefined };
}

type State = 'submitted' | 'draft' | 'none';
/** e1 state of a, of b; in e2 nobody has submitted unless told. */
function world(aE1: State, bE1: State) {
	const list = [];
	if (aE1 !== 'none') list.push(rating('a', 'e1', aE1 === 'submitted'));
	if (bE1 !== 'none') list.push(rating('b', 'e1', bE1 === 'submitted'));
	return list;
}

describe('decideVisibility: may the viewer see the others\u2019 work in e1?', () => {
	it.each([
		// viewer, a's state, b's state, may see, why
		['b', 'submitted', 'none', false, 'an assessor of e1 who has not rated yet'],
		['b', 'submitted', 'draft', false, 'an assessor of e1 with drafts only'],
		['b', 'submitted', 'submitted', true, 'an assessor of e1 who submitted'],
		['a', 'submitted', 'draft', true, 'the lead, once they submitted themselves'],
		['a', 'draft', 'submitted', false, 'the lead before they submitted'],
		['c', 'draft', 'draft', true, 'an assessor of the session who does not observe e1'],
		[undefined, 'submitted', 'draft', false, 'nobody chosen, while one assessor of e1 is not done'],
		[undefined, 'submitted', 'submitted', true, 'nobody chosen, once every assessor of e1 submitted'],
		['someone-else', 'submitted', 'draft', false, 'a viewer who is not an assessor of the session, before everyone is done']
	] as [string | undefined, State, State, boolean, string][])('viewer %s (a %s, b %s): %s — %s', (viewer, aState, bState, expected) => {
		const v = decideVisibility(viewer, session, world(aState, bState));
		expect(v.exercises.get('e1')!.viewerMaySee).toBe(expected);
	});

	it('lets an assessor marked absent for the exercise see it, and stops waiting for them', () => {
		const withAbsence = { ...session, absences: [{ exerciseId: 'e1', assessorId: 'b' }] };
		expect(decideVisibility('b', withAbsence, world('submitted', 'none')).exercises.get('e1')!.viewerMaySee).toBe(true);
		expect(decideVisibility(undefined, withAbsence, world('submitted', 'none')).exercises.get('e1')!.viewerMaySee).toBe(true);
	});

	it('reports who submitted and who is absent to everyone (status, not content)', () => {
		const v = decideVisibility('b', { ...session, absences: [{ exerciseId: 'e1', assessorId: 'a' }] }, world('none', 'draft'));
		expect(v.exercises.get('e1')).toMatchObject({ assessorIds: ['a', 'b'], submittedIds: [], absentIds: ['a'], viewerMaySee: false });
		expect(v.exercises.get('e2')!.assessorIds).toEqual(['a', 'b', 'c']);
	});
});

describe('hasSubmittedExercise', () => {
	it.each([
		[[], false],
		[[rating('a', 'e1', false)], false],
		[[rating('a', 'e1', true), rating('a', 'e1', false, 'samenwerken')], false],
		[[rating('a', 'e1', true), { ...rating('a', 'e1', false, 'samenwerken'), deletedAt: at }], true],
		[[rating('a', 'e2', true)], false]
	])('%j → %s', (ratings, expected) => {
		expect(hasSubmittedExercise(ratings, 'a', 'e1')).toBe(expected);
	});
});

describe('restrictToViewer', () => {
	const note = (authorId: string, exerciseId: string) => ({ id: `n-${authorId}-${exerciseId}`, authorId, exerciseId });
	const ratings = [rating('a', 'e1', true), rating('b', 'e1', false), rating('a', 'e2', false), rating('c', 'e2', true, 'samenwerken')];
	const records = {
		ratings,
		observations: [note('a', 'e1'), note('b', 'e1'), note('c', 'e2')],
		classifications: [{ ...note('a', 'e1'), competencyId: 'initiatief' }],
		decisions: [
			{ candidateId: 'k1', competencyId: 'initiatief' },
			{ candidateId: 'k1', competencyId: 'samenwerken' }
		],
		audit: [
			{ entity: 'consensus', entityId: 'k1:initiatief' },
			{ entity: 'consensus-lock', entityId: 's1' }
		]
	};

	it('shows b, not submitted, only their own work: nothing of a', () => {
		const seen = restrictToViewer('b', session, records);
		expect(seen.ratings.map((r) => r.id)).toEqual(['b-e1-initiatief']);
		expect(seen.observations.map((o) => o.id)).toEqual(['n-b-e1']);
		expect(seen.classifications).toEqual([]);
		expect(seen.decisions).toEqual([]);
		expect(seen.audit.map((a) => a.entity)).toEqual(['consensus-lock']);
		expect([...seen.blindCells].sort()).toEqual(['k1:initiatief', 'k1:samenwerken']);
	});

	it('never shows someone else\u2019s draft, even to a viewer who may see the exercise', () => {
		const seen = restrictToViewer('c', session, records);
		expect(seen.ratings.map((r) => r.id)).toEqual(['a-e1-initiatief', 'c-e2-samenwerken']);
		expect(seen.observations.map((o) => o.id)).toEqual(['n-a-e1', 'n-c-e2']);
		expect(maySeeRating(seen.visibility, rating('b', 'e1', false))).toBe(false);
	});

	it('opens a cell only when every exercise measuring it is open to the viewer', () => {
		const all = [rating('a', 'e1', true), rating('b', 'e1', true), rating('a', 'e2', true), rating('b', 'e2', true)];
		const seen = restrictToViewer('b', session, { ...records, ratings: all });
		// e2 still waits for c: initiatief and samenwerken are measured in e2, so both cells stay closed to nobody-in-particular…
		expect(restrictToViewer(undefined, session, { ...records, ratings: all }).blindCells.size).toBe(2);
		// …but b submitted both exercises: both cells are open to b.
		expect(seen.blindCells.size).toBe(0);
		expect(seen.decisions).toHaveLength(2);
	});

	it('keeps work in an exercise the session does not know away from others', () => {
		const seen = restrictToViewer('c', session, { ratings: [rating('a', 'gone', true)], observations: [note('a', 'gone')] });
		expect(seen.ratings).toEqual([]);
		expect(seen.observations).toEqual([]);
	});
});
