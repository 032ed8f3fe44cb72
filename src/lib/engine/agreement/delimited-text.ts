import Papa from 'papaparse';
import { undefinedBecause, type Undefined } from './estimate';

/** One non-blank record with the 1-based line on which it starts (for messages). */
export interface DelimitedRow {
	readonly fields: string[];
	readonly line: number;
}

export type Delimiter = ',' | ';' | '\t';
export type DelimitedResult = { ok: true; rows: DelimitedRow[]; delimiter: Delimiter } | Undefined;

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * Delimited text as spreadsheet programs and R write it, parsed by papaparse (RFC 4180 quoting, CRLF/LF/CR):
 * - the separator is `,`, `;` or a tab: named by Excel's `sep=;` first line, else detected from the first lines;
 * - a byte order mark is ignored;
 * - blank lines, lines of only spaces and lines of only separators are skipped;
 * - trailing columns that are empty on every line (Excel's stray separators) are dropped.
 */
export function readDelimitedText(source: string): DelimitedResult {
	let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	let firstLine = 1;
	let delimiter: Delimiter | null = null;
	const sep = /^sep=(.)\s*?(\r\n|\n|\r|$)/i.exec(text);
	if (sep) {
		const named = sep[1] as string;
		if (!DELIMITERS.includes(named as Delimiter)) return undefinedBecause(`regel 1: scheidingsteken "${sep[1]}" wordt niet ondersteund (gebruik , ; of tab)`);
		delimiter = named as Delimiter;
		text = text.slice(sep[0].length);
		firstLine = 2;
	}
	delimiter ??= detectDelimiter(text);
	const parsed = Papa.parse(text, { delimiter, newline: undefined, skipEmptyLines: false, header: false });
	const lines = lineNumbers(parsed.data, firstLine);
	const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
	if (quoteError) {
		const line = quoteError.row !== undefined ? (lines[quoteError.row] ?? firstLine) : firstLine;
		return undefinedBecause(`regel ${line}: aanhalingsteken wordt niet afgesloten`);
	}
	const rows: DelimitedRow[] = [];
	let width = 0;
	parsed.data.forEach((fields, i) => {
		let last = fields.length - 1;
		while (last >= 0 && fields[last]!.trim() === '') last--;
		if (last < 0) return;
		width = Math.max(width, last + 1);
		rows.push({ fields, line: lines[i]! });
	});
	// Drop the columns right of the last one that holds anything on any line.
	for (const row of rows) if (row.fields.length > width) row.fields.length = width;
	return { ok: true, rows, delimiter };
}

/**
 * papaparse's guess over the first lines, with blank lines skipped (without that a short file is read as `,`).
 * When it cannot tell (one column), the separator that occurs in the first line wins, `;` before tab before `,`.
 */
function detectDelimiter(text: string): Delimiter {
	const guess = Papa.parse(text, { delimitersToGuess: [...DELIMITERS], skipEmptyLines: true, preview: 10 });
	const undetectable = guess.errors.some((e) => e.code === 'UndetectableDelimiter');
	if (!undetectable && DELIMITERS.includes(guess.meta.delimiter as Delimiter)) return guess.meta.delimiter as Delimiter;
	const first = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
	if (first.includes(';')) return ';';
	if (first.includes('\t')) return '\t';
	return ',';
}

/** The line each parsed record starts on: one more than the previous, plus the line breaks inside its quoted fields. */
function lineNumbers(data: readonly string[][], firstLine: number): number[] {
	const lines = new Array<number>(data.length);
	let line = firstLine;
	for (let i = 0; i < data.length; i++) {
		lines[i] = line;
		let breaks = 0;
		for (const field of data[i]!) {
			if (field.length === 0) continue;
			for (let at = 0; at < field.length; at++) {
				const c = field.charCodeAt(at);
				if (c === 10 || (c === 13 && field.charCodeAt(at + 1) !== 10)) breaks++;
			}
		}
		line += 1 + breaks;
	}
	return lines;
}
