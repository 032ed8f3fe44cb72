import { resolveAssignments } from '../observation/setup-checks';
import { isCountedRating, type RatingInput } from './assessor-level';
import type { ConsensusMatrix } from './matrix';

export interface OpenItemsInput {
	matrix: ConsensusMatrix;
	exercises: readonly { id: string; competencyIds: readonly string[] }[];
	/** Explicit assignments; an exercise without any means every assessor observes every candidate. */
	assignments: readonly { exerciseId: string; assessorId: string; candidateId: string }[];
	ratings: readonly RatingInput[];
}

export interface MissingRating {
	exerciseId: string;
	assessorId: string;
	candidateId: string;
	competencyId: string;
	/** 'draft': a level is there but not submitted; 'absent': nothing given yet. */
	state: 'draft' | 'absent';
}

export interface OpenItems {
	undecidedCells: { candidateId: string; competencyId: string }[];
	missingRatings: MissingRating[];
	/** Assessors with at least one expected rating not yet submitted, with how many. */
	unsubmittedAssessors: { assessorId: string; count: number }[];
	/** True when nothing is open: every cell decided, every expected rating submitted. */
	complete: boolean;
}

/** What the consensus meeting still has to do, and which ratings it is still waiting for. */
export function listOpenItems(input: OpenItemsInput): OpenItems {
	const { matrix } = input;
	const inMatrix = new Set(matrix.competencyIds);
	const undecidedCells = matrix.rows.flat().filter((c) => !c.consensus).map(({ candidateId, competencyId }) => ({ candidateId, competencyId }));

	const missingRatings: MissingRating[] = [];
	for (const exercise of input.exercises) {
		const pairs = resolveAssignments(exercise.id, matrix.assessorIds, matrix.candidateIds, input.assignments);
		for (const { assessorId, candidateId } of pairs) {
			for (const competencyId of exercise.competencyIds) {
				if (!inMatrix.has(competencyId)) continue;
				const own = input.ratings.filter(
					(r) => !r.deletedAt && r.exerciseId === exercise.id && r.authorId === assessorId && r.candidateId === candidateId && r.competencyId === competencyId
				);
				if (own.some(isCountedRating)) continue;
				missingRatings.push({ exerciseId: exercise.id, assessorId, candidateId, competencyId, state: own.length > 0 ? 'draft' : 'absent' });
			}
		}
	}
	const counts = new Map<string, number>();
	for (const m of missingRatings) counts.set(m.assessorId, (counts.get(m.assessorId) ?? 0) + 1);
	const unsubmittedAssessors = matrix.assessorIds.filter((a) => counts.has(a)).map((assessorId) => ({ assessorId, count: counts.get(assessorId)! }));
	return { undecidedCells, missingRatings, unsubmittedAssessors, complete: undecidedCells.length === 0 && missingRatings.length === 0 };
}
