import { z } from '../common/zod-nl';
import { requiredLine, slugId, freeText } from '../common/text';
import { Provenance, RubricHeader } from './common.schema';
import { checkUniqueIds } from './unique-ids';

/** Ready-made exercises (draaiboek p. 14: Magazijn + stock, Fietsherstelling, Kookopdracht). */
export const ExerciseTemplate = z.strictObject({
	id: slugId,
	name: requiredLine(),
	durationMinutes: z.number().int().min(1).max(600),
	setting: freeText(1_000),
	instructions: requiredLine(4_000),
	/** Competency ids of the DOne profile this exercise lets you observe well. */
	suggestedCompetencies: z.array(slugId).max(18),
	provenance: Provenance
});
export type ExerciseTemplate = z.infer<typeof ExerciseTemplate>;

export const ExerciseLibrary = z
	.strictObject({
		kind: z.literal('exercise-library'),
		...RubricHeader,
		exercises: z.array(ExerciseTemplate).min(1).max(100)
	})
	.superRefine((l, ctx) => checkUniqueIds(l.exercises, ['exercises'], ctx));
export type ExerciseLibrary = z.infer<typeof ExerciseLibrary>;
