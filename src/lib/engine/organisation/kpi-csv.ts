import type { Kpi } from '../rubric/kpi-list.schema';
import type { KpiTableRow } from './kpi-table';
import type { KpiRatio, RatioValue } from './kpi-ratios';
import type { TableCell } from '../export/table';

/**
 * For funders: one row per period, one column per KPI (then one per ratio). A value that is missing
 * or cannot be calculated is an empty cell, never 0. "Afgesloten" says which periods' figures are final.
 */
export function buildKpiCsvRows(input: {
	organisationName: string;
	teamLabel: string;
	baselinePeriod: string | undefined;
	kpis: readonly Kpi[];
	rows: readonly KpiTableRow[];
	ratios: readonly KpiRatio[];
	ratioValues: readonly RatioValue[][];
}): TableCell[][] {
	const header: TableCell[] = [
		'Organisatie',
		'Team',
		'Periode',
		'Nulmeting',
		'Afgesloten',
		...input.kpis.map((k) => `${k.name} (${k.unit})`),
		...input.ratios.map((r) => r.name)
	];
	const body = input.rows.map((row, i): TableCell[] => [
		input.organisationName,
		input.teamLabel,
		row.period,
		row.period === input.baselinePeriod ? 'ja' : 'nee',
		row.closedAt ? 'ja' : 'nee',
		...input.kpis.map((k) => row.cells[k.id]?.value),
		...input.ratioValues.map((series) => series[i]?.value)
	]);
	return [header, ...body];
}
