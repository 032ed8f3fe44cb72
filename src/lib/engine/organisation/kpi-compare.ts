import type { Kpi } from '../rubric/kpi-list.schema';
import type { KpiEntry } from '../model/organisation-data';
import { canonicalTeamNames, teamKey, type KpiTableRow } from './kpi-table';

/** The last period against the nulmeting, for one KPI. */
export interface KpiChange {
	kpiId: string;
	/** last − nulmeting over the teams present in both periods; undefined when it cannot be compared. */
	delta: number | undefined;
	/** Teams with a value in only one of the two periods, left out of the comparison (as first typed, sorted). */
	teamsLeftOut: string[];
}

/**
 * Compares the last period with the nulmeting. For all teams together, only teams that entered the KPI in
 * both periods are summed: a team that registered only in one of them would otherwise show as a fall (−19)
 * or a rise that nobody made. The teams left out are named. One team, or a count the app makes for the whole
 * organisation: the two values as they are.
 */
export function compareWithBaseline(input: {
	kpi: Kpi;
	rows: readonly KpiTableRow[];
	entries: readonly KpiEntry[];
	baselinePeriod: string;
	team: string | undefined;
}): KpiChange {
	const { kpi } = input;
	const base = input.rows.find((r) => r.period === input.baselinePeriod);
	const last = input.rows.at(-1);
	const none = { kpiId: kpi.id, delta: undefined, teamsLeftOut: [] };
	if (!base || !last || base === last) return none;
	if (kpi.measurement === 'counted' || input.team !== undefined) {
		const b = base.cells[kpi.id]?.value;
		const l = last.cells[kpi.id]?.value;
		return { ...none, delta: b !== undefined && l !== undefined ? l - b : undefined };
	}
	const live = input.entries.filter((e) => e.deletedAt === undefined && e.kpiId === kpi.id);
	const sumByTeam = (period: string) => {
		const m = new Map<string, number>();
		for (const e of live.filter((e) => e.period === period)) m.set(teamKey(e.team), (m.get(teamKey(e.team)) ?? 0) + e.value);
		return m;
	};
	const b = sumByTeam(base.period);
	const l = sumByTeam(last.period);
	const common = [...b.keys()].filter((k) => l.has(k));
	const names = canonicalTeamNames(input.entries);
	const leftOut = [...new Set([...b.keys(), ...l.keys()])]
		.filter((k) => !common.includes(k))
		.map((k) => names.get(k) ?? k)
		.sort((x, y) => x.localeCompare(y, 'nl'));
	if (common.length === 0) return { ...none, teamsLeftOut: leftOut };
	const sum = (m: Map<string, number>) => common.reduce((a, k) => a + (m.get(k) ?? 0), 0);
	return { kpiId: kpi.id, delta: sum(l) - sum(b), teamsLeftOut: leftOut };
}
