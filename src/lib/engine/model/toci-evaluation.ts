import { z } from '../common/zod-nl';
import { slugId, TEXT_LIMITS, freeText } from '../common/text';
import { Id, IsoDate, RecordMeta } from './base';

export const TociAnswer = z.strictObject({
	levelId: slugId.optional(),
	/** Self: a concrete example from work; mentor/coach: what they saw. */
	text: freeText(TEXT_LIMITS.shortText)
});
export type TociAnswer = z.infer<typeof TociAnswer>;

export const DOORSTROOM_OUTCOMES = ['blijven', 'volgende-stageplaats', 'stage-naar-oao'] as const;

/** One TOCI evaluation conversation (Ghent practice): self-evaluation next to the mentor's judgement. */
export const TociEvaluation = z.strictObject({
	...RecordMeta,
	candidateId: Id,
	instrumentVersionId: z.string().max(200),
	date: IsoDate,
	mentorName: freeText(TEXT_LIMITS.name),
	self: z.record(slugId, TociAnswer),
	mentor: z.record(slugId, TociAnswer),
	coach: z.record(slugId, TociAnswer),
	mastered: z.array(slugId),
	decision: z
		.strictObject({
			outcome: z.enum(DOORSTROOM_OUTCOMES),
			phase: z.enum(['arbeidsbereid', 'arbeidsrijp']),
			reason: freeText(TEXT_LIMITS.shortText)
		})
		.optional(),
	/** PDP that receives this conversation's SMART actions. */
	pdpId: Id.optional(),
	/** The PDP action items (source 'toci') agreed in this conversation, in the order they were added. */
	actionIds: z.array(Id).max(200).optional(),
	/** Name of the jobcoach who took part, when there was one. */
	coachName: freeText(TEXT_LIMITS.name).optional()
});
export type TociEvaluation = z.infer<typeof TociEvaluation>;
