import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';

/** Colours of the app (src/app.css) so reports look like the screens. */
export const PDF_COLORS = { primary: '#0b4f6c', muted: '#44474a', border: '#c8cbce', headerFill: '#e8eef1', warningFill: '#fff3cd' } as const;

export const PDF_STYLES: StyleDictionary = {
	title: { fontSize: 18, bold: true, color: PDF_COLORS.primary, margin: [0, 0, 0, 4] },
	subtitle: { fontSize: 11, color: PDF_COLORS.muted, margin: [0, 0, 0, 10] },
	h2: { fontSize: 13, bold: true, color: PDF_COLORS.primary, margin: [0, 12, 0, 6] },
	th: { bold: true, fillColor: PDF_COLORS.headerFill },
	small: { fontSize: 8, color: PDF_COLORS.muted },
	note: { fontSize: 9, color: PDF_COLORS.muted, italics: true }
};

/** Thin grey lines, a little padding: readable when printed in black and white. */
export const PDF_TABLE_LAYOUT = {
	hLineWidth: () => 0.5,
	vLineWidth: () => 0.5,
	hLineColor: () => PDF_COLORS.border,
	vLineColor: () => PDF_COLORS.border,
	paddingLeft: () => 4,
	paddingRight: () => 4,
	paddingTop: () => 3,
	paddingBottom: () => 3
};

/** A header row of table cells. */
export function headerRow(labels: readonly string[]): Content[] {
	return labels.map((text) => ({ text, style: 'th' }));
}

/** Page setup every report shares: A4, Roboto, page numbers and the date it was made in the footer. */
export function basePdfDocument(options: { title: string; content: Content[]; landscape?: boolean; madeOn: string }): TDocumentDefinitions {
	return {
		pageSize: 'A4',
		pageOrientation: options.landscape ? 'landscape' : 'portrait',
		pageMargins: [36, 36, 36, 44],
		info: { title: options.title, creator: 'WAKKER' },
		defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
		styles: PDF_STYLES,
		content: options.content,
		footer: (currentPage: number, pageCount: number) => ({
			columns: [
				{ text: `Gemaakt op ${options.madeOn}`, style: 'small' },
				{ text: `Pagina ${currentPage} van ${pageCount}`, style: 'small', alignment: 'right' }
			],
			margin: [36, 12, 36, 0]
		})
	};
}
