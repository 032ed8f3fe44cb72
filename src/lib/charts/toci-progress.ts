import { formatDateShortNl } from '$lib/engine/common/format-nl';
import type { BarChartModel } from '$lib/engine/organisation/chart-models';
import type { TociProgress } from '$lib/engine/toci';

/** Three tones are readable side by side; older evaluations stay in the table. */
export const TOCI_CHART_MAX_EVALUATIONS = 3;
const TONES = ['muted', 'accent', 'primary'] as const;

/**
 * The mentor's level per competency in the last (at most three) evaluations, oldest first: growth shows
 * as bars getting longer. Levels are ranks on the TOCI scale (1 = the lowest).
 */
export function buildTociProgressChart(progress: TociProgress, levelCount: number): BarChartModel {
	const recent = progress.dates.slice(-TOCI_CHART_MAX_EVALUATIONS);
	const offset = progress.dates.length - recent.length;
	const tones = TONES.slice(TONES.length - recent.length);
	return {
		kind: 'bar',
		title: `Niveau volgens de mentor per competentie, per evaluatie (1 = laagste … ${levelCount} = hoogste niveau)`,
		labels: progress.rows.map((r) => r.name),
		fullLabels: progress.rows.map((r) => r.name),
		series: recent.map((d, i) => ({
			label: formatDateShortNl(d.date),
			values: progress.rows.map((r) => r.points[offset + i]?.mentor ?? null),
			tone: tones[i]!
		})),
		horizontal: true,
		min: 0,
		max: levelCount
	};
}
