import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PdpDocument } from '$lib/engine/report/pdp-document';
import { heading, keepHeadingsWithContent, pageFooter, PDF_DEFAULT_STYLE, PDF_STYLES, userText } from './pdf-text';

export const PDP_END_TEXT = 'Einde van het PDP.';

function actionTable(doc: PdpDocument): Content {
	const col = doc.columns;
	const header: TableCell[] = [col.action, col.timespan, col.who, col.status, col.remarks].map((t) => ({ text: t, style: 'tableHeader' }));
	const rows: TableCell[][] = doc.actions.map((a) => [
		{ stack: [userText(a.text), { text: a.origin, style: ['muted', 'small'] }] },
		userText(a.timespan),
		userText(a.who),
		{ text: a.statusSymbol, alignment: 'center', fontSize: 12, bold: true },
		{
			stack: [
				userText(a.remarks),
				...(a.history.length === 0
					? []
					: [
							{ text: 'Opvolging:', style: ['label', 'small'], margin: [0, 4, 0, 0] as [number, number, number, number] },
							...a.history.map((h) => ({ text: [`${h.date}  ${h.symbol}  `, userText(h.remark)], style: 'small' }))
						])
			]
		}
	]);
	return {
		table: { headerRows: 1, widths: ['*', 90, 90, 55, 200], body: [header, ...rows] },
		layout: { hLineColor: () => '#8a8f93', vLineColor: () => '#8a8f93', paddingTop: () => 4, paddingBottom: () => 4 }
	};
}

/** The PDP action plan as a landscape A4 document with needs, resources, actions and their follow-up. */
export function pdpDocumentDefinition(doc: PdpDocument): TDocumentDefinitions {
	const content: Content[] = [
		{ text: 'Persoonlijk Doorstroom Plan', style: 'title' },
		userText(doc.candidateName, { style: 'subtitle', margin: [0, 0, 0, 4] }),
		{ text: `Laatst gewijzigd op ${doc.lastChangedOn}`, style: 'muted', margin: [0, 0, 0, 8] },
		...(doc.target
			? [{ text: [{ text: 'Jobdoelwit: ', style: 'label' }, userText(doc.target.job, { bold: true }), '. ', userText(doc.target.summary)], margin: [0, 0, 0, 6] } satisfies Content]
			: []),
		heading('Noden en drempels'),
		...(doc.needsBasis ? [userText(doc.needsBasis, { style: ['muted', 'small'], margin: [0, 0, 0, 6] })] : [])
	];
	if (doc.needs.length === 0) content.push({ text: 'Nog geen noden genoteerd.', style: 'muted' });
	for (const need of doc.needs)
		content.push({
			stack: [
				userText(need.text, { bold: true }),
				...(need.evidence.trim() === '' ? [] : [userText(need.evidence, { style: ['muted', 'small'] })])
			],
			margin: [0, 0, 0, 6]
		});
	content.push(heading('Hulpbronnen'));
	content.push(doc.resources.length === 0 ? { text: 'Nog geen hulpbronnen genoteerd.', style: 'muted' } : { ul: doc.resources.map((r) => userText(r)) });
	content.push(heading('Actieplan'));
	content.push(doc.actions.length === 0 ? { text: 'Nog geen acties.', style: 'muted' } : actionTable(doc));
	content.push({ text: `Voltooid?  ${doc.statusLegend}`, style: ['muted', 'small'], margin: [0, 4, 0, 0] });
	content.push(heading('Vragen voor het coachinggesprek', 2), { ul: doc.coachingQuestions.map((q) => userText(q)) });
	content.push({ text: PDP_END_TEXT, style: 'muted', margin: [0, 12, 0, 0] });
	return {
		info: { title: doc.title, subject: 'Persoonlijk Doorstroom Plan', creator: 'WAKKER' },
		pageSize: 'A4',
		pageOrientation: 'landscape',
		pageMargins: [40, 36, 40, 48],
		defaultStyle: PDF_DEFAULT_STYLE,
		styles: PDF_STYLES,
		footer: pageFooter(`${doc.title}`),
		pageBreakBefore: keepHeadingsWithContent,
		content
	};
}
