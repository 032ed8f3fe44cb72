import type { ChartConfiguration } from 'chart.js';
import type { ChartModel } from '$lib/engine/organisation/chart-models';

/** Colours of the app (src/app.css); the nulmeting in a dark ochre that stays readable on white. */
const TONES = { primary: '#0b4f6c', muted: '#9aa0a6', accent: '#9a6b00' } as const;

export interface ChartRenderOptions {
	/** A chart drawn for a PDF: no animation, fixed size, larger text. */
	forPrint: boolean;
}

/** chart.js configuration from an engine chart model; the numbers are the model's, untouched. */
export function toChartConfig(model: ChartModel, options: ChartRenderOptions): ChartConfiguration {
	const font = { size: options.forPrint ? 15 : 13 };
	const common = {
		responsive: !options.forPrint,
		maintainAspectRatio: false,
		animation: false as const,
		plugins: {
			legend: { display: model.series.length > 1, labels: { font } },
			title: { display: false }
		}
	};
	if (model.kind === 'bar') {
		const valueAxis = { min: model.min, max: model.max, ticks: { stepSize: 1, font }, beginAtZero: true };
		const categoryAxis = { ticks: { font, autoSkip: false } };
		return {
			type: 'bar',
			data: {
				labels: model.labels,
				datasets: model.series.map((s) => ({ label: s.label, data: s.values, backgroundColor: TONES[s.tone], borderColor: TONES[s.tone] }))
			},
			options: {
				...common,
				indexAxis: model.horizontal ? 'y' : 'x',
				scales: model.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
				plugins: {
					...common.plugins,
					tooltip: { callbacks: { title: (items) => model.fullLabels[items[0]?.dataIndex ?? 0] ?? '' } }
				}
			}
		};
	}
	return {
		type: 'line',
		data: {
			labels: model.labels,
			datasets: model.series.map((s) => ({
				label: s.label,
				data: s.values,
				borderColor: TONES[s.tone],
				backgroundColor: TONES[s.tone],
				borderDash: s.dashed ? [6, 4] : [],
				pointRadius: s.dashed ? 0 : 4,
				spanGaps: false
			}))
		},
		options: { ...common, scales: { y: { min: model.min, beginAtZero: true, ticks: { font, precision: 0 } }, x: { ticks: { font } } } }
	};
}
