import { z } from '../common/zod-nl';
import { requiredLine, slugId } from '../common/text';
import { RubricHeader } from './common.schema';
import { checkUniqueIds } from './unique-ids';

/**
 * Words that interpret instead of describe (WAKKER "Aantekenen": note facts, no personality traits).
 * A term is a word or a short phrase; matching is whole-word and case-insensitive. A term ending in `*`
 * also matches inflections (e.g. "ongemotiveerd*").
 */
export const NoteCoachCategory = z.strictObject({
	id: slugId,
	label: requiredLine(),
	suggestion: requiredLine(300),
	terms: z.array(requiredLine(60)).min(1).max(500)
});
export type NoteCoachCategory = z.infer<typeof NoteCoachCategory>;

export const NoteCoachLexicon = z
	.strictObject({
		kind: z.literal('note-coach'),
		...RubricHeader,
		categories: z.array(NoteCoachCategory).min(1).max(20)
	})
	.superRefine((n, ctx) => checkUniqueIds(n.categories, ['categories'], ctx));
export type NoteCoachLexicon = z.infer<typeof NoteCoachLexicon>;
