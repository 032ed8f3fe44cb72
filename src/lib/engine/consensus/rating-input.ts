import { NOT_OBSERVED, type RatingLevel } from '../model/observation';
import { samLevelValue } from '../rubric/sam-scale';

/** The fields of a rating the consensus engine reads. */
export interface RatingInput {
	exerciseId: string;
	candidateId: string;
	competencyId: string;
	authorId: string;
	level: RatingLevel;
	submittedAt?: string | undefined;
	deletedAt?: string | undefined;
}

/** Only submitted, not deleted ratings count: a draft can still change and is not the assessor's judgement yet. */
export function isCountedRating(r: Pick<RatingInput, 'submittedAt' | 'deletedAt'>): boolean {
	return Boolean(r.submittedAt) && !r.deletedAt;
}

/** Numeric SAM value (1..4) of a rating, undefined for "niet geobserveerd". */
export function ratingValue(level: RatingLevel): number | undefined {
	return level === NOT_OBSERVED ? undefined : samLevelValue(level);
}
