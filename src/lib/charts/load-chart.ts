import type { Chart as ChartType } from 'chart.js';

export type ChartConstructor = typeof ChartType;

let loading: Promise<ChartConstructor> | undefined;

/**
 * Loads chart.js on the first chart shown, registering only the pieces the app's bar and line charts use
 * (never `chart.js/auto`, which carries every chart type). Later calls reuse the same module.
 */
export function loadChartJs(): Promise<ChartConstructor> {
	loading ??= (async () => {
		const { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip, Title } = await import('chart.js');
		Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip, Title);
		return Chart;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}
