import type { RatingLevel } from '../model/observation';

/**
 * What an assessor produced while practising a calibration case, with the same WAKKER steps as a real exercise:
 * notes (optionally tied to the vignette sentences they describe), classifications and levels.
 */
export interface PracticeNote {
	readonly id: string;
	readonly text: string;
	/** Vignette sentences this note describes: how the feedback knows which reference evidence was noted. */
	readonly sentenceIds: readonly string[];
}

export interface PracticeClassification {
	readonly noteId: string;
	readonly competencyId: string;
	readonly indicatorId?: string;
	readonly levelId?: string;
}

export interface PracticeRating {
	readonly competencyId: string;
	readonly level: RatingLevel;
	readonly reason: string;
}

export interface PracticeWork {
	readonly notes: readonly PracticeNote[];
	readonly classifications: readonly PracticeClassification[];
	readonly ratings: readonly PracticeRating[];
}
