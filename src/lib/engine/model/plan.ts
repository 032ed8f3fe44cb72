import { z } from '../common/zod-nl';
import { slugId, TEXT_LIMITS, freeText, requiredLine } from '../common/text';
import { Id, IsoDate, IsoDateTime, RecordMeta } from './base';
import { ActionStatusId } from '../rubric/pdp-schema.schema';

export const PlanNeed = z.strictObject({
	id: Id,
	competencyId: slugId.optional(),
	text: freeText(TEXT_LIMITS.shortText),
	evidence: freeText(TEXT_LIMITS.longText),
	/**
	 * What the app wrote when it drafted this need from the assessment. A field still equal to it is the app's, and
	 * may be replaced when newer levels are taken over; a field the coach changed is theirs and is never replaced.
	 */
	drafted: z.strictObject({ text: freeText(TEXT_LIMITS.shortText), evidence: freeText(TEXT_LIMITS.longText) }).optional()
});
export type PlanNeed = z.infer<typeof PlanNeed>;

/** One competency's level as the PDP was drafted from it, so a later change of the consensus can be seen. */
export const AssessedLevel = z.strictObject({
	competencyId: slugId,
	/** "consensus:goed", "combined:matig", "no-consensus", "none": what counts as the same level. */
	key: z.string().max(60),
	/** The level as the report words it ("Matig (nog geen consensus …)"). */
	words: freeText(TEXT_LIMITS.shortText)
});
export type AssessedLevel = z.infer<typeof AssessedLevel>;

/** A coaching session (coachinggesprek) held on the PDP: when, what was agreed, and the next appointment. */
export const CoachingSession = z.strictObject({
	id: Id,
	/** The day the conversation took place (not the day it was typed in). */
	date: IsoDate,
	agreed: freeText(TEXT_LIMITS.longText),
	next: z.strictObject({ date: IsoDate, note: freeText(TEXT_LIMITS.name) }).optional(),
	by: Id.optional(),
	recordedAt: IsoDateTime
});
export type CoachingSession = z.infer<typeof CoachingSession>;

/** Persoonlijk Doorstroom Plan: needs and obstacles, resources (hulpbronnen) and actions. */
export const Pdp = z.strictObject({
	...RecordMeta,
	candidateId: Id,
	sessionId: Id.optional(),
	title: requiredLine(),
	needs: z.array(PlanNeed).max(100),
	resources: z.array(z.strictObject({ id: Id, text: freeText(TEXT_LIMITS.shortText) })).max(100),
	coachId: Id.optional(),
	/** The job target's functieprofiel the needs were drafted against, and what the comparison said then. */
	target: z.strictObject({ job: requiredLine(120), summary: freeText(TEXT_LIMITS.shortText) }).optional(),
	/** Where the drafted needs come from, in one sentence ("Uit de kloof met …", or "Geen functieprofiel gekozen: …"). */
	needsBasis: freeText(TEXT_LIMITS.shortText).optional(),
	/** The levels of the assessment the needs were drafted from (absent for a PDP started by hand). */
	assessedLevels: z.array(AssessedLevel).max(100).optional(),
	/** The coaching sessions held on this PDP, oldest first. */
	coachingSessions: z.array(CoachingSession).max(500).optional()
});
export type Pdp = z.infer<typeof Pdp>;

export const ActionUpdate = z.strictObject({
	at: IsoDateTime,
	/** The day of the coaching session this follow-up was agreed in, when that is not the day it was typed in. */
	date: IsoDate.optional(),
	status: ActionStatusId,
	remark: freeText(TEXT_LIMITS.shortText),
	by: Id.optional()
});
export type ActionUpdate = z.infer<typeof ActionUpdate>;

/**
 * One row of an action table (draaiboek: Concrete acties | Tijdspanne | Wie? | Voltooid? | Opmerkingen).
 * Shared by PDPs and by an organisation's checklist action plan.
 */
export const ActionItem = z.strictObject({
	...RecordMeta,
	planId: Id,
	planType: z.enum(['pdp', 'checklist']),
	text: freeText(TEXT_LIMITS.shortText),
	timespan: freeText(TEXT_LIMITS.name),
	who: freeText(TEXT_LIMITS.name),
	status: ActionStatusId,
	remarks: freeText(TEXT_LIMITS.shortText),
	source: z.enum(['consensus', 'toci', 'manual', 'checklist']),
	competencyId: slugId.optional(),
	dueDate: IsoDate.optional(),
	order: z.number().int().min(0),
	history: z.array(ActionUpdate).max(1_000)
});
export type ActionItem = z.infer<typeof ActionItem>;
