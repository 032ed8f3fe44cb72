import { describe, expect, it } from 'vitest';
import { countingAssessorIds, countsAsJudgement, isObserverOf, isPractice, practiceMarkFor, sessionMemberIds, splitPractice } from './who-counts';
import { comparePractice } from './practice-comparison';
import { decideVisibility, maySeeRating, restrictToViewer, type VisibilitySession } from './visibility';
import { buildConsensusMatrix } from './matrix';
import { findUnanimousCells } from './unanimous';
import { listOpenItems } from './open-items';
import { toSessionRatings } from './session-ratings';
import { summariseRatingFlags } from './rating-flags';
import { buildRatingsExport } from './ratings-export';
import { diagnoseSession } from '../diagnostics/diagnose-session';
import { isCountedRating } from './rating-input';
import type { SamLevelId } from '../rubric/sam-scale';

const at = '2026-03-02T10:00:00.000Z';
const roles = { assessorIds: ['a', 'b'], observerIds: ['o'] };

describe('who counts', () => {
	it('an observer\u2019s work is practice by their role, and a marked record by its mark, whoever wrote it', () => {
		expect(isObserverOf(roles, 'o')).toBe(true);
		expect(isObserverOf(roles, 'a')).toBe(false);
		expect(isObserverOf(roles, undefined)).toBe(false);
		expect(countsAsJudgement({ authorId: 'a' }, roles)).toBe(true);
		expect(countsAsJudgement({ authorId: 'o' }, roles)).toBe(false);
		// The mark travels with the record: on a tablet that does not know the observer it still never counts.
		expect(countsAsJudgement({ authorId: 'o', practice: true }, { assessorIds: ['a', 'b', 'o'] })).toBe(false);
		expect(isPractice({ practice: true })).toBe(true);
		expect(isPractice({ authorId: 'o' })).toBe(false);
	});

	it('someone listed as assessor and observer counts as observer (a trainee is never counted by mistake)', () => {
		const both = { assessorIds: ['a', 'o'], observerIds: ['o'] };
		expect(countingAssessorIds(both)).toEqual(['a']);
		expect(countsAsJudgement({ authorId: 'o' }, both)).toBe(false);
		expect(sessionMemberIds(both)).toEqual(['a', 'o']);
	});

	it('marks what an observer writes, and nothing an assessor writes', () => {
		expect(practiceMarkFor(roles, 'o')).toEqual({ practice: true });
		expect(practiceMarkFor(roles, 'a')).toEqual({});
		expect(practiceMarkFor(undefined, 'o')).toEqual({});
	});

	it('splits records into counted and practice', () => {
		const { counted, practice } = splitPractice([{ authorId: 'a' }, { authorId: 'o' }, { authorId: 'b', practice: true }], roles);
		expect(counted).toEqual([{ authorId: 'a' }]);
		expect(practice).toHaveLength(2);
	});

	it('a submitted practice rating is not a counted rating', () => {
		expect(isCountedRating({ submittedAt: at })).toBe(true);
		expect(isCountedRating({ submittedAt: at, practice: true })).toBe(false);
	});
});

/** Two assessors a (lead) and b, observer o; two exercises measuring initiatief, e2 also samenwerken. */
const session: VisibilitySession = {
	assessorIds: ['a', 'b'],
	observerIds: ['o'],
	leadAssessorId: 'a',
	candidateIds: ['k1', 'k2'],
	exercises: [
		{ id: 'e1', competencyIds: ['initiatief'] },
		{ id: 'e2', competencyIds: ['initiatief', 'samenwerken'] }
	],
	assignments: []
};

type Rated = {
	id: string;
	authorId: string;
	exerciseId: string;
	candidateId: string;
	competencyId: string;
	level: SamLevelId | 'niet-geobserveerd';
	evidenceObservationIds: string[];
	updatedAt: string;
	submittedAt?: string;
	practice?: true;
};
function r(authorId: string, exerciseId: string, candidateId: string, competencyId: string, level: Rated['level'], submitted = true, practice = false): Rated {
	return {
		id: `${authorId}-${exerciseId}-${candidateId}-${competencyId}`,
		authorId,
		exerciseId,
		candidateId,
		competencyId,
		level,
		evidenceObservationIds: [],
		updatedAt: at,
		...(submitted ? { submittedAt: at } : {}),
		...(practice ? { practice: true as const } : {})
	};
}

/** Both assessors rated everything (submitted), with some disagreement. */
const assessorRatings: Rated[] = [
	r('a', 'e1', 'k1', 'initiatief', 'goed'),
	r('b', 'e1', 'k1', 'initiatief', 'goed'),
	r('a', 'e2', 'k1', 'initiatief', 'goed'),
	r('b', 'e2', 'k1', 'initiatief', 'goed'),
	r('a', 'e2', 'k1', 'samenwerken', 'matig'),
	r('b', 'e2', 'k1', 'samenwerken', 'zeer-goed'),
	r('a', 'e1', 'k2', 'initiatief', 'onvoldoende'),
	r('b', 'e1', 'k2', 'initiatief', 'matig'),
	r('a', 'e2', 'k2', 'initiatief', 'matig'),
	r('b', 'e2', 'k2', 'initiatief', 'matig'),
	r('a', 'e2', 'k2', 'samenwerken', 'goed'),
	r('b', 'e2', 'k2', 'samenwerken', 'goed')
];

/** The observer's practice: submitted in e1 (marked), e2 submitted without the mark (caught by the role), one draft. */
const practiceRatings: Rated[] = [
	r('o', 'e1', 'k1', 'initiatief', 'onvoldoende', true, true),
	r('o', 'e1', 'k2', 'initiatief', 'zeer-goed', true, true),
	r('o', 'e2', 'k1', 'initiatief', 'zeer-goed', true, false),
	r('o', 'e2', 'k1', 'samenwerken', 'onvoldoende', true, false),
	r('o', 'e2', 'k2', 'samenwerken', 'onvoldoende', false, true)
];

const observerNotes = [{ id: 'n-o', authorId: 'o', exerciseId: 'e1', candidateId: 'k1', practice: true as const }];
const assessorNotes = [{ id: 'n-a', authorId: 'a', exerciseId: 'e1', candidateId: 'k1' }];

describe('blind rule for an observer-in-training', () => {
	it('keeps the observer blind until they submitted their practice for the exercise and every assessor is done', () => {
		const noPractice = decideVisibility('o', session, assessorRatings);
		expect(noPractice.exercises.get('e1')!.viewerMaySee).toBe(false);
		const withPractice = decideVisibility('o', session, [...assessorRatings, ...practiceRatings]);
		expect(withPractice.exercises.get('e1')!.viewerMaySee).toBe(true);
		// Submitted, but assessor b still has a draft in e1: the observer still sees nothing of e1.
		const bDraft = assessorRatings.map((x) => (x.authorId === 'b' && x.exerciseId === 'e1' ? { ...x, submittedAt: undefined } : x));
		expect(decideVisibility('o', session, [...bDraft, ...practiceRatings]).exercises.get('e1')!.viewerMaySee).toBe(false);
	});

	it('the observer\u2019s submission unlocks nothing for others and is no submission of the exercise', () => {
		const onlyA = assessorRatings.filter((x) => x.authorId === 'a');
		const v = decideVisibility('b', session, [...onlyA, ...practiceRatings]);
		expect(v.exercises.get('e1')!.viewerMaySee).toBe(false);
		expect(v.exercises.get('e1')!.assessorIds).toEqual(['a', 'b']);
		expect(v.exercises.get('e1')!.submittedIds).toEqual(['a']);
	});

	it('assessors never see the observer\u2019s practice or notes, before or after they submitted', () => {
		for (const viewer of ['a', 'b', undefined]) {
			const seen = restrictToViewer(viewer, session, { ratings: [...assessorRatings, ...practiceRatings], observations: [...assessorNotes, ...observerNotes] });
			expect(seen.ratings.some((x) => x.authorId === 'o')).toBe(false);
			expect(seen.observations.some((x) => x.authorId === 'o')).toBe(false);
			expect(seen.practice.ratings).toEqual([]);
		}
		const visibility = decideVisibility('a', session, [...assessorRatings, ...practiceRatings]);
		expect(practiceRatings.some((x) => maySeeRating(visibility, x))).toBe(false);
	});

	it('the lead sees the observers\u2019 submitted practice apart, only once the consensus is locked', () => {
		const locked = restrictToViewer('a', { ...session, consensusLocked: true }, { ratings: [...assessorRatings, ...practiceRatings] });
		expect(locked.practice.ratings.map((x) => x.id).sort()).toEqual(practiceRatings.filter((x) => x.submittedAt).map((x) => x.id).sort());
		expect(locked.ratings.some((x) => x.authorId === 'o')).toBe(false);
		const otherAssessor = restrictToViewer('b', { ...session, consensusLocked: true }, { ratings: [...assessorRatings, ...practiceRatings] });
		expect(otherAssessor.practice.ratings).toEqual([]);
	});

	it('the observer sees their own practice (drafts too) apart from what counts, never inside it', () => {
		const seen = restrictToViewer('o', session, { ratings: [...assessorRatings, ...practiceRatings], observations: observerNotes });
		expect(seen.practice.ratings).toHaveLength(practiceRatings.length);
		expect(seen.practice.observations).toEqual(observerNotes);
		expect(seen.ratings.some((x) => x.authorId === 'o')).toBe(false);
		expect(seen.observations).toEqual([]);
	});
});

describe('a practice rating changes no figure', () => {
	/** Every figure computed from what a viewer may see, as the screens, reports and exports do. */
	function figures(viewer: string | undefined, ratings: readonly Rated[], locked = false) {
		const s = { ...session, consensusLocked: locked };
		const seen = restrictToViewer(viewer, s, { ratings, observations: [...assessorNotes, ...observerNotes], decisions: [] });
		const matrix = buildConsensusMatrix({
			candidateIds: s.candidateIds,
			competencyIds: ['initiatief', 'samenwerken'],
			assessorIds: s.assessorIds,
			ratings: seen.ratings,
			decisions: seen.decisions,
			blindCells: seen.blindCells,
			exerciseIds: ['e1', 'e2']
		});
		const unanimous = findUnanimousCells({ ...s, competencyIds: ['initiatief', 'samenwerken'], ratings: seen.ratings, decisions: [] });
		const open = listOpenItems({ matrix, exercises: s.exercises, assignments: [], ratings });
		const sessionRatings = toSessionRatings(seen.ratings);
		const diagnostics = diagnoseSession(sessionRatings, { resamples: 50, seed: 1 });
		const exported = buildRatingsExport(
			sessionRatings,
			{ assessors: { a: 'An', b: 'Bart', o: 'Olga' }, candidates: { k1: { name: 'K1', code: 'K1' }, k2: { name: 'K2', code: 'K2' } }, competencies: {}, exercises: {} },
			false
		);
		const flags = summariseRatingFlags(s.assessorIds, seen.ratings, s.exercises);
		return JSON.stringify({ matrix, unanimous, open: { ...open, waitingCells: [...open.waitingCells] }, diagnostics, exported, flags, notes: seen.observations });
	}

	it.each([['a'], ['b'], [undefined]] as [string | undefined][])('viewer %s: the same matrix, agreement, diagnostics, unanimous cells, open items and export', (viewer) => {
		expect(figures(viewer, [...assessorRatings, ...practiceRatings])).toBe(figures(viewer, assessorRatings));
	});

	it('the observer, once submitted, sees the figures everyone sees: their practice is not in them', () => {
		const allSubmitted = practiceRatings.map((x) => ({ ...x, submittedAt: at }));
		expect(figures('o', [...assessorRatings, ...allSubmitted])).toBe(figures(undefined, assessorRatings));
		// With a practice draft left in e2, e2 stays blind to them: their own step, not a figure, decides that.
		expect(figures('o', [...assessorRatings, ...practiceRatings])).not.toBe(figures(undefined, assessorRatings));
	});

	it('also for the lead after the lock, when the practice is shown beside it', () => {
		expect(figures('a', [...assessorRatings, ...practiceRatings], true)).toBe(figures('a', assessorRatings, true));
	});
});

describe('the learning comparison', () => {
	it('puts the observer\u2019s submitted practice beside the consensus, with the difference', () => {
		const rows = comparePractice({
			candidateIds: ['k1', 'k2'],
			competencyIds: ['initiatief', 'samenwerken'],
			exerciseIds: ['e1', 'e2'],
			practiceRatings,
			decisions: [
				{ candidateId: 'k1', competencyId: 'initiatief', level: 'goed' },
				{ candidateId: 'k1', competencyId: 'samenwerken', noConsensus: true },
				{ candidateId: 'k2', competencyId: 'initiatief', level: 'matig' }
			]
		});
		expect(rows.map((x) => [x.candidateId, x.competencyId, x.practiceMean, x.consensus, x.difference])).toEqual([
			['k1', 'initiatief', 2.5, 'goed', -0.5],
			['k1', 'samenwerken', 1, 'geen-consensus', undefined],
			['k2', 'initiatief', 4, 'matig', 2]
		]);
		// The draft practice rating (k2 samenwerken) is no part of it.
		expect(rows[0]!.practiceLevels).toEqual([
			{ exerciseId: 'e1', level: 'onvoldoende' },
			{ exerciseId: 'e2', level: 'zeer-goed' }
		]);
		expect(rows[0]!.practiceProposal).toEqual({ kind: 'between', lower: 'matig', upper: 'goed' });
	});
});
