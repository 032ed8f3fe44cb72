import type { ChartConfiguration } from 'chart.js';
import type { RaterOffset, SessionAgreement } from '$lib/engine/diagnostics';
import { formatNumberNl } from '$lib/engine/common/format-nl';

/**
 * A dot per row with its interval as a bar behind it: assessor offsets and agreement per competency. The chart
 * only draws what these models hold; the same numbers are in a table next to it.
 */
export interface IntervalChartModel {
	title: string;
	labels: string[];
	estimates: (number | null)[];
	lowers: (number | null)[];
	uppers: (number | null)[];
	min: number;
	max: number;
	estimateLabel: string;
	intervalLabel: string;
}

const COLORS = { interval: '#9fc3d6', estimate: '#0b4f6c' } as const;

/** Offsets in SAM levels: ±1 level is already a lot on a four-level scale. */
const OFFSET_AXIS = 1.5;

export function buildOffsetChartModel(offsets: readonly RaterOffset[], names: Readonly<Record<string, string>>): IntervalChartModel {
	const limit = Math.max(OFFSET_AXIS, ...offsets.flatMap((o) => [Math.abs(o.offset?.lower ?? 0), Math.abs(o.offset?.upper ?? 0)]));
	return {
		title: 'Afwijking van elke assessor tegenover de anderen (in niveaus, met 95%-interval)',
		labels: offsets.map((o) => names[o.assessorId] ?? o.assessorId),
		estimates: offsets.map((o) => o.offset?.mean ?? null),
		lowers: offsets.map((o) => o.offset?.lower ?? null),
		uppers: offsets.map((o) => o.offset?.upper ?? null),
		min: -Math.ceil(limit * 2) / 2,
		max: Math.ceil(limit * 2) / 2,
		estimateLabel: 'Gemiddelde afwijking',
		intervalLabel: '95%-interval'
	};
}

export function buildCompetencyAlphaChartModel(agreement: SessionAgreement, names: Readonly<Record<string, string>>): IntervalChartModel {
	const rows = agreement.byCompetency;
	const v = (e: { ok: true; value: number } | { ok: false }) => (e.ok ? e.value : null);
	const lows = rows.map((r) => v(r.alphaOrdinal.lower));
	return {
		title: "Krippendorff's alfa (ordinaal) per competentie, met 95%-bootstrapinterval",
		labels: rows.map((r) => names[r.competencyId] ?? r.competencyId),
		estimates: rows.map((r) => v(r.alphaOrdinal.estimate)),
		lowers: lows,
		uppers: rows.map((r) => v(r.alphaOrdinal.upper)),
		min: Math.min(0, ...lows.filter((x): x is number => x !== null).map((x) => Math.floor(x * 2) / 2)),
		max: 1,
		estimateLabel: 'Alfa',
		intervalLabel: '95%-interval'
	};
}

/** Half the width of the estimate's mark, as a share of the axis: thin, but wide enough to see and to tap. */
const MARK_HALF_WIDTH = 1 / 120;

/**
 * chart.js configuration: a light floating bar [lower, upper] for the interval and a dark narrow bar as the mark of
 * the estimate, in the same row (grouped: false). Only bar elements, so the app's lazy chart loader suffices.
 */
export function toIntervalChartConfig(model: IntervalChartModel): ChartConfiguration<'bar', ([number, number] | null)[], string> {
	const font = { size: 13 };
	const half = (model.max - model.min) * MARK_HALF_WIDTH;
	return {
		type: 'bar',
		data: {
			labels: model.labels,
			datasets: [
				{
					label: model.estimateLabel,
					data: model.estimates.map((e) => (e === null ? null : [e - half, e + half])),
					backgroundColor: COLORS.estimate,
					grouped: false,
					barPercentage: 0.8,
					order: 0
				},
				{
					label: model.intervalLabel,
					data: model.lowers.map((l, i) => (l === null || model.uppers[i] === null ? null : [l, model.uppers[i]!])),
					backgroundColor: COLORS.interval,
					grouped: false,
					barPercentage: 0.4,
					order: 1
				}
			]
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			scales: {
				x: { min: model.min, max: model.max, ticks: { font }, grid: { color: (ctx) => (ctx.tick.value === 0 ? '#44474a' : '#e2e4e6') } },
				y: { ticks: { font, autoSkip: false } }
			},
			plugins: {
				legend: { labels: { font } },
				title: { display: false },
				tooltip: {
					callbacks: {
						label: (item) => {
							const i = item.dataIndex;
							const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '—' : formatNumberNl(x, 2));
							return item.datasetIndex === 0 ? `${model.estimateLabel}: ${fmt(model.estimates[i])}` : `${model.intervalLabel}: ${fmt(model.lowers[i])} tot ${fmt(model.uppers[i])}`;
						}
					}
				}
			}
		}
	};
}
