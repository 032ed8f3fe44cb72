import type { LevelChartModel } from '$lib/engine/report/level-chart';
import { loadChartJs } from './load-chart';

/** Colours of the app (src/app.css): a decision in the primary colour, a combined score without consensus lighter. */
const KIND_COLOURS = { consensus: '#0b4f6c', combined: '#8fb3c4', 'no-consensus': '#ffffff', none: '#ffffff' } as const;
/** Pixels per competency row and for the axes: 18 competencies give a chart that fills half an A4 page. */
const ROW_HEIGHT = 34;
const AXES_HEIGHT = 70;
const WIDTH = 1000;
/** Rendered at twice the size for a sharp print. */
const PRINT_SCALE = 2;
/** High enough that the axis text stays crisp at twice the size. */
const JPEG_QUALITY = 0.92;

/**
 * Draws the overview of levels per competency (a horizontal bar per competency on the SAM scale 1..4,
 * the scale's names on the axis) on an off-screen canvas and returns it as an image data URL for the PDF.
 */
export async function renderLevelChartImage(model: LevelChartModel): Promise<{ image: string; width: number; height: number }> {
	const Chart = await loadChartJs();
	const height = AXES_HEIGHT + ROW_HEIGHT * model.labels.length;
	const holder = document.createElement('div');
	holder.style.cssText = `position:fixed;left:-10000px;top:0;width:${WIDTH}px;height:${height}px`;
	holder.setAttribute('aria-hidden', 'true');
	const canvas = document.createElement('canvas');
	canvas.width = WIDTH;
	canvas.height = height;
	canvas.style.width = `${WIDTH}px`;
	canvas.style.height = `${height}px`;
	holder.append(canvas);
	document.body.append(holder);
	const font = { size: 15 };
	const chart = new Chart(canvas, {
		type: 'bar',
		data: {
			labels: model.labels,
			datasets: [{ data: model.values, backgroundColor: model.kinds.map((k) => KIND_COLOURS[k]), borderColor: '#0b4f6c', borderWidth: 1 }]
		},
		options: {
			indexAxis: 'y',
			responsive: false,
			animation: false,
			devicePixelRatio: PRINT_SCALE,
			plugins: { legend: { display: false }, tooltip: { enabled: false } },
			scales: {
				x: { min: 0, max: model.scaleLabels.length, ticks: { stepSize: 1, font, callback: (value) => (Number(value) >= 1 ? (model.scaleLabels[Number(value) - 1] ?? '') : '') } },
				y: { ticks: { font, autoSkip: false } }
			}
		},
		plugins: [
			{
				id: 'white-background',
				beforeDraw: (c) => {
					c.ctx.save();
					c.ctx.fillStyle = '#ffffff';
					c.ctx.fillRect(0, 0, c.width, c.height);
					c.ctx.restore();
				}
			}
		]
	});
	try {
		chart.update('none');
		// JPEG: pdfmake embeds it as is, where a PNG of this size would be decoded in JavaScript first.
		return { image: canvas.toDataURL('image/jpeg', JPEG_QUALITY), width: WIDTH, height };
	} finally {
		chart.destroy();
		holder.remove();
	}
}
