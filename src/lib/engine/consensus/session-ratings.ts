import type { SessionRating } from '../diagnostics/session-ratings';
import { isCountedRating, ratingValue, type RatingInput } from './assessor-level';

/**
 * The ratings the agreement statistics use: submitted, not deleted, and with a level ("niet geobserveerd" is not a
 * level). Consensus decisions and TOCI evaluations never enter here: only the assessors' own, independent ratings.
 */
export function toSessionRatings(ratings: readonly RatingInput[]): SessionRating[] {
	return ratings.flatMap((r) => {
		if (!isCountedRating(r)) return [];
		const level = ratingValue(r.level);
		return level === undefined ? [] : [{ candidateId: r.candidateId, competencyId: r.competencyId, assessorId: r.authorId, exerciseId: r.exerciseId, level }];
	});
}
