import type { Kpi, CountedSource } from '../rubric/kpi-list.schema';
import type { KpiEntry, KpiPeriodClosure } from '../model/organisation-data';
import { applyClosures, type ClosedPeriods } from './kpi-closure';
import { periodOfDate, type PeriodKind } from './kpi-period';

/** One KPI value in one period; undefined comes with the reason, never as a silent 0. */
export interface KpiCell {
	value: number | undefined;
	missingReason: string | undefined;
	counted: boolean;
}

export interface KpiTableRow {
	period: string;
	cells: Record<string, KpiCell>;
	/** When the period was closed (ISO date-time): its values are the ones it was closed with. */
	closedAt?: string | undefined;
}

/** What the app counts itself: the dates (ISO) of each counted thing, e.g. each assessment held. */
export type CountedDates = Record<CountedSource, readonly string[]>;

/** Team scope of a table: one team, or every team of the organisation summed. */
export const ALL_TEAMS = undefined;

export const MISSING_NOT_ENTERED = 'niet ingevuld';
export const MISSING_COUNTED_FOR_TEAM = 'door de app geteld voor de hele organisatie, niet per team';

/**
 * What makes two team names the same team: "groendienst", "Groendienst" and "Groen dienst " are one.
 * Case and spaces are typing differences, not different teams.
 */
export function teamKey(name: string): string {
	return name.replace(/\s+/g, '').toLocaleLowerCase('nl-BE');
}

/** The name a team is shown and stored with: as it was first typed (the earliest live entry), else as typed now. */
export function canonicalTeamName(entries: readonly KpiEntry[], typed: string): string {
	return canonicalTeamNames(entries).get(teamKey(typed)) ?? typed.trim();
}

export function countByPeriod(dates: readonly string[], kind: PeriodKind): Map<string, number> {
	const counts = new Map<string, number>();
	for (const d of dates) {
		const p = periodOfDate(d, kind);
		counts.set(p, (counts.get(p) ?? 0) + 1);
	}
	return counts;
}

export interface BuildKpiTableInput {
	kpis: readonly Kpi[];
	entries: readonly KpiEntry[];
	periods: readonly string[];
	kind: PeriodKind;
	/** A team name, or undefined for all teams together. */
	team: string | undefined;
	counted: CountedDates;
	/** Closed periods: their values and counts are the frozen ones, whatever changed since. */
	closed?: ClosedPeriods | undefined;
}

/**
 * Values per period per KPI. Typed KPIs: the entry of the team, or the sum over teams that entered a
 * value (undefined when no team did). Counted KPIs: counted by the app for the whole organisation.
 */
export function buildKpiTable(input: BuildKpiTableInput): KpiTableRow[] {
	const countedByPeriod = {
		assessments: countByPeriod(input.counted.assessments, input.kind),
		pdps: countByPeriod(input.counted.pdps, input.kind)
	} satisfies Record<CountedSource, Map<string, number>>;
	const closed = input.closed ?? new Map<string, KpiPeriodClosure>();
	const live = applyClosures(input.entries, closed).filter((e) => e.deletedAt === undefined && (input.team === undefined || teamKey(e.team) === teamKey(input.team)));
	return input.periods.map((period) => {
		const cells: Record<string, KpiCell> = {};
		const closure = closed.get(period);
		for (const kpi of input.kpis) {
			if (kpi.measurement === 'counted' && kpi.countedFrom) {
				const count = closure ? closure.counted[kpi.countedFrom] : (countedByPeriod[kpi.countedFrom].get(period) ?? 0);
				cells[kpi.id] =
					input.team === undefined
						? { value: count, missingReason: undefined, counted: true }
						: { value: undefined, missingReason: MISSING_COUNTED_FOR_TEAM, counted: true };
				continue;
			}
			const values = live.filter((e) => e.period === period && e.kpiId === kpi.id).map((e) => e.value);
			cells[kpi.id] =
				values.length === 0
					? { value: undefined, missingReason: MISSING_NOT_ENTERED, counted: false }
					: { value: values.reduce((a, b) => a + b, 0), missingReason: undefined, counted: false };
		}
		return { period, cells, closedAt: closure?.createdAt };
	});
}

/** Each team's key → its name as first typed (the earliest live entry). */
export function canonicalTeamNames(entries: readonly KpiEntry[]): Map<string, string> {
	const first = new Map<string, KpiEntry>();
	for (const e of entries) {
		if (e.deletedAt !== undefined) continue;
		const seen = first.get(teamKey(e.team));
		if (!seen || e.createdAt < seen.createdAt) first.set(teamKey(e.team), e);
	}
	return new Map([...first].map(([k, e]) => [k, e.team]));
}

/** Teams that entered something, each once (as first typed), sorted. */
export function listTeams(entries: readonly KpiEntry[]): string[] {
	return [...canonicalTeamNames(entries).values()].sort((a, b) => a.localeCompare(b, 'nl'));
}
