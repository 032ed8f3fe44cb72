import type { Checklist } from '../rubric/checklist.schema';
import type { ResolvedItemScore } from './checklist-scoring';
import type { ItemChange } from './checklist-change';
import type { KpiTrend } from './kpi-trend';
import { labelPeriod } from './kpi-period';

/** Chart data shaped by pure functions; the chart adapter only renders it. `null` = no value (a gap). */
export interface BarChartModel {
	kind: 'bar';
	title: string;
	/** Short category labels under the bars, full text for tooltips and tables. */
	labels: string[];
	fullLabels: string[];
	series: { label: string; values: (number | null)[]; tone: 'primary' | 'muted' | 'accent' }[];
	horizontal: boolean;
	min: number | undefined;
	max: number | undefined;
}

export interface LineChartModel {
	kind: 'line';
	title: string;
	labels: string[];
	series: { label: string; values: (number | null)[]; tone: 'primary' | 'muted' | 'accent'; dashed: boolean }[];
	min: number | undefined;
}

export type ChartModel = BarChartModel | LineChartModel;

/** Words of an item shown on the axis; the full text is in the table beside the chart. */
const AXIS_LABEL_CHARS = 38;

function shortItemLabel(number: number, text: string): string {
	const label = `${number}. ${text}`;
	return label.length <= AXIS_LABEL_CHARS ? label : `${label.slice(0, AXIS_LABEL_CHARS - 1).trimEnd()}…`;
}

/** The profile of one measurement: one bar per item on the checklist scale. */
export function buildChecklistProfileChart(checklist: Checklist, scores: readonly ResolvedItemScore[]): BarChartModel {
	return {
		kind: 'bar',
		title: 'Profiel van de organisatie',
		labels: scores.map((s) => shortItemLabel(s.number, s.text)),
		fullLabels: scores.map((s) => `${s.number}. ${s.text}`),
		series: [{ label: 'Score', values: scores.map((s) => s.score ?? null), tone: 'primary' }],
		horizontal: true,
		min: checklist.scale.min,
		max: checklist.scale.max
	};
}

/** Nulmeting next to this measurement, per item. */
export function buildChecklistChangeChart(checklist: Checklist, changes: readonly ItemChange[], baselineLabel: string, currentLabel: string): BarChartModel {
	return {
		kind: 'bar',
		title: 'Verandering tegenover de nulmeting',
		labels: changes.map((c) => shortItemLabel(c.number, c.text)),
		fullLabels: changes.map((c) => `${c.number}. ${c.text}`),
		series: [
			{ label: baselineLabel, values: changes.map((c) => c.baseline ?? null), tone: 'muted' },
			{ label: currentLabel, values: changes.map((c) => c.current ?? null), tone: 'primary' }
		],
		horizontal: true,
		min: checklist.scale.min,
		max: checklist.scale.max
	};
}

/** One KPI over the periods with its nulmeting as a dashed line. */
export function buildKpiTrendChart(kpiName: string, trend: KpiTrend): LineChartModel {
	return {
		kind: 'line',
		title: kpiName,
		labels: trend.points.map((p) => labelPeriod(p.period)),
		series: [
			{ label: kpiName, values: trend.points.map((p) => p.value ?? null), tone: 'primary', dashed: false },
			{
				label: `Nulmeting (${labelPeriod(trend.baselinePeriod)})`,
				values: trend.points.map(() => trend.baseline ?? null),
				tone: 'accent',
				dashed: true
			}
		],
		min: 0
	};
}

/** Every KPI's nulmeting next to its latest period, for the one-page report. */
export function buildKpiComparisonChart(items: readonly { name: string; baseline: number | undefined; latest: number | undefined }[], baselineLabel: string, latestLabel: string): BarChartModel {
	return {
		kind: 'bar',
		title: 'Nulmeting en laatste periode',
		labels: items.map((i) => (i.name.length <= AXIS_LABEL_CHARS ? i.name : `${i.name.slice(0, AXIS_LABEL_CHARS - 1)}…`)),
		fullLabels: items.map((i) => i.name),
		series: [
			{ label: baselineLabel, values: items.map((i) => i.baseline ?? null), tone: 'muted' },
			{ label: latestLabel, values: items.map((i) => i.latest ?? null), tone: 'primary' }
		],
		horizontal: true,
		min: 0,
		max: undefined
	};
}
