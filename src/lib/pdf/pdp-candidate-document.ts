import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CandidatePdpDocument } from '$lib/engine/report/pdp-candidate-document';
import { cleanText, heading, keepHeadingsWithContent, userText } from './pdf-text';

export const CANDIDATE_PDP_END_TEXT = 'Dit is het einde van je plan.';
/** Easy-reading print: never below 12 pt, short lines, generous spacing (B1 guidance for low literacy). */
export const CANDIDATE_PDP_MIN_FONT_SIZE = 12;

const STYLES: TDocumentDefinitions['styles'] = {
	title: { fontSize: 24, bold: true, color: '#0b4f6c', margin: [0, 0, 0, 4] },
	name: { fontSize: 18, margin: [0, 0, 0, 14] },
	h1: { fontSize: 17, bold: true, color: '#0b4f6c', margin: [0, 16, 0, 6] },
	tableHeader: { bold: true, fillColor: '#e8eef1' },
	muted: { color: '#44474a' }
};

function actionTable(doc: CandidatePdpDocument): Content {
	const header: TableCell[] = ['Wat ga ik doen?', 'Wanneer?', 'Wie helpt mij?', 'Klaar?'].map((t) => ({ text: t, style: 'tableHeader' }));
	const rows: TableCell[][] = doc.actions.map((a) => [userText(a.what), userText(a.when || '–'), userText(a.who || '–'), userText(a.done)]);
	return {
		table: { headerRows: 1, dontBreakRows: true, widths: ['*', 95, 95, 60], body: [header, ...rows] },
		layout: { hLineColor: () => '#8a8f93', vLineColor: () => '#8a8f93', paddingTop: () => 6, paddingBottom: () => 6 }
	};
}

function signatureBox(label: string): Content {
	return {
		stack: [
			{ text: label, bold: true },
			{ canvas: [{ type: 'line', x1: 0, y1: 44, x2: 220, y2: 44, lineWidth: 1, lineColor: '#44474a' }] },
			{ text: 'Datum: ........................', margin: [0, 10, 0, 0] }
		]
	};
}

/** The candidate's own PDP: portrait A4, at least 12 pt, short sentences, no notes or figures, room to sign. */
export function candidatePdpDocumentDefinition(doc: CandidatePdpDocument): TDocumentDefinitions {
	const content: Content[] = [
		{ text: 'Mijn plan', style: 'title' },
		userText(doc.candidateName, { style: 'name' }),
		{ text: 'Dit plan maakte je samen met je jobcoach. Jullie bekijken het samen in elk gesprek.', margin: [0, 0, 0, 6] }
	];
	content.push(heading('Mijn doel'));
	content.push(doc.goal ? { text: ['Ik wil werken als ', userText(doc.goal, { bold: true }), '.'] } : { text: 'Mijn doel kiezen we samen in het volgende gesprek.' });
	content.push(heading('Hier werk ik aan'));
	content.push(doc.workingOn.length === 0 ? { text: 'Dat kiezen we samen.' } : { ul: doc.workingOn.map((w) => userText(w)), margin: [0, 0, 0, 4] });
	content.push(heading('Wat ik ga doen'));
	content.push(doc.actions.length === 0 ? { text: 'We spreken de acties samen af.' } : actionTable(doc));
	if (doc.helpers.length > 0) {
		content.push(heading('Wie of wat mij helpt'));
		content.push({ ul: doc.helpers.map((h) => userText(h)) });
	}
	content.push(heading('Volgende afspraak'));
	content.push(
		doc.nextAppointment
			? { text: [{ text: doc.nextAppointment.date, bold: true }, ...(doc.nextAppointment.note.trim() ? [': ', userText(doc.nextAppointment.note)] : [])] }
			: { text: 'Datum en uur: ............................................................' }
	);
	content.push({
		stack: [
			// A plain heading: inside an unbreakable block the keep-with-content rule would move it off on its own.
			{ text: 'Handtekeningen', style: 'h1' },
			{ text: 'We spreken dit plan samen af.', margin: [0, 0, 0, 10] },
			{ columns: [signatureBox('Ik, de kandidaat'), signatureBox('De jobcoach')], columnGap: 40 }
		],
		unbreakable: true
	});
	content.push({ text: [`Gemaakt op ${doc.madeOn}. `, CANDIDATE_PDP_END_TEXT], style: 'muted', margin: [0, 18, 0, 0] });
	return {
		info: { title: `Mijn plan – ${doc.candidateName}`, subject: 'Persoonlijk Doorstroom Plan (versie voor de kandidaat)', creator: 'WAKKER' },
		pageSize: 'A4',
		pageOrientation: 'portrait',
		pageMargins: [48, 44, 48, 52],
		defaultStyle: { font: 'Roboto', fontSize: 13, lineHeight: 1.35 },
		styles: STYLES,
		// The page number in the same easy size as the text (the shared footer is 8 pt).
		footer: (currentPage: number, pageCount: number) => ({
			text: `Mijn plan van ${cleanText(doc.candidateName).slice(0, 40)} – blad ${currentPage} van ${pageCount}`,
			fontSize: CANDIDATE_PDP_MIN_FONT_SIZE,
			color: '#44474a',
			margin: [48, 14, 48, 0]
		}),
		pageBreakBefore: keepHeadingsWithContent,
		content
	};
}
