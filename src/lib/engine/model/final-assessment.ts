import { z } from '../common/zod-nl';
import { slugId, TEXT_LIMITS, freeText } from '../common/text';
import { Id, RecordMeta } from './base';

/**
 * The advice of an eindbeoordeling: is the candidate ready for doorstroom to the regular labour market
 * (draaiboek: "doorstroomklaar"), nearly, or not yet.
 */
export const FINAL_ADVICE_IDS = ['doorstroomklaar', 'bijna-doorstroomklaar', 'nog-niet-doorstroomklaar'] as const;
export type FinalAdviceId = (typeof FINAL_ADVICE_IDS)[number];

/**
 * Rapporteren (draaiboek, WAKKER step 6): "komen tot een eindverslag – eindbeoordeling" and "een overzicht
 * van competenties – groeipunten – aandachtspunten". One per candidate per assessment-center, written by the
 * lead after the consensus. Sterke punten and groeipunten are competencies chosen from the agreed levels;
 * aandachtspunten are what is not a competency (conditions such as mobility or child care).
 */
export const FinalAssessment = z.strictObject({
	...RecordMeta,
	sessionId: Id,
	candidateId: Id,
	/** Absent until the lead chooses one: an eindbeoordeling without advice is not finished. */
	advice: z.enum(FINAL_ADVICE_IDS).optional(),
	/** The written motivation: why this advice. */
	motivation: freeText(TEXT_LIMITS.longText),
	strengthIds: z.array(slugId).max(60),
	growthPointIds: z.array(slugId).max(60),
	attentionPoints: freeText(TEXT_LIMITS.shortText),
	/** Who wrote it last (the lead); `updatedAt` says when. */
	authorId: Id
});
export type FinalAssessment = z.infer<typeof FinalAssessment>;
