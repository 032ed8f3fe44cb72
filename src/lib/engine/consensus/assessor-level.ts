import { NOT_OBSERVED, type RatingLevel } from '../model/observation';
import { samLevelValue } from '../rubric/sam-scale';

/**
 * How one assessor's ratings of one candidate on one competency over several exercises become the one
 * level shown in the consensus matrix. Said in the UI too, so nobody reads it as a score of its own.
 */
export const ASSESSOR_LEVEL_RULE =
	'Per assessor: de mediaan van de ingediende niveaus over de oefeningen; bij een even aantal de lagere van de twee middelste niveaus. "Niet geobserveerd" telt niet mee.';

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

/**
 * The lower median of ordinal values: stays on the scale (no 2.5 on a four-level scale) and, when two
 * levels are equally central, starts the discussion from the lower one (draaiboek valkuil "overwaarderen").
 */
export function lowerMedian(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)];
}

export type AssessorLevelStatus = 'rated' | 'not-observed' | 'missing';

export interface AssessorLevel {
	assessorId: string;
	status: AssessorLevelStatus;
	/** 1..4 when `status` is 'rated'. */
	value?: number;
	/** The per-exercise values behind it, in exercise order of the ratings given. */
	exerciseValues: { exerciseId: string; value: number | undefined }[];
}

/** One assessor's level for a candidate × competency, following `ASSESSOR_LEVEL_RULE`. */
export function aggregateAssessorLevel(assessorId: string, ratings: readonly RatingInput[]): AssessorLevel {
	const own = ratings.filter((r) => r.authorId === assessorId && isCountedRating(r));
	const exerciseValues = own.map((r) => ({ exerciseId: r.exerciseId, value: ratingValue(r.level) }));
	if (own.length === 0) return { assessorId, status: 'missing', exerciseValues };
	const values = exerciseValues.flatMap((e) => (e.value === undefined ? [] : [e.value]));
	const value = lowerMedian(values);
	if (value === undefined) return { assessorId, status: 'not-observed', exerciseValues };
	return { assessorId, status: 'rated', value, exerciseValues };
}
