import type { SamLevelId } from '../rubric/sam-scale';
import { computeCombinedScore } from './combined-score';
import { findOpenCells } from './closing';
import { waitingForCell, type Absence, type OpenItemsInput } from './open-items';
import { isCountedRating, type RatingInput } from './rating-input';

export interface UnanimousInput {
	candidateIds: readonly string[];
	competencyIds: readonly string[];
	assessorIds: readonly string[];
	exercises: readonly { id: string; competencyIds: readonly string[] }[];
	assignments: OpenItemsInput['assignments'];
	ratings: readonly RatingInput[];
	decisions: readonly { candidateId: string; competencyId: string; deletedAt?: string | undefined }[];
	absences?: readonly Absence[] | undefined;
}

export interface UnanimousCell {
	candidateId: string;
	competencyId: string;
	level: SamLevelId;
	/** The assessors who gave that level (in session order). */
	assessorIds: string[];
}

/**
 * The open cells "Neem de eensgezinde cellen over" decides: no decision yet, nobody still awaited, and
 * eensgezind by the one combined rule (at least two assessors, every submitted level the same).
 * Counts only submitted ratings, so nobody's draft can make a cell look unanimous.
 */
export function findUnanimousCells(input: UnanimousInput): UnanimousCell[] {
	const submitted = input.ratings.filter(isCountedRating);
	const exerciseIds = input.exercises.map((e) => e.id);
	const found: UnanimousCell[] = [];
	for (const { candidateId, competencyId } of findOpenCells(input)) {
		const waiting = waitingForCell({ ...input, candidateId, competencyId });
		if (waiting.length > 0) continue;
		const ratings = submitted.filter((r) => r.candidateId === candidateId && r.competencyId === competencyId);
		const score = computeCombinedScore({ assessorIds: input.assessorIds, ratings, exerciseIds });
		if (!score.agreed || !score.agreedLevel) continue;
		found.push({ candidateId, competencyId, level: score.agreedLevel, assessorIds: score.assessors.filter((a) => a.status === 'rated').map((a) => a.assessorId) });
	}
	return found;
}
