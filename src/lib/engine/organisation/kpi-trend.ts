import type { KpiTableRow } from './kpi-table';

export interface TrendPoint {
	period: string;
	value: number | undefined;
	/** value − baseline value; undefined when either is missing. */
	delta: number | undefined;
	/** delta / baseline; undefined when the baseline is 0 or missing (a change from nothing has no percentage). */
	relative: number | undefined;
}

export interface KpiTrend {
	kpiId: string;
	baselinePeriod: string;
	baseline: number | undefined;
	baselineMissingReason: string | undefined;
	points: TrendPoint[];
}

/** A KPI's values over the periods, each compared with the nulmeting (baseline period). */
export function computeKpiTrend(rows: readonly KpiTableRow[], kpiId: string, baselinePeriod: string): KpiTrend {
	const baseRow = rows.find((r) => r.period === baselinePeriod);
	const baseCell = baseRow?.cells[kpiId];
	const baseline = baseCell?.value;
	const baselineMissingReason = baseRow === undefined ? 'nulmetingsperiode valt buiten de getoonde periodes' : baseCell?.missingReason;
	return {
		kpiId,
		baselinePeriod,
		baseline,
		baselineMissingReason: baseline === undefined ? (baselineMissingReason ?? 'niet ingevuld') : undefined,
		points: rows.map((r) => {
			const value = r.cells[kpiId]?.value;
			const delta = value !== undefined && baseline !== undefined ? value - baseline : undefined;
			const relative = delta !== undefined && baseline !== undefined && baseline !== 0 ? delta / baseline : undefined;
			return { period: r.period, value, delta, relative };
		})
	};
}
