import { resolveAssignments } from '../observation/setup-checks';
import { consensusCellKey } from './audit';
import { hasSubmittedExercise } from './visibility';
import { isCountedRating, type RatingInput } from './rating-input';
import type { ConsensusMatrix } from './matrix';

export interface Absence {
	exerciseId: string;
	assessorId: string;
}

export interface OpenItemsInput {
	matrix: ConsensusMatrix;
	exercises: readonly { id: string; competencyIds: readonly string[] }[];
	/** Explicit assignments; an exercise without any means every assessor observes every candidate. */
	assignments: readonly { exerciseId: string; assessorId: string; candidateId: string }[];
	/** Every rating's status (own and others'): who submitted is status, not content, and everyone may know it. */
	ratings: readonly Pick<RatingInput, 'exerciseId' | 'authorId' | 'candidateId' | 'competencyId' | 'submittedAt' | 'deletedAt'>[];
	/** Assessors the lead marked absent for an exercise: not waited for. */
	absences?: readonly Absence[] | undefined;
}

export interface MissingRating {
	exerciseId: string;
	assessorId: string;
	candidateId: string;
	competencyId: string;
	/**
	 * 'draft': a level is there but not submitted; 'absent': nothing given yet; 'skipped': the assessor
	 * submitted the exercise without this one (they are done: not waited for, listed so nobody is surprised).
	 */
	state: 'draft' | 'absent' | 'skipped';
}

export interface OpenItems {
	/** Cells without a decision (neither a level nor "geen consensus"). */
	undecidedCells: { candidateId: string; competencyId: string }[];
	missingRatings: MissingRating[];
	/** Assessors with at least one expected rating not yet submitted (skipped ones aside), with how many. */
	unsubmittedAssessors: { assessorId: string; count: number }[];
	/** Cells (`consensusCellKey`) that cannot be decided yet: an assigned assessor has not submitted for them. */
	waitingCells: Map<string, MissingRating[]>;
	/** True when nothing is open: every cell decided, every assessor submitted (or marked absent). */
	complete: boolean;
}

/** What the consensus meeting still has to do, and which ratings it is still waiting for. */
export function listOpenItems(input: OpenItemsInput): OpenItems {
	const { matrix } = input;
	const undecidedCells = matrix.rows.flat().filter((c) => !c.consensus).map(({ candidateId, competencyId }) => ({ candidateId, competencyId }));
	const missingRatings = listMissingRatings({
		exercises: input.exercises,
		assessorIds: matrix.assessorIds,
		candidateIds: matrix.candidateIds,
		competencyIds: matrix.competencyIds,
		assignments: input.assignments,
		ratings: input.ratings,
		absences: input.absences
	});
	const counts = new Map<string, number>();
	const waitingCells = new Map<string, MissingRating[]>();
	for (const m of missingRatings) {
		if (m.state === 'skipped') continue;
		counts.set(m.assessorId, (counts.get(m.assessorId) ?? 0) + 1);
		const key = consensusCellKey(m.candidateId, m.competencyId);
		waitingCells.set(key, [...(waitingCells.get(key) ?? []), m]);
	}
	const unsubmittedAssessors = matrix.assessorIds.filter((a) => counts.has(a)).map((assessorId) => ({ assessorId, count: counts.get(assessorId)! }));
	return { undecidedCells, missingRatings, unsubmittedAssessors, waitingCells, complete: undecidedCells.length === 0 && waitingCells.size === 0 };
}

export interface MissingRatingsInput {
	exercises: readonly { id: string; competencyIds: readonly string[] }[];
	assessorIds: readonly string[];
	candidateIds: readonly string[];
	competencyIds: readonly string[];
	assignments: OpenItemsInput['assignments'];
	ratings: OpenItemsInput['ratings'];
	absences?: readonly Absence[] | undefined;
}

/** Every rating an assigned assessor still owes (or skipped) for these candidates and competencies. */
export function listMissingRatings(input: MissingRatingsInput): MissingRating[] {
	const wanted = new Set(input.competencyIds);
	const absent = new Set((input.absences ?? []).map((a) => `${a.exerciseId}|${a.assessorId}`));
	const missing: MissingRating[] = [];
	for (const exercise of input.exercises) {
		const pairs = resolveAssignments(exercise.id, input.assessorIds, input.candidateIds, input.assignments);
		for (const { assessorId, candidateId } of pairs) {
			if (absent.has(`${exercise.id}|${assessorId}`)) continue;
			for (const competencyId of exercise.competencyIds) {
				if (!wanted.has(competencyId)) continue;
				const own = input.ratings.filter(
					(r) => !r.deletedAt && r.exerciseId === exercise.id && r.authorId === assessorId && r.candidateId === candidateId && r.competencyId === competencyId
				);
				if (own.some(isCountedRating)) continue;
				const state = hasSubmittedExercise(input.ratings, assessorId, exercise.id) ? 'skipped' : own.length > 0 ? 'draft' : 'absent';
				missing.push({ exerciseId: exercise.id, assessorId, candidateId, competencyId, state });
			}
		}
	}
	return missing;
}

/**
 * Why one cell cannot be decided yet: the assigned assessors who have not submitted its exercises (and
 * are not marked absent). Empty when the cell may be decided.
 */
export function waitingForCell(input: Omit<MissingRatingsInput, 'candidateIds' | 'competencyIds'> & { candidateId: string; competencyId: string }): MissingRating[] {
	const { candidateId, competencyId, ...rest } = input;
	return listMissingRatings({ ...rest, candidateIds: [candidateId], competencyIds: [competencyId] }).filter((m) => m.state !== 'skipped');
}

/** "Nog te wachten op An (Magazijn), Bert (Fiets, klad)": who the cell waits for, by name. */
export function describeWaiting(waiting: readonly MissingRating[], names: { assessors: Record<string, string>; exercises: Record<string, string> }): string {
	const byPair = new Map<string, MissingRating>();
	for (const m of waiting) if (!byPair.has(`${m.assessorId}|${m.exerciseId}`)) byPair.set(`${m.assessorId}|${m.exerciseId}`, m);
	const parts = [...byPair.values()].map(
		(m) => `${names.assessors[m.assessorId] ?? 'onbekende assessor'} (${names.exercises[m.exerciseId] ?? 'oefening'}${m.state === 'draft' ? ', klad' : ''})`
	);
	return `Nog te wachten op ${parts.join(', ')}.`;
}
