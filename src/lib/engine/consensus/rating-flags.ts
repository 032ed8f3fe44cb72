import { flagRating } from '../observation/rating-rules';
import { NOT_OBSERVED, type RatingLevel } from '../model/observation';
import { isCountedRating } from './rating-input';

/** Draaiboek DOne, valkuilen, in its own words. */
export const RATING_FLAG_PITFALLS = {
	'no-evidence': 'Oordelen op basis van te weinig informatie',
	'before-exercise-end': 'Te snel oordelen'
} as const;

export interface AssessorRatingFlags {
	assessorId: string;
	/** Submitted ratings with a level. */
	rated: number;
	noEvidence: number;
	beforeEnd: number;
}

/** Per assessor: how many submitted levels have no linked note, and how many were given before the exercise ended. */
export function summariseRatingFlags(
	assessorIds: readonly string[],
	ratings: readonly { authorId: string; exerciseId: string; level: RatingLevel; evidenceObservationIds: readonly string[]; updatedAt: string; submittedAt?: string | undefined; deletedAt?: string | undefined }[],
	exercises: readonly { id: string; endedAt?: string | undefined }[]
): AssessorRatingFlags[] {
	const ended = new Map(exercises.map((e) => [e.id, e]));
	return assessorIds.map((assessorId) => {
		const own = ratings.filter((r) => r.authorId === assessorId && isCountedRating(r) && r.level !== NOT_OBSERVED);
		let noEvidence = 0;
		let beforeEnd = 0;
		for (const r of own) {
			const flags = flagRating(r, ended.get(r.exerciseId) ?? {});
			if (flags.some((f) => f.id === 'no-evidence')) noEvidence++;
			if (flags.some((f) => f.id === 'before-exercise-end')) beforeEnd++;
		}
		return { assessorId, rated: own.length, noEvidence, beforeEnd };
	});
}
