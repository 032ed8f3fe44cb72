import type { SessionRating } from '../diagnostics/session-ratings';
import { isCountedRating, ratingValue, type RatingInput } from './rating-input';

/** The order units and assessors appear in: the session's own order (candidates, competencies, exercises, assessors). */
export interface SessionOrder {
	candidateIds: readonly string[];
	competencyIds: readonly string[];
	exerciseIds: readonly string[];
	assessorIds: readonly string[];
}

function rankOf(ids: readonly string[]): (id: string) => number {
	const index = new Map(ids.map((id, i) => [id, i]));
	return (id) => index.get(id) ?? ids.length;
}

/**
 * The ratings the agreement statistics use: submitted, not deleted, and with a level ("niet geobserveerd" is not a
 * level). Consensus decisions and TOCI evaluations never enter here: only the assessors' own, independent ratings.
 * Sorted in the session's order, so the units (and with them the bootstrap interval and the exported lines) are the
 * same on every device, whatever order the database returns the records in.
 */
export function toSessionRatings(ratings: readonly RatingInput[], order?: SessionOrder): SessionRating[] {
	const kept = ratings.flatMap((r) => {
		if (!isCountedRating(r)) return [];
		const level = ratingValue(r.level);
		return level === undefined ? [] : [{ candidateId: r.candidateId, competencyId: r.competencyId, assessorId: r.authorId, exerciseId: r.exerciseId, level }];
	});
	if (!order) return kept;
	const cand = rankOf(order.candidateIds);
	const comp = rankOf(order.competencyIds);
	const ex = rankOf(order.exerciseIds);
	const who = rankOf(order.assessorIds);
	const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return kept.sort(
		(a, b) =>
			cand(a.candidateId) - cand(b.candidateId) ||
			text(a.candidateId, b.candidateId) ||
			comp(a.competencyId) - comp(b.competencyId) ||
			text(a.competencyId, b.competencyId) ||
			ex(a.exerciseId) - ex(b.exerciseId) ||
			text(a.exerciseId, b.exerciseId) ||
			who(a.assessorId) - who(b.assessorId) ||
			text(a.assessorId, b.assessorId)
	);
}
