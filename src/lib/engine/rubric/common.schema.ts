import { z } from '../common/zod-nl';
import { requiredLine, slugId, freeText } from '../common/text';

/** Semantic version of a rubric file: a file once used in an assessment is never changed, only superseded. */
export const RubricVersionString = z
	.string()
	.regex(/^\d+\.\d+\.\d+$/, 'moet een versienummer zijn zoals "1.0.0"');

/**
 * Where a piece of rubric content comes from, so users know what to replace with their own instrument:
 * - `draaiboek`: verbatim from the DOne draaiboek;
 * - `gent`: from the City of Ghent practice (TOCI, seed 000);
 * - `project`: written for this app in the style of the source, to be checked or replaced by the user;
 * - `user`: supplied by the organisation itself.
 */
export const Provenance = z.enum(['draaiboek', 'gent', 'project', 'user']);
export type Provenance = z.infer<typeof Provenance>;

export const RubricHeader = {
	id: slugId,
	version: RubricVersionString,
	title: requiredLine(),
	description: freeText(4_000),
	language: z.literal('nl-BE'),
	source: freeText(1_000)
};
