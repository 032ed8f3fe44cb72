import { z } from '../common/zod-nl';
import { slugId, TEXT_LIMITS, freeText, requiredLine } from '../common/text';
import { Id, IsoDate, IsoDateTime, RecordMeta } from './base';
import { ActionStatusId } from '../rubric/pdp-schema.schema';

export const PlanNeed = z.strictObject({
	id: Id,
	competencyId: slugId.optional(),
	text: freeText(TEXT_LIMITS.shortText),
	evidence: freeText(TEXT_LIMITS.longText)
});
export type PlanNeed = z.infer<typeof PlanNeed>;

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
	needsBasis: freeText(TEXT_LIMITS.shortText).optional()
});
export type Pdp = z.infer<typeof Pdp>;

export const ActionUpdate = z.strictObject({
	at: IsoDateTime,
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
