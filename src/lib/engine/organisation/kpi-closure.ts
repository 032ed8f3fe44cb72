import type { CountedSource } from '../rubric/kpi-list.schema';
import type { KpiEntry, KpiPeriodClosure } from '../model/organisation-data';
import { labelPeriod, parsePeriod, periodOfDate, periodRange, type PeriodKind } from './kpi-period';
import { formatDateNumericNl } from '../common/format-nl';
import { localDateOf } from './kpi-counted';

/** Closed periods by period id. */
export type ClosedPeriods = ReadonlyMap<string, KpiPeriodClosure>;

/**
 * The closure that holds for each period. Two tablets may close the same period before they sync: the earliest
 * closing holds, because that is the one whose figures could already have gone out.
 */
export function closedPeriods(closures: readonly KpiPeriodClosure[]): Map<string, KpiPeriodClosure> {
	const byPeriod = new Map<string, KpiPeriodClosure>();
	for (const c of closures) {
		if (c.deletedAt) continue;
		const seen = byPeriod.get(c.period);
		if (!seen || c.createdAt < seen.createdAt || (c.createdAt === seen.createdAt && c.id < seen.id)) byPeriod.set(c.period, c);
	}
	return byPeriod;
}

/** The figures a closure keeps: the values entered for the period per team, and what the app counted in it. */
export function freezePeriod(input: {
	period: string;
	kind: PeriodKind;
	entries: readonly KpiEntry[];
	counted: Readonly<Record<CountedSource, readonly string[]>>;
}): Pick<KpiPeriodClosure, 'entries' | 'counted'> {
	const count = (source: CountedSource) => input.counted[source].filter((date) => periodOfDate(date, input.kind) === input.period).length;
	return {
		entries: input.entries.filter((e) => !e.deletedAt && e.period === input.period).map((e) => ({ team: e.team, kpiId: e.kpiId, value: e.value })),
		counted: { assessments: count('assessments'), pdps: count('pdps') }
	};
}

/**
 * The values to report: the live entries of open periods, and for a closed period the values it was closed with
 * (as entries dated at the closing, so team names as first typed elsewhere still win).
 */
export function applyClosures(entries: readonly KpiEntry[], closed: ClosedPeriods): KpiEntry[] {
	if (closed.size === 0) return [...entries];
	const open = entries.filter((e) => !closed.has(e.period));
	const frozen = [...closed.values()].flatMap((c) =>
		c.entries.map((e) => ({ id: c.id, createdAt: c.createdAt, updatedAt: c.updatedAt, vv: c.vv, organisationId: c.organisationId, period: c.period, ...e }))
	);
	return [...open, ...frozen];
}

/** Why a period cannot be closed yet, or undefined when it can: only a period that is over has final figures. */
export function closeRefusal(period: string, today: string, closed: ClosedPeriods): string | undefined {
	if (!parsePeriod(period)) return 'Kies een maand of kwartaal om af te sluiten.';
	const already = closed.get(period);
	if (already) return `${capitalise(labelPeriod(period))} is al afgesloten op ${formatDateNumericNl(localDateOf(already.createdAt))}.`;
	const { to } = periodRange(period);
	if (to >= today) return `${capitalise(labelPeriod(period))} loopt nog tot en met ${formatDateNumericNl(to)}: je sluit een periode af als ze voorbij is.`;
	return undefined;
}

/** Why a value of a closed period cannot change, in Dutch. */
export function closedPeriodMessage(closure: KpiPeriodClosure): string {
	return `${capitalise(labelPeriod(closure.period))} is afgesloten op ${formatDateNumericNl(localDateOf(closure.createdAt))}: de cijfers liggen vast. Heropen de periode om iets te wijzigen.`;
}

function capitalise(text: string): string {
	return text.charAt(0).toLocaleUpperCase('nl-BE') + text.slice(1);
}
