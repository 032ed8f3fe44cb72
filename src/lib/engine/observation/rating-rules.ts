import { NOT_OBSERVED, type RatingLevel } from '../model/observation';

export type RatingFlagId = 'no-evidence' | 'before-exercise-end';

export interface RatingFlag {
	id: RatingFlagId;
	message: string;
}

/**
 * Marks on a rating; it stays allowed. Draaiboek DOne, valkuilen: "oordelen op basis van te weinig
 * informatie" (a level without a single linked note) and "te snel oordelen" (a level given while the
 * exercise was still running, or before it was marked as ended).
 */
export function flagRating(
	rating: { level: RatingLevel; evidenceObservationIds: readonly string[]; updatedAt: string },
	exercise: { endedAt?: string | undefined }
): RatingFlag[] {
	if (rating.level === NOT_OBSERVED) return [];
	const flags: RatingFlag[] = [];
	if (rating.evidenceObservationIds.length === 0)
		flags.push({ id: 'no-evidence', message: 'Geen notitie als bewijs gekoppeld: oordeel je op te weinig informatie?' });
	if (!exercise.endedAt)
		flags.push({ id: 'before-exercise-end', message: 'De oefening is nog niet afgesloten: oordeel je te snel?' });
	else if (Date.parse(rating.updatedAt) < Date.parse(exercise.endedAt))
		flags.push({ id: 'before-exercise-end', message: 'Gegeven vóór het einde van de oefening: te snel geoordeeld?' });
	return flags;
}

/** A submitted rating is kept as given (no edits afterwards: consensus works on the originals). */
export function canEditRating(rating: { submittedAt?: string | undefined }): boolean {
	return !rating.submittedAt;
}
