import { z } from '../common/zod-nl';
import { requiredLine, slugId } from '../common/text';
import { RubricHeader } from './common.schema';
import { checkUniqueIds } from './unique-ids';

/** Status of an action: the draaiboek's "Voltooid?" column with − / +/− / +. */
export const ACTION_STATUS_IDS = ['niet', 'deels', 'volledig'] as const;
export const ActionStatusId = z.enum(ACTION_STATUS_IDS);
export type ActionStatusId = z.infer<typeof ActionStatusId>;

export const SuggestedAction = z.strictObject({
	text: requiredLine(400),
	timespan: requiredLine(100).optional(),
	who: requiredLine(100).optional(),
	/**
	 * The jobs this action fits, by functieprofiel job id ("keukenhulp") or sector name ("Horeca en grootkeuken"),
	 * compared without regard to case, accents or spaces. Absent: it fits any job. A tagged action is suggested only
	 * to a candidate whose job target matches, so a kitchen helper does not get "bestellingen natellen".
	 */
	fits: z.array(requiredLine(120)).min(1).max(30).optional()
});
export type SuggestedAction = z.infer<typeof SuggestedAction>;

/** SMART hints are data so a coach organisation can tune the words without touching code. */
export const SmartRules = z.strictObject({
	concreteVerbs: z.array(requiredLine(60)).min(1),
	vagueWords: z.array(requiredLine(60)),
	measurableMarkers: z.array(requiredLine(60)),
	deadlineMarkers: z.array(requiredLine(60)),
	hints: z.strictObject({
		concrete: requiredLine(300),
		measurable: requiredLine(300),
		deadline: requiredLine(300),
		who: requiredLine(300)
	})
});
export type SmartRules = z.infer<typeof SmartRules>;

export const PdpSchema = z
	.strictObject({
		kind: z.literal('pdp-schema'),
		...RubricHeader,
		columns: z.strictObject({
			action: requiredLine(),
			timespan: requiredLine(),
			who: requiredLine(),
			status: requiredLine(),
			remarks: requiredLine()
		}),
		statusScale: z
			.array(z.strictObject({ id: ActionStatusId, symbol: requiredLine(10), label: requiredLine() }))
			.length(3),
		coachingQuestions: z.array(requiredLine(400)).min(1),
		needsQuestions: z.array(requiredLine(400)),
		resourceQuestions: z.array(requiredLine(400)),
		/** Keyed by competency id of the competency profile (and TOCI): where a PDP draft can start from. */
		suggestedActions: z.record(slugId, z.array(SuggestedAction).min(1).max(10)),
		smart: SmartRules
	})
	.superRefine((p, ctx) => checkUniqueIds(p.statusScale, ['statusScale'], ctx));
export type PdpSchema = z.infer<typeof PdpSchema>;
