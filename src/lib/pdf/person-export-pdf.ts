import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PersonExportDocument } from '$lib/engine/report/person-export-document';
import { basePdfDocument, headerRow, PDF_TABLE_LAYOUT } from './pdf-styles';
import { cleanText, keepHeadingsWithContent, userText } from './pdf-text';
import { renderPdf } from './load-pdfmake';
import { downloadBlob, safeFileName } from '$lib/export/download';

/** Read by the person it is about, perhaps without a screen reader or glasses at hand: never below 11 pt. */
export const PERSON_EXPORT_MIN_FONT_SIZE = 11;

/** The readable right-of-access overview: portrait A4, one section per kind of data, everything typed as plain text. */
export function personExportDefinition(doc: PersonExportDocument): TDocumentDefinitions {
	const content: Content[] = [
		{ text: 'Wat WAKKER over jou bewaart', style: 'title' },
		userText(doc.personName, { fontSize: 15, margin: [0, 0, 0, 8] }),
		...doc.intro.map((line) => ({ text: cleanText(line), margin: [0, 0, 0, 4] as [number, number, number, number] }))
	];
	for (const section of doc.sections) {
		content.push({ text: `${cleanText(section.title)} (${section.count})`, style: 'h2', headlineLevel: 2 });
		if (section.rows.length === 0) {
			content.push({ text: cleanText(section.none), italics: true });
			continue;
		}
		content.push({
			table: {
				headerRows: 1,
				widths: ['*', 110, 90, 90],
				body: [headerRow(section.columns), ...section.rows.map((row) => row.map((cell) => userText(cell)))]
			},
			layout: PDF_TABLE_LAYOUT
		});
	}
	const base = basePdfDocument({ title: `Wat WAKKER over ${doc.personName} bewaart`, content, madeOn: doc.madeOn });
	return {
		...base,
		defaultStyle: { ...base.defaultStyle, fontSize: PERSON_EXPORT_MIN_FONT_SIZE },
		styles: { ...base.styles, small: { fontSize: PERSON_EXPORT_MIN_FONT_SIZE, color: '#44474a' }, th: { bold: true, fillColor: '#e8eef1' } },
		pageBreakBefore: keepHeadingsWithContent
	};
}

/** Saves the overview as a PDF on the device; returns the file name. */
export async function downloadPersonExport(doc: PersonExportDocument): Promise<string> {
	const blob = await renderPdf(personExportDefinition(doc));
	const fileName = safeFileName(`Inzage ${doc.personName}`, 'pdf');
	downloadBlob(blob, fileName);
	return fileName;
}
