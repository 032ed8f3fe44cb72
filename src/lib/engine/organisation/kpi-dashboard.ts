import type { Kpi, KpiList } from '../rubric/kpi-list.schema';
import type { KpiEntry, KpiPeriodClosure, Organisation } from '../model';
import { applyClosures, closedPeriods } from './kpi-closure';
import { selectTrackedKpis, selectTrackedRatios } from './kpi-selection';
import { buildKpiTable, type CountedDates, type KpiTableRow } from './kpi-table';
import { comparePeriods, listPeriods, periodKindOf, periodOfDate, type PeriodKind } from './kpi-period';
import { computeRatios, type KpiRatio, type RatioValue } from './kpi-ratios';
import { computeKpiTrend, type KpiTrend } from './kpi-trend';
import { compareWithBaseline, type KpiChange } from './kpi-compare';

/** At most this many periods on the dashboard (ten years of quarters, or a little over three years of months). */
export const MAX_DASHBOARD_PERIODS = 40;

export interface KpiDashboardData {
	kind: PeriodKind;
	baselinePeriod: string;
	kpis: Kpi[];
	rows: KpiTableRow[];
	trends: KpiTrend[];
	/** Per KPI (same order): the last period against the nulmeting, over the teams present in both. */
	changes: KpiChange[];
	ratios: KpiRatio[];
	ratioValues: RatioValue[][];
	kpiNames: Record<string, string>;
}

/**
 * Everything the dashboard, the PDF and the CSV show for one scope (a team or all teams): the periods
 * from the nulmeting (or an earlier registration) to the latest period with a registered or counted
 * value, the KPI values, trends and ratios. Empty periods after the last registration are left out, so
 * a report never ends on months nobody has filled in yet.
 */
export function buildKpiDashboardData(input: {
	list: KpiList;
	organisation: Organisation;
	entries: readonly KpiEntry[];
	counted: CountedDates;
	team: string | undefined;
	/** Periods the organisation closed: reported with the figures they were closed with. */
	closures?: readonly KpiPeriodClosure[] | undefined;
}): KpiDashboardData | undefined {
	const baselinePeriod = input.organisation.kpiBaselinePeriod;
	const kind = baselinePeriod ? periodKindOf(baselinePeriod) : undefined;
	if (!baselinePeriod || !kind) return undefined;
	const tracked = new Set(input.organisation.kpiTracked);
	const closed = closedPeriods(input.closures ?? []);
	const entries = applyClosures(input.entries, closed);
	const typed = entries.filter((e) => !e.deletedAt && tracked.has(e.kpiId) && periodKindOf(e.period) === kind).map((e) => e.period);
	const counted = [...(tracked.has('assessments') ? input.counted.assessments : []), ...(tracked.has('pdps') ? input.counted.pdps : [])].map((d) => periodOfDate(d, kind));
	const frozen = [...closed.keys()].filter((p) => periodKindOf(p) === kind);
	const candidates = [baselinePeriod, ...typed, ...counted, ...frozen].sort(comparePeriods);
	const first = candidates[0]!;
	const last = candidates.at(-1)!;
	const periods = listPeriods(first, last, Number.MAX_SAFE_INTEGER).slice(-MAX_DASHBOARD_PERIODS);
	const kpis = selectTrackedKpis(input.list, input.organisation.kpiTracked);
	const kpiNames = Object.fromEntries(input.list.kpis.map((k) => [k.id, k.name]));
	const rows = buildKpiTable({ kpis, entries: input.entries, periods, kind, team: input.team, counted: input.counted, closed });
	const ratios = selectTrackedRatios(input.list, input.organisation.kpiTracked);
	return {
		kind,
		baselinePeriod,
		kpis,
		rows,
		trends: kpis.map((k) => computeKpiTrend(rows, k.id, baselinePeriod)),
		changes: kpis.map((kpi) => compareWithBaseline({ kpi, rows, entries, baselinePeriod, team: input.team })),
		ratios,
		ratioValues: computeRatios(ratios, rows, kpiNames),
		kpiNames
	};
}
