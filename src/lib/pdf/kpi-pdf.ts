import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { KpiReport } from '$lib/engine/organisation/kpi-report';
import { basePdfDocument, headerRow, PDF_TABLE_LAYOUT } from './pdf-styles';

/** Box of the comparison chart beside the ratios on the one-page landscape report (points). */
const CHART_WIDTH = 300;
const CHART_HEIGHT = 190;
/** Width of a period column in the ratio table (points). */
const RATIO_COLUMN_WIDTH = 56;

/**
 * One page for management (A4 landscape): the tracked KPIs per phase over the nulmeting and the latest
 * periods, the change since the nulmeting, the effort-to-result ratios and, if given, a chart.
 */
export function buildKpiPdf(report: KpiReport, chartImage: string | undefined, madeOn: string): TDocumentDefinitions {
	const periodCount = report.periodLabels.length;
	const kpiBody: TableCell[][] = [headerRow(['KPI', ...report.periodLabels, 'Verschil met nulmeting'])];
	for (const phase of report.phases) {
		kpiBody.push([{ text: phase.name, bold: true, colSpan: periodCount + 2, fillColor: '#f4f6f7' }, ...Array.from({ length: periodCount + 1 }, () => ({ text: '' }))]);
		for (const row of phase.rows)
			kpiBody.push([
				{ text: [row.name, { text: ` (${row.unit}${row.counted ? ', geteld door de app' : ''})`, style: 'small' }] },
				...row.values.map((v) => ({ text: v, alignment: 'right' as const })),
				{ text: row.change, alignment: 'right' as const }
			]);
	}
	const content: Content[] = [
		{ text: report.title, style: 'title' },
		{ text: `${report.teamLabel} – nulmeting: ${report.baselineLabel}`, style: 'subtitle' },
		{
			table: { headerRows: 1, widths: ['*', ...report.periodLabels.map(() => 62), 62], body: kpiBody },
			layout: PDF_TABLE_LAYOUT,
			fontSize: 8.5
		}
	];
	const ratioBlock: Content[] =
		report.ratios.length === 0
			? []
			: [
					{ text: 'Inspanningen tegenover resultaten', style: 'h2', margin: [0, 8, 0, 4] },
					{
						table: {
							headerRows: 1,
							widths: ['*', ...report.periodLabels.map(() => RATIO_COLUMN_WIDTH)],
							body: [headerRow(['Verhouding', ...report.periodLabels]), ...report.ratios.map((r) => [r.name, ...r.values.map((v) => ({ text: v, alignment: 'right' as const }))])]
						},
						layout: PDF_TABLE_LAYOUT,
						fontSize: 8
					},
					...(report.ratioNotes.length > 0 ? [{ text: report.ratioNotes.join('   '), style: 'note', margin: [0, 2, 0, 0] as [number, number, number, number] }] : [])
				];
	// Ratios and the chart side by side: the only way both fit under the KPI table on one page.
	if (chartImage)
		content.push({ columns: [{ width: '*', stack: ratioBlock }, { width: CHART_WIDTH, image: chartImage, fit: [CHART_WIDTH, CHART_HEIGHT], margin: [0, 12, 0, 0] }], columnGap: 16 });
	else content.push(...ratioBlock);
	if (report.notes.length > 0) content.push({ text: report.notes.join('   '), style: 'note', margin: [0, 6, 0, 0] });
	return basePdfDocument({ title: report.title, content, landscape: true, madeOn });
}
