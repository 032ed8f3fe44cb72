import { describe, expect, it } from 'vitest';
import { assertReferencesResolve, findMissingReferences, referencesOutsideBundle } from './references';

const SESSION = '11111111-1111-4111-8111-111111111111';
const OTHER_SESSION = '11111111-1111-4111-8111-222222222222';
const CAND = '22222222-2222-4222-8222-222222222222';
const EX = '33333333-3333-4333-8333-333333333333';
const AUTHOR = '44444444-4444-4444-8444-444444444444';
const NOTE = '55555555-5555-4555-8555-555555555555';

const note = (id: string, sessionId = SESSION) => ({ id, sessionId, exerciseId: EX, candidateId: CAND, authorId: AUTHOR });
const setup = {
	sessions: [{ id: SESSION }],
	exercises: [{ id: EX, sessionId: SESSION }],
	candidates: [{ id: CAND, sessionId: SESSION }],
	assessors: [{ id: AUTHOR }]
};
const none = new Set<string>();

describe('references of an import', () => {
	it('accepts records whose parents are in the bundle', () => {
		expect(findMissingReferences({ ...setup, observations: [note(NOTE)] }, {}, none)).toEqual([]);
	});

	it('asks the tablet only for parents the bundle does not carry', () => {
		const outside = referencesOutsideBundle({ observations: [note(NOTE)], assessors: [{ id: AUTHOR }] });
		expect(Object.fromEntries([...outside].map(([t, ids]) => [t, [...ids]]))).toEqual({ sessions: [SESSION], exercises: [EX], candidates: [CAND] });
	});

	it('accepts parents that are on the tablet', () => {
		const local = { sessions: new Set([SESSION]), exercises: new Set([EX]), candidates: new Set([CAND]), assessors: new Set([AUTHOR]) };
		expect(findMissingReferences({ observations: [note(NOTE)] }, local, none)).toEqual([]);
	});

	it('counts records per missing kind of parent', () => {
		const notes = [note('a', OTHER_SESSION), note('b', OTHER_SESSION), note('c', OTHER_SESSION)];
		const classification = { id: 'k', sessionId: SESSION, observationId: NOTE, exerciseId: EX, candidateId: CAND, authorId: AUTHOR };
		expect(findMissingReferences({ ...setup, observations: notes, classifications: [classification] }, {}, none)).toEqual([
			{ table: 'observations', parent: 'sessions', count: 3 },
			{ table: 'classifications', parent: 'observations', count: 1 }
		]);
	});

	it('names each record once, under its first missing parent, and groups records by that parent', () => {
		const notes = [note('a', OTHER_SESSION), note('b', OTHER_SESSION)];
		const rating = { id: 'r', sessionId: OTHER_SESSION, exerciseId: 'elders', candidateId: 'elders', authorId: AUTHOR };
		expect(() => assertReferencesResolve({ assessors: setup.assessors, observations: notes, ratings: [rating] }, {}, none)).toThrow(
			'Dit bestand wordt niet ingeladen: 2 notities en 1 score horen bij een assessment-center dat niet in dit bestand en niet op deze tablet staat. '
		);
	});

	it('does not refuse what belongs to an erased parent: the merge skips it', () => {
		expect(findMissingReferences({ ...setup, observations: [note(NOTE, OTHER_SESSION)] }, {}, new Set([OTHER_SESSION]))).toEqual([]);
	});

	it('checks an optional link only when it is filled in', () => {
		expect(findMissingReferences({ candidates: [{ id: CAND }] }, {}, none)).toEqual([]);
		expect(findMissingReferences({ candidates: [{ id: CAND, sessionId: OTHER_SESSION }] }, {}, none)).toHaveLength(1);
	});

	it('refuses with a Dutch message that names what is missing', () => {
		const notes = [note('a', OTHER_SESSION), note('b', OTHER_SESSION), note('c', OTHER_SESSION)];
		const rating = { id: 'r', sessionId: SESSION, exerciseId: EX, candidateId: CAND, authorId: 'nobody' };
		expect(() => assertReferencesResolve({ ...setup, observations: notes, ratings: [rating] }, {}, none)).toThrow(
			expect.objectContaining({
				code: 'missing-reference',
				message:
					'Dit bestand wordt niet ingeladen: 3 notities horen bij een assessment-center dat niet in dit bestand en niet op deze tablet staat; ' +
					'1 score hoort bij een assessor die niet in dit bestand en niet op deze tablet staat. ' +
					'Laad eerst de opzet van het assessment-center in (of vraag een volledige export aan wie het bestand maakte). Er is niets veranderd.'
			})
		);
	});
});
