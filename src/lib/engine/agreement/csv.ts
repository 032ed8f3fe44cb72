import { undefinedBecause, type Undefined } from './estimate';

/** One parsed record with the 1-based line on which it starts (for error messages). */
export interface CsvRecord {
	readonly fields: string[];
	readonly line: number;
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | Undefined;

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * RFC 4180 CSV: comma separated, fields optionally in double quotes ("" inside quotes is one quote), quoted fields may
 * hold commas and line breaks, lines end in LF or CRLF, a UTF-8 byte order mark is ignored. Blank lines are skipped.
 * A single pass over char codes, slicing unquoted fields without building them char by char.
 */
export function parseCsv(text: string): CsvParseResult {
	const records: CsvRecord[] = [];
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const end = text.length;
	let line = 1;
	let fields: string[] = [];
	let recordLine = 1;
	let atRecordStart = true;
	while (i <= end) {
		if (atRecordStart) {
			recordLine = line;
			atRecordStart = false;
		}
		let value: string;
		if (i < end && text.charCodeAt(i) === QUOTE) {
			let j = i + 1;
			let parts = '';
			let chunkStart = j;
			for (;;) {
				if (j >= end) return undefinedBecause(`regel ${recordLine}: aanhalingsteken wordt niet afgesloten`);
				const c = text.charCodeAt(j);
				if (c === QUOTE) {
					if (text.charCodeAt(j + 1) === QUOTE) {
						parts += text.slice(chunkStart, j + 1);
						j += 2;
						chunkStart = j;
						continue;
					}
					break;
				}
				if (c === LF) line++;
				j++;
			}
			value = parts + text.slice(chunkStart, j);
			i = j + 1;
			const next = i < end ? text.charCodeAt(i) : LF;
			if (next !== COMMA && next !== LF && next !== CR) {
				return undefinedBecause(`regel ${line}: tekst na een afsluitend aanhalingsteken`);
			}
		} else {
			let j = i;
			while (j < end) {
				const c = text.charCodeAt(j);
				if (c === COMMA || c === LF || c === CR) break;
				if (c === QUOTE) return undefinedBecause(`regel ${line}: aanhalingsteken midden in een veld`);
				j++;
			}
			value = text.slice(i, j);
			i = j;
		}
		fields.push(value);
		const c = i < end ? text.charCodeAt(i) : -1;
		if (c === COMMA) {
			i++;
			continue;
		}
		// End of record: CRLF, LF, lone CR or end of text.
		if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
		else i++;
		if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
		fields = [];
		line++;
		atRecordStart = true;
		if (c === -1) break;
	}
	return { ok: true, records };
}

/** Quotes a field only when it must be (comma, quote, line break, or leading/trailing space). */
export function formatCsvField(value: string): string {
	if (/[",\r\n]/.test(value) || value !== value.trim()) return `"${value.replace(/"/g, '""')}"`;
	return value;
}

/** CSV text with CRLF line ends (RFC 4180), as spreadsheet programs expect. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
	return rows.map((row) => row.map(formatCsvField).join(',')).join('\r\n') + '\r\n';
}
