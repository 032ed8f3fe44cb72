import { z } from '../common/zod-nl';
import { requiredLine, slugId, freeText } from '../common/text';
import { RubricHeader } from './common.schema';
import { checkUniqueIds } from './unique-ids';

/** What the app can count itself instead of asking the user to type it. */
export const CountedSource = z.enum(['assessments', 'pdps']);
export type CountedSource = z.infer<typeof CountedSource>;

export const Kpi = z.strictObject({
	id: slugId,
	name: requiredLine(),
	description: freeText(1_000),
	phases: z.array(slugId).min(1),
	measurement: z.enum(['typed', 'counted']),
	countedFrom: CountedSource.optional(),
	unit: requiredLine(40),
	/** Whole numbers only: a count (aantal) has no fractions. Absent (lists before 1.1.0): any number of 0 or more. */
	integer: z.boolean().optional()
});
export type Kpi = z.infer<typeof Kpi>;

export const KpiList = z
	.strictObject({
		kind: z.literal('kpi-list'),
		...RubricHeader,
		phases: z
			.array(z.strictObject({ id: slugId, number: z.number().int().min(1), name: requiredLine(), steps: z.array(requiredLine()) }))
			.min(1),
		kpis: z.array(Kpi).min(1).max(100),
		/** Effort-to-result ratios the draaiboek cares about, e.g. sollicitatieacties per doorstroming. */
		ratios: z.array(
			z.strictObject({ id: slugId, name: requiredLine(), numerator: slugId, denominator: slugId, description: freeText(1_000) })
		),
		advice: freeText(2_000)
	})
	.superRefine((k, ctx) => {
		checkUniqueIds(k.phases, ['phases'], ctx);
		checkUniqueIds(k.kpis, ['kpis'], ctx);
		checkUniqueIds(k.ratios, ['ratios'], ctx);
		const phaseIds = new Set(k.phases.map((p) => p.id));
		const kpiIds = new Set(k.kpis.map((p) => p.id));
		k.kpis.forEach((kpi, i) => {
			kpi.phases.forEach((p, j) => {
				if (!phaseIds.has(p)) ctx.addIssue({ code: 'custom', path: ['kpis', i, 'phases', j], message: `onbekende fase "${p}"` });
			});
			if ((kpi.measurement === 'counted') !== (kpi.countedFrom !== undefined))
				ctx.addIssue({ code: 'custom', path: ['kpis', i, 'countedFrom'], message: 'countedFrom hoort bij (en alleen bij) measurement "counted"' });
		});
		k.ratios.forEach((r, i) => {
			for (const key of ['numerator', 'denominator'] as const)
				if (!kpiIds.has(r[key])) ctx.addIssue({ code: 'custom', path: ['ratios', i, key], message: `onbekende KPI "${r[key]}"` });
		});
	});
export type KpiList = z.infer<typeof KpiList>;
