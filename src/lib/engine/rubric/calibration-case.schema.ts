import { z } from '../common/zod-nl';
import { freeText, requiredLine, slugId } from '../common/text';
import { Provenance, RubricHeader, RubricVersionString } from './common.schema';
import { SamLevelId } from './sam-scale';
import { checkUniqueIds } from './unique-ids';

/**
 * A calibration case (frame-of-reference training): a written vignette of one candidate in one exercise, told as
 * observable behaviour over time, with the reference judgement of a panel of experienced assessors. Assessors
 * practise on it with the ordinary WAKKER steps and compare their levels and evidence with the reference.
 */

/** One sentence of the vignette, shown from `minute` on when the case is played as time passes. */
export const VignetteSentence = z.strictObject({
	id: slugId,
	minute: z.number().int().min(0).max(600),
	text: requiredLine(600)
});
export type VignetteSentence = z.infer<typeof VignetteSentence>;

/** A sentence the panel counts as evidence for a competency, on one of its indicator rows. */
export const ReferenceEvidence = z.strictObject({
	sentenceId: slugId,
	indicatorId: slugId
});
export type ReferenceEvidence = z.infer<typeof ReferenceEvidence>;

export const ReferenceRating = z.strictObject({
	competencyId: slugId,
	level: SamLevelId,
	reason: requiredLine(1_000),
	evidence: z.array(ReferenceEvidence).min(1, 'heeft minstens één zin als bewijs nodig').max(50)
});
export type ReferenceRating = z.infer<typeof ReferenceRating>;

export const CalibrationCase = z
	.strictObject({
		kind: z.literal('calibration-case'),
		...RubricHeader,
		provenance: Provenance,
		/**
		 * What the case trains (e.g. daring to give "onvoldoende"), shown only after submitting: said before the
		 * practice it would anchor the levels the assessor is there to find. Title and description stay neutral.
		 */
		focus: requiredLine(600),
		/** The competency profile whose competencies and indicator rows the reference uses. */
		profile: z.strictObject({ id: slugId, version: RubricVersionString }),
		exercise: z.strictObject({
			/** Id in the exercise library (oefeningen.json), when the case is one of its exercises. */
			templateId: slugId.optional(),
			name: requiredLine(),
			durationMinutes: z.number().int().min(1).max(600)
		}),
		/** A fictional candidate: never a real person. */
		candidate: z.strictObject({ name: requiredLine(80), context: freeText(1_000) }),
		vignette: z.array(VignetteSentence).min(3, 'heeft minstens drie zinnen nodig').max(300),
		reference: z.strictObject({
			panel: requiredLine(1_000),
			ratings: z.array(ReferenceRating).min(1).max(18)
		})
	})
	.superRefine((c, ctx) => {
		checkUniqueIds(c.vignette, ['vignette'], ctx);
		c.vignette.forEach((s, i) => {
			const previous = c.vignette[i - 1];
			if (previous && s.minute < previous.minute)
				ctx.addIssue({ code: 'custom', path: ['vignette', i, 'minute'], message: `komt vóór de vorige zin (minuut ${previous.minute}); zet de zinnen in de volgorde van de tijd` });
			if (s.minute > c.exercise.durationMinutes)
				ctx.addIssue({ code: 'custom', path: ['vignette', i, 'minute'], message: `ligt na het einde van de oefening (${c.exercise.durationMinutes} minuten)` });
		});
		const sentenceIds = new Set(c.vignette.map((s) => s.id));
		const seen = new Set<string>();
		c.reference.ratings.forEach((r, i) => {
			if (seen.has(r.competencyId))
				ctx.addIssue({ code: 'custom', path: ['reference', 'ratings', i, 'competencyId'], message: `"${r.competencyId}" staat twee keer in de referentie` });
			seen.add(r.competencyId);
			r.evidence.forEach((e, j) => {
				if (!sentenceIds.has(e.sentenceId))
					ctx.addIssue({ code: 'custom', path: ['reference', 'ratings', i, 'evidence', j, 'sentenceId'], message: `verwijst naar zin "${e.sentenceId}", die niet in het verhaal staat` });
			});
		});
	});
export type CalibrationCase = z.infer<typeof CalibrationCase>;
