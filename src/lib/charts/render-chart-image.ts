import type { ChartModel } from '$lib/engine/organisation/chart-models';
import { loadChartJs } from './load-chart';
import { toChartConfig } from './chart-config';

/**
 * Draws a chart on an off-screen canvas and returns it as a PNG data URL, for a PDF. White background:
 * a transparent PNG prints with a grey box in some viewers. `scale` sharpens the image for print.
 */
export async function renderChartImage(model: ChartModel, size: { width: number; height: number }, scale = 2): Promise<string> {
	const Chart = await loadChartJs();
	const canvas = document.createElement('canvas');
	// With responsive off, chart.js takes the canvas attributes as the size and multiplies by devicePixelRatio.
	canvas.width = size.width;
	canvas.height = size.height;
	const config = toChartConfig(model, { forPrint: true });
	config.options = { ...config.options, devicePixelRatio: scale };
	config.plugins = [
		{
			id: 'white-background',
			beforeDraw: (chart) => {
				const ctx = chart.ctx;
				ctx.save();
				ctx.fillStyle = '#ffffff';
				ctx.fillRect(0, 0, chart.width, chart.height);
				ctx.restore();
			}
		}
	];
	// chart.js sizes from the canvas' CSS box; an unattached canvas has none, so give it one.
	canvas.style.width = `${size.width}px`;
	canvas.style.height = `${size.height}px`;
	const holder = document.createElement('div');
	holder.style.cssText = `position:fixed;left:-10000px;top:0;width:${size.width}px;height:${size.height}px`;
	holder.setAttribute('aria-hidden', 'true');
	holder.append(canvas);
	document.body.append(holder);
	const chart = new Chart(canvas, config);
	try {
		chart.update('none');
		return canvas.toDataURL('image/png');
	} finally {
		chart.destroy();
		holder.remove();
	}
}
