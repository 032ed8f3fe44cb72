import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * Text typed by users goes into PDFs only through these helpers: always as a pdfmake text node, which
 * pdfmake draws literally (no markup is interpreted, so `<script>` prints as typed). Control characters
 * that fonts cannot draw are dropped (also emoji) and decomposed accents are composed (NFC), so "Zoë" typed on any
 * keyboard renders with the bundled Roboto.
 */
export function cleanText(value: string): string {
	return value
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\uFEFF]/g, '')
		// Emoji (and symbols asked to show as emoji) have no glyph in Roboto and would print as empty boxes.
		.replace(/\p{Extended_Pictographic}\uFE0F|\p{Emoji_Presentation}|\uFE0F/gu, '');
}

/** Longer than this without a space (a pasted link, a number series) and the word may break anywhere. */
export const LONG_WORD_CHARS = 40;

export function userText(value: string, style?: Partial<ContentText>): ContentText {
	const text = cleanText(value);
	const hasLongWord = text.split(/\s+/).some((word) => word.length > LONG_WORD_CHARS);
	return { ...style, text, ...(hasLongWord ? { wordBreak: 'break-all' as const } : {}) };
}

/** Shared look of every report: A4, Roboto, page numbers, headings that never end a page. */
export const PDF_STYLES: TDocumentDefinitions['styles'] = {
	title: { fontSize: 22, bold: true, color: '#0b4f6c', margin: [0, 0, 0, 6] },
	subtitle: { fontSize: 16, margin: [0, 0, 0, 18] },
	h1: { fontSize: 16, bold: true, color: '#0b4f6c', margin: [0, 14, 0, 6] },
	h2: { fontSize: 13, bold: true, color: '#0b4f6c', margin: [0, 10, 0, 4] },
	h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
	label: { bold: true },
	muted: { color: '#44474a' },
	small: { fontSize: 9 },
	tableHeader: { bold: true, fillColor: '#e8eef1' },
	tierRow: { bold: true, fillColor: '#f4f6f7', color: '#0b4f6c' }
};

export const PDF_DEFAULT_STYLE = { font: 'Roboto', fontSize: 10, lineHeight: 1.2 } as const;

export function heading(text: string, level: 1 | 2 | 3 = 1): ContentText {
	return { text: cleanText(text), style: `h${level}`, headlineLevel: level };
}

/**
 * Keeps a heading with what follows: a heading that would be the last thing on its page moves to the
 * next page (pdfmake calls this until no break is added).
 */
export const keepHeadingsWithContent: NonNullable<TDocumentDefinitions['pageBreakBefore']> = (node, queries) =>
	node.headlineLevel !== undefined &&
	!queries.getFollowingNodesOnPage().some((next) => next.startPosition.top > node.startPosition.top);
// pdfmake lists the footer among a page's following nodes, placed at the top of its own frame: only
// nodes below the heading count as content that keeps it company.

/** A footer has one line of room: longer labels (a 200-character name) are shortened there, never on the cover. */
export const FOOTER_LABEL_CHARS = 90;

export function pageFooter(label: string): NonNullable<TDocumentDefinitions['footer']> {
	const clean = cleanText(label).replace(/\s+/g, ' ');
	const short = clean.length <= FOOTER_LABEL_CHARS ? clean : `${clean.slice(0, FOOTER_LABEL_CHARS - 1)}…`;
	return (currentPage, pageCount) => ({
		columns: [
			{ text: short, style: 'muted', fontSize: 8, width: '*' },
			{ text: `pagina ${currentPage} van ${pageCount}`, alignment: 'right', style: 'muted', fontSize: 8, width: 90 }
		],
		margin: [40, 16, 40, 0]
	});
}

/** A two-column table of facts (label: value) for cover pages. */
export function factTable(rows: readonly (readonly [string, string])[]): Content {
	return {
		table: {
			widths: [130, '*'],
			body: rows.map(([label, value]) => [{ text: label, style: 'label' }, userText(value === '' ? '–' : value)])
		},
		layout: 'noBorders'
	};
}
