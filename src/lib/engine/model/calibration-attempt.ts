import { z } from '../common/zod-nl';
import { slugId, TEXT_LIMITS, freeText } from '../common/text';
import { Id, IsoDateTime, RecordMeta } from './base';
import { RatingLevel } from './observation';
import { SamLevelId } from '../rubric/sam-scale';

/**
 * One assessor's practice on one calibration case. Kept apart from every real-assessment table, so practice
 * never reaches statistics, reports, PDPs, KPI counts or the exchange bundles about candidates.
 * Once `submittedAt` is set the work is frozen: the feedback compares exactly what was submitted.
 */
export const PracticeNoteRecord = z.strictObject({
	id: Id,
	text: freeText(TEXT_LIMITS.longText),
	sentenceIds: z.array(slugId).max(300),
	createdAt: IsoDateTime
});
export type PracticeNoteRecord = z.infer<typeof PracticeNoteRecord>;

export const CalibrationAttempt = z.strictObject({
	...RecordMeta,
	/** The case as `id@version`: a case once practised is never changed, only superseded. */
	caseKey: z.string().min(1).max(250),
	assessorId: Id,
	notes: z.array(PracticeNoteRecord).max(1_000),
	classifications: z
		.array(z.strictObject({ noteId: Id, competencyId: slugId, indicatorId: slugId.optional(), levelId: SamLevelId.optional() }))
		.max(5_000),
	ratings: z.array(z.strictObject({ competencyId: slugId, level: RatingLevel, reason: freeText(TEXT_LIMITS.shortText) })).max(60),
	submittedAt: IsoDateTime.optional()
});
export type CalibrationAttempt = z.infer<typeof CalibrationAttempt>;
