import { z } from '../common/zod-nl';
import { requiredLine, slugId, freeText } from '../common/text';
import { RubricHeader } from './common.schema';
import { checkUniqueIds } from './unique-ids';

/** The doorstroomklaar checklist (draaiboek p. 5): items scored 0 ("totaal niet") to 6 ("volledig"). */
export const Checklist = z
	.strictObject({
		kind: z.literal('checklist'),
		...RubricHeader,
		scale: z.strictObject({
			min: z.number().int(),
			max: z.number().int(),
			minLabel: requiredLine(),
			maxLabel: requiredLine()
		}),
		items: z.array(z.strictObject({ id: slugId, number: z.number().int().min(1), text: requiredLine(1_000) })).min(1).max(100),
		reflectionQuestions: z.array(z.strictObject({ id: slugId, text: requiredLine(400) })).max(10),
		advice: freeText(2_000)
	})
	.superRefine((c, ctx) => {
		if (c.scale.max <= c.scale.min) ctx.addIssue({ code: 'custom', path: ['scale', 'max'], message: 'moet groter zijn dan min' });
		checkUniqueIds(c.items, ['items'], ctx);
		checkUniqueIds(c.reflectionQuestions, ['reflectionQuestions'], ctx);
	});
export type Checklist = z.infer<typeof Checklist>;
