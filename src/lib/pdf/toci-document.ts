import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { TociDocument } from '$lib/engine/report/toci-document';
import { cleanText, heading, keepHeadingsWithContent, userText } from './pdf-text';

export const TOCI_END_TEXT = 'Dit is het einde van het verslag.';
/** Read by the youth too: never below 12 pt, portrait, short lines. */
export const TOCI_MIN_FONT_SIZE = 12;

const STYLES: TDocumentDefinitions['styles'] = {
	title: { fontSize: 22, bold: true, color: '#0b4f6c', margin: [0, 0, 0, 4] },
	name: { fontSize: 17, margin: [0, 0, 0, 10] },
	h1: { fontSize: 16, bold: true, color: '#0b4f6c', margin: [0, 14, 0, 6] },
	h2: { fontSize: 14, bold: true, margin: [0, 8, 0, 3] },
	tableHeader: { bold: true, fillColor: '#e8eef1' },
	muted: { color: '#44474a' }
};

const LAYOUT = { hLineColor: () => '#8a8f93', vLineColor: () => '#8a8f93', paddingTop: () => 5, paddingBottom: () => 5 };

function table(headers: string[], widths: (number | string)[], rows: TableCell[][]): Content {
	return { table: { headerRows: 1, dontBreakRows: true, widths, body: [headers.map((t) => ({ text: t, style: 'tableHeader' })), ...rows] }, layout: LAYOUT };
}

const dash = (text: string) => userText(text.trim() === '' ? '–' : text);

function signature(label: string): Content {
	return {
		stack: [
			{ text: label, bold: true },
			{ canvas: [{ type: 'line', x1: 0, y1: 40, x2: 140, y2: 40, lineWidth: 1, lineColor: '#44474a' }] }
		]
	};
}

/** The TOCI conversation for the youth and the mentor: portrait A4, at least 12 pt, plain words, room to sign. */
export function tociDocumentDefinition(doc: TociDocument): TDocumentDefinitions {
	const content: Content[] = [
		{ text: 'Ons evaluatiegesprek', style: 'title' },
		userText(doc.youthName, { style: 'name' }),
		{
			text: [
				`Gesprek van ${doc.date} met mentor `,
				userText(doc.mentorName.trim() || '–', { bold: true }),
				...(doc.coachName ? [' en coach ', userText(doc.coachName, { bold: true })] : []),
				'.'
			]
		}
	];

	if (doc.previous) {
		content.push(heading(`Wat we de vorige keer afspraken (${doc.previous.date})`));
		content.push(
			doc.previous.actions.length === 0
				? { text: 'De vorige keer spraken we geen acties af.' }
				: table(
						['Wat zou je doen?', 'Wanneer?', 'Wie?', 'Hoe ging het?'],
						['*', 90, 80, 120],
						doc.previous.actions.map((a) => [userText(a.what), dash(a.when), dash(a.who), { text: a.result, bold: true }])
					)
		);
	}

	content.push(heading('Hoe gaat het? Jij en je mentor'));
	content.push({ text: 'Jij koos hoe vaak iets lukt. Je mentor koos wat hij of zij zag op het werk.', margin: [0, 0, 0, 6] });
	const withCoach = doc.competencies.some((c) => c.coach !== undefined);
	content.push(
		table(
			['Waarover?', 'Jij', 'Mentor', ...(withCoach ? ['Coach'] : []), 'Kan je het al?'],
			withCoach ? ['*', 70, 95, 95, 60] : ['*', 80, 120, 70],
			doc.competencies.map((c) => [
				userText(c.name),
				{ text: c.youth },
				{ text: c.mentor },
				...(withCoach ? [{ text: c.coach ?? '' }] : []),
				{ text: c.mastered ? 'Ja' : 'Nog niet', bold: c.mastered }
			])
		)
	);

	if (doc.talkAbout.length > 0) {
		content.push(heading('Hier praten we over'));
		content.push({ ul: doc.talkAbout.map((t) => userText(t)), margin: [0, 0, 0, 4] });
	}

	if (doc.examples.length > 0) {
		content.push(heading('Voorbeelden'));
		for (const e of doc.examples) {
			content.push({ text: cleanText(e.name), style: 'h2', headlineLevel: 2 });
			if (e.youth) content.push({ text: [{ text: 'Jij: ', bold: true }, userText(e.youth)] });
			if (e.mentor) content.push({ text: [{ text: 'Mentor: ', bold: true }, userText(e.mentor)] });
		}
	}

	content.push(heading('Dit kan je al'));
	content.push(doc.mastered.length === 0 ? { text: 'Dat kiezen we samen in een volgend gesprek.' } : { ul: doc.mastered.map((m) => userText(m)) });

	content.push(heading('Wat we afspreken voor de volgende periode'));
	content.push(
		doc.actions.length === 0
			? { text: 'We spraken nog geen acties af.' }
			: table(
					['Wat ga je doen?', 'Wanneer?', 'Wie?'],
					['*', 110, 100],
					doc.actions.map((a) => [a.competency ? { stack: [userText(a.what), userText(a.competency, { style: 'muted' })] } : userText(a.what), dash(a.when), dash(a.who)])
				)
	);

	content.push(heading('Ons besluit'));
	content.push(
		doc.decision
			? { stack: [{ text: doc.decision.outcome, bold: true }, { text: `Fase: ${doc.decision.phase}` }, userText(doc.decision.reason)] }
			: { text: 'We namen nog geen besluit.' }
	);

	content.push({
		stack: [
			{ text: 'Handtekeningen', style: 'h1' },
			{ text: 'We bespraken dit samen.', margin: [0, 0, 0, 10] },
			{ columns: [signature('De jongere'), signature('De mentor'), signature('De coach')], columnGap: 24 },
			{ text: 'Volgend gesprek op: ........................................', margin: [0, 18, 0, 0] }
		],
		unbreakable: true
	});
	content.push({ text: [`Gemaakt op ${doc.madeOn}. `, TOCI_END_TEXT], style: 'muted', margin: [0, 18, 0, 0] });

	return {
		info: { title: `Evaluatiegesprek ${cleanText(doc.youthName)} ${doc.date}`, subject: 'TOCI-evaluatiegesprek', creator: 'WAKKER' },
		pageSize: 'A4',
		pageOrientation: 'portrait',
		pageMargins: [44, 44, 44, 52],
		defaultStyle: { font: 'Roboto', fontSize: 12, lineHeight: 1.3 },
		styles: STYLES,
		footer: (currentPage: number, pageCount: number) => ({
			text: `Evaluatiegesprek ${cleanText(doc.youthName).slice(0, 40)}, ${doc.date} – blad ${currentPage} van ${pageCount}`,
			fontSize: TOCI_MIN_FONT_SIZE,
			color: '#44474a',
			margin: [44, 14, 44, 0]
		}),
		pageBreakBefore: keepHeadingsWithContent,
		content
	};
}
