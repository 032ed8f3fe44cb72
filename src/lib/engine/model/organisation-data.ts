import { z } from '../common/zod-nl';
import { slugId, TEXT_LIMITS, freeText, requiredLine } from '../common/text';
import { Id, IsoDate, RecordMeta } from './base';

export const ChecklistParticipant = z.strictObject({
	id: Id,
	name: requiredLine(),
	/** Item id → score on the checklist scale; absent = not answered yet. */
	scores: z.record(slugId, z.number().int())
});
export type ChecklistParticipant = z.infer<typeof ChecklistParticipant>;

/** One doorstroomklaar measurement of an organisation, possibly by several colleagues. */
export const ChecklistMeasurement = z.strictObject({
	...RecordMeta,
	organisationId: Id,
	checklistVersionId: z.string().max(200),
	date: IsoDate,
	label: freeText(TEXT_LIMITS.name),
	/** The first measurement is the nulmeting others are compared with. */
	isBaseline: z.boolean(),
	participants: z.array(ChecklistParticipant).max(50),
	teamScores: z.record(slugId, z.strictObject({ score: z.number().int(), reason: freeText(TEXT_LIMITS.shortText) })),
	reflections: z.record(slugId, freeText(TEXT_LIMITS.longText))
});
export type ChecklistMeasurement = z.infer<typeof ChecklistMeasurement>;

/** Period of a KPI entry: a month (`2026-03`) or a quarter (`2026-Q1`). */
export const KpiPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, 'moet een maand (2026-03) of kwartaal (2026-Q1) zijn');

export const KpiEntry = z.strictObject({
	...RecordMeta,
	organisationId: Id,
	team: freeText(TEXT_LIMITS.name),
	period: KpiPeriod,
	kpiId: slugId,
	value: z.number().min(0).max(1_000_000_000)
});
export type KpiEntry = z.infer<typeof KpiEntry>;


/**
 * A KPI period the organisation closed ("afgesloten"): the figures as they were reported, kept apart from the live
 * values so that a later erasure (a candidate's PDPs go) or a late edit changes no figure that already went to a
 * funder. Only numbers per team and KPI are kept, no person's data. Reopening soft-deletes the closure.
 */
export const KpiPeriodClosure = z.strictObject({
	...RecordMeta,
	organisationId: Id,
	period: KpiPeriod,
	/** The values entered per team, as they were at closing. */
	entries: z
		.array(z.strictObject({ team: freeText(TEXT_LIMITS.name), kpiId: slugId, value: z.number().min(0).max(1_000_000_000) }))
		.max(10_000),
	/** What the app counted for the whole organisation in this period, at closing. */
	counted: z.strictObject({ assessments: z.number().int().min(0), pdps: z.number().int().min(0) })
});
export type KpiPeriodClosure = z.infer<typeof KpiPeriodClosure>;
