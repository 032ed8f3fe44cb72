import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { SessionReport } from '$lib/engine/report/session-report';
import type { SamLevelId } from '$lib/engine/rubric';
import { factTable, heading, keepHeadingsWithContent, pageFooter, PDF_DEFAULT_STYLE, PDF_STYLES, userText } from './pdf-text';

export const SESSION_REPORT_END_TEXT = 'Einde van het sessierapport.';

const LEVEL_FILL: Record<SamLevelId, string> = { onvoldoende: '#f6d5d5', matig: '#fbe9c6', goed: '#d9ecd9', 'zeer-goed': '#b9dcc0' };

function matrix(report: SessionReport): Content {
	const names = report.candidates.map((c) => userText(c.name, { style: 'tableHeader', fontSize: 8 }));
	const body: TableCell[][] = [[{ text: 'Competentie', style: 'tableHeader' }, ...names]];
	for (const tier of report.tiers) {
		body.push([{ text: tier.label, style: 'tierRow', colSpan: names.length + 1 }, ...names.map(() => ({ text: '' }))]);
		for (const row of tier.rows)
			body.push([
				userText(row.name, { fontSize: 8 }),
				...row.cells.map((cell) => ({
					text: cell.label,
					fontSize: 8,
					alignment: 'center' as const,
					...(cell.outcome.kind === 'none' || cell.outcome.kind === 'no-consensus' || !cell.outcome.level ? {} : { fillColor: LEVEL_FILL[cell.outcome.level] })
				}))
			]);
	}
	return {
		table: { headerRows: 1, dontBreakRows: true, widths: [170, ...names.map(() => '*' as const)], body },
		layout: 'lightHorizontalLines'
	};
}

function candidateTable(report: SessionReport): Content {
	return {
		table: {
			headerRows: 1,
			dontBreakRows: true,
			widths: [130, 100, 45, 60, '*'],
			body: [
				['Kandidaat', 'Jobdoelwit', 'Notities', 'Consensus', 'Aandachtspunten'].map((t) => ({ text: t, style: 'tableHeader' })),
				...report.candidates.map((c) => [
					userText(c.name),
					userText(c.jobTarget === '' ? '–' : c.jobTarget),
					{ text: String(c.noteCount), alignment: 'right' as const },
					{ text: `${c.consensusCount} / ${c.competencyCount}`, alignment: 'right' as const },
					userText(c.attentionNames.length === 0 ? '–' : c.attentionNames.join(', '), { fontSize: 8 })
				])
			]
		},
		layout: 'lightHorizontalLines'
	};
}

function agreementTable(report: SessionReport): Content[] {
	if (report.agreementRows.length === 0) return [];
	return [
		{
			table: {
				headerRows: 1,
				dontBreakRows: true,
				widths: ['*', 95, 90, 120, 90],
				body: [
					['Competentie', 'Door ≥ 2 gescoord', 'Zelfde niveau', 'Hoogstens 1 niveau verschil', 'Alfa (ordinaal)'].map((t, i) => ({
						text: t,
						style: 'tableHeader',
						fontSize: 9,
						alignment: i === 0 ? ('left' as const) : ('right' as const)
					})),
					...report.agreementRows.map((r) => [
						userText(r.name, { fontSize: 9 }),
						{ text: String(r.pairs), alignment: 'right' as const, fontSize: 9 },
						{ text: r.exact, alignment: 'right' as const, fontSize: 9 },
						{ text: r.withinOne, alignment: 'right' as const, fontSize: 9 },
						{ text: r.alpha, alignment: 'right' as const, fontSize: 9 }
					])
				]
			},
			layout: 'lightHorizontalLines',
			margin: [0, 6, 0, 4]
		},
		{ text: '"Door ≥ 2 gescoord" telt hoe vaak minstens twee assessoren dezelfde kandidaat in dezelfde oefening scoorden. Het zijn er per competentie weinig: lees de cijfers als een aanwijzing waar de assessoren het oneens zijn, niet als een oordeel.', style: ['muted', 'small'] }
	];
}

/** The lead's session report: landscape, all candidates in one matrix, then how the scores were reached. */
export function sessionReportDocument(report: SessionReport): TDocumentDefinitions {
	const c = report.cover;
	return {
		info: { title: report.title, subject: 'Sessierapport', creator: 'WAKKER' },
		pageSize: 'A4',
		pageOrientation: 'landscape',
		pageMargins: [40, 36, 40, 48],
		defaultStyle: PDF_DEFAULT_STYLE,
		styles: PDF_STYLES,
		footer: pageFooter(report.title),
		pageBreakBefore: keepHeadingsWithContent,
		content: [
			{ text: 'Sessierapport', style: 'title', fontSize: 18 },
			userText(c.sessionName, { style: 'subtitle', fontSize: 14, margin: [0, 0, 0, 6] }),
			factTable([
				['Plaats', c.location],
				['Data', c.dates.join(', ')],
				['Oefeningen', c.exercises.join(', ')],
				['Assessoren', c.assessors.join(', ')],
				['Competentieprofiel', c.rubricVersion],
				['Opgemaakt op', c.generatedOn]
			]),
			heading('Kandidaten'),
			candidateTable(report),
			{ ...heading('Niveaus per competentie'), pageBreak: 'before' },
			matrix(report),
			{ ul: report.legend, style: ['muted', 'small'], margin: [0, 6, 0, 0] },
			heading(report.method.heading),
			...report.method.paragraphs.map((p) => ({ text: p, margin: [0, 0, 0, 4] as [number, number, number, number] })),
			...(report.agreementRows.length > 0 ? [heading('Overeenstemming per competentie', 2), ...agreementTable(report)] : []),
			{ text: SESSION_REPORT_END_TEXT, style: 'muted', margin: [0, 12, 0, 0] }
		]
	};
}
