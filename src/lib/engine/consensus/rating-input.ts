import { NOT_OBSERVED, type RatingLevel } from '../model/observation';
import { samLevelValue } from '../rubric/sam-scale';
import { isPractice } from './who-counts';

/** The fields of a rating the consensus engine reads. */
export interface RatingInput {
	exerciseId: string;
	candidateId: string;
	competencyId: string;
	authorId: string;
	level: RatingLevel;
	submittedAt?: string | undefined;
	deletedAt?: string | undefined;
	/** An observer-in-training's practice rating (who-counts.ts): never counted. */
	practice?: true | undefined;
}

/**
 * Only submitted, not deleted ratings count: a draft can still change and is not the assessor's judgement yet.
 * A practice rating (who-counts.ts) never counts, submitted or not.
 */
export function isCountedRating(r: Pick<RatingInput, 'submittedAt' | 'deletedAt'> & { practice?: true | undefined }): boolean {
	return Boolean(r.submittedAt) && !r.deletedAt && !isPractice({ practice: r.practice });
}

/** Numeric SAM value (1..4) of a rating, undefined for "niet geobserveerd". */
export function ratingValue(level: RatingLevel): number | undefined {
	return level === NOT_OBSERVED ? undefined : samLevelValue(level);
}
