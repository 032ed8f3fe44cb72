import { z } from '../common/zod-nl';
import { requiredLine, slugId } from '../common/text';
import { Provenance, RubricHeader } from './common.schema';
import { checkUniqueIds } from './unique-ids';

/** A level of the TOCI scale; self-evaluation and mentor use the same levels, the youth sees `youthLabel`. */
export const TociLevel = z.strictObject({
	id: slugId,
	value: z.number().int().min(1).max(10),
	label: requiredLine(),
	youthLabel: requiredLine()
});

export const TociCompetency = z.strictObject({
	id: slugId,
	name: requiredLine(),
	definition: requiredLine(1_000),
	/** The question the youth answers in plain language, with a concrete example from work. */
	selfPrompt: requiredLine(400),
	examplePrompt: requiredLine(400),
	/** What the mentor looks at; observable behaviour. */
	mentorIndicators: z.array(requiredLine(400)).min(1).max(8),
	provenance: Provenance
});
export type TociCompetency = z.infer<typeof TociCompetency>;

export const TociInstrument = z
	.strictObject({
		kind: z.literal('toci'),
		...RubricHeader,
		levels: z.array(TociLevel).min(2).max(10),
		selfForm: z.strictObject({ intro: requiredLine(1_000) }),
		mentorForm: z.strictObject({ intro: requiredLine(1_000) }),
		competencies: z.array(TociCompetency).min(1).max(40),
		/** The phases of the Ghent practice: arbeidsbereid (stage) → arbeidsrijp (OAO). */
		phases: z.array(z.strictObject({ id: slugId, name: requiredLine(), description: requiredLine(1_000) })).min(1)
	})
	.superRefine((t, ctx) => {
		checkUniqueIds(t.levels, ['levels'], ctx);
		checkUniqueIds(t.competencies, ['competencies'], ctx);
		checkUniqueIds(t.phases, ['phases'], ctx);
		t.levels.forEach((level, i) => {
			if (i > 0 && level.value <= t.levels[i - 1]!.value)
				ctx.addIssue({ code: 'custom', path: ['levels', i, 'value'], message: 'niveaus moeten oplopend geordend zijn' });
		});
	});
export type TociInstrument = z.infer<typeof TociInstrument>;
