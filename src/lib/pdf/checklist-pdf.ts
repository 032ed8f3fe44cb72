import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ChecklistReport } from '$lib/engine/organisation/checklist-report';
import { basePdfDocument, headerRow, PDF_TABLE_LAYOUT } from './pdf-styles';
import { userText } from './pdf-text';

/** Chart images (PNG data URLs rendered from chart.js) to place in the checklist report. */
export interface ChecklistPdfImages {
	profile?: string;
	change?: string;
}

/** Width of a chart image on an A4 portrait page within the margins (points). */
const CHART_WIDTH = 520;
/** Answers shorter than this stay on one page with their question; longer ones may run over pages. */
const UNBREAKABLE_ANSWER_CHARS = 1_500;

/** The checklist report for the organisation: profile, scores per item, reflections and action plan. */
export function buildChecklistPdf(report: ChecklistReport, images: ChecklistPdfImages, madeOn: string): TDocumentDefinitions {
	const content: Content[] = [
		{ text: report.title, style: 'title' },
		{
			text: `${report.organisationName} – ${report.measurementLabel} (${report.date})${report.isBaseline ? ' – nulmeting' : ''}`,
			style: 'subtitle'
		},
		{
			text: [
				{ text: 'Deelnemers: ', bold: true },
				report.participants.length > 0 ? report.participants.join(', ') : '(geen)',
				'\n',
				{ text: 'Gemiddelde score: ', bold: true },
				report.mean,
				'\n',
				report.scaleNote,
				...(report.baselineLabel ? ['\n', { text: 'Vergeleken met: ', bold: true }, report.baselineLabel] : []),
				...(report.overallChange ? ['\n', { text: 'Verandering tegenover de nulmeting: ', bold: true }, report.overallChange] : [])
			]
		}
	];
	// A heading and its chart (and a question and its answer) stay on one page.
	if (images.profile) content.push({ stack: [{ text: 'Profiel', style: 'h2' }, { image: images.profile, width: CHART_WIDTH }], unbreakable: true });
	if (images.change) content.push({ stack: [{ text: 'Verandering tegenover de nulmeting', style: 'h2' }, { image: images.change, width: CHART_WIDTH }], unbreakable: true });
	content.push(
		{ text: 'Scores per item', style: 'h2', pageBreak: images.profile ? 'before' : undefined },
		{
			table: {
				headerRows: 1,
				widths: [18, '*', 60, 90, 55],
				body: [
					headerRow(['Nr', 'Item', 'Score', 'Spreiding', 'Verschil']),
					...report.rows.map((r) => [String(r.number), r.text, r.score, r.spread, r.change])
				]
			},
			layout: PDF_TABLE_LAYOUT,
			fontSize: 9
		}
	);
	if (report.agreed.length > 0)
		content.push(
			{ text: 'Afgesproken teamscores en waarom', style: 'h2' },
			{
				table: {
					headerRows: 1,
					dontBreakRows: true,
					widths: [18, '*', 40, '*'],
					body: [headerRow(['Nr', 'Item', 'Score', 'Waarom deze teamscore?']), ...report.agreed.map((a) => [String(a.number), a.text, { text: a.score, alignment: 'center' as const }, userText(a.reason)])]
				},
				layout: PDF_TABLE_LAYOUT,
				fontSize: 9
			}
		);
	if (report.weakest.length > 0) content.push({ text: 'Zwakste items', style: 'h2' }, { ol: [...report.weakest] });
	content.push({ text: 'Reflectie', style: 'h2' });
	for (const r of report.reflections)
		content.push({ stack: [{ text: r.question, bold: true, margin: [0, 4, 0, 2] }, { text: r.answer, margin: [0, 0, 0, 6] }], unbreakable: r.answer.length < UNBREAKABLE_ANSWER_CHARS });
	content.push({ text: 'Actieplan', style: 'h2' });
	content.push(
		report.actions.length === 0
			? { text: 'Nog geen acties.', style: 'note' }
			: {
					table: {
						headerRows: 1,
						widths: ['*', 70, 70, 45, 110],
						body: [
							headerRow(['Concrete acties', 'Tijdspanne', 'Wie?', 'Voltooid?', 'Opmerkingen']),
							...report.actions.map((a): TableCell[] => [a.text, a.timespan, a.who, { text: a.status, alignment: 'center' }, a.remarks])
						]
					},
					layout: PDF_TABLE_LAYOUT,
					fontSize: 9
				}
	);
	return basePdfDocument({ title: `${report.title} – ${report.organisationName}`, content, madeOn });
}
