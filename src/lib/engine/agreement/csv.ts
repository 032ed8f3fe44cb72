import { undefinedBecause, type Undefined } from './estimate';

/** One parsed record with the 1-based line on which it starts (for error messages). */
export interface CsvRecord {
	readonly fields: string[];
	readonly line: number;
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | Undefined;

/**
 * Receives fields as they are scanned, without building strings for unquoted fields: such a field is
 * text.slice(start, end) and `unquoted` is null; a quoted field arrives unescaped in `unquoted`.
 * Returning an Undefined from either callback stops the scan with that error.
 */
export interface CsvVisitor {
	field(text: string, start: number, end: number, unquoted: string | null, line: number): Undefined | void;
	/** End of a record that started on `line`; `fieldCount` ≥ 1. Blank lines arrive as one empty field. */
	endRecord(line: number, fieldCount: number, blank: boolean): Undefined | void;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * RFC 4180 CSV: comma separated, fields optionally in double quotes ("" inside quotes is one quote), quoted fields may
 * hold commas and line breaks, lines end in LF, CRLF or CR, a UTF-8 byte order mark is ignored. One pass over char
 * codes; unquoted fields are reported by position so a large file is read without a string per field.
 */
export function scanCsv(text: string, visitor: CsvVisitor): Undefined | null {
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const end = text.length;
	if (i >= end) return null;
	let line = 1;
	let recordLine = 1;
	let fieldCount = 0;
	let blank = true;
	for (;;) {
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
				if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) line++;
				j++;
			}
			const error = visitor.field(text, i, j + 1, parts + text.slice(chunkStart, j), recordLine);
			if (error) return error;
			blank = false;
			i = j + 1;
			const next = i < end ? text.charCodeAt(i) : LF;
			if (next !== COMMA && next !== LF && next !== CR) return undefinedBecause(`regel ${line}: tekst na een afsluitend aanhalingsteken`);
		} else {
			let j = i;
			while (j < end) {
				const c = text.charCodeAt(j);
				if (c === COMMA || c === LF || c === CR) break;
				if (c === QUOTE) return undefinedBecause(`regel ${line}: aanhalingsteken midden in een veld`);
				j++;
			}
			const error = visitor.field(text, i, j, null, recordLine);
			if (error) return error;
			if (j > i) blank = false;
			i = j;
		}
		fieldCount++;
		const c = i < end ? text.charCodeAt(i) : -1;
		if (c === COMMA) {
			blank = false;
			i++;
			continue;
		}
		if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
		else i++;
		const error = visitor.endRecord(recordLine, fieldCount, blank && fieldCount === 1);
		if (error) return error;
		line++;
		recordLine = line;
		fieldCount = 0;
		blank = true;
		if (i >= end) return null;
	}
}

/** All records as arrays of strings; blank lines are skipped. */
export function parseCsv(text: string): CsvParseResult {
	const records: CsvRecord[] = [];
	let fields: string[] = [];
	const error = scanCsv(text, {
		field(source, start, end, unquoted) {
			fields.push(unquoted ?? source.slice(start, end));
		},
		endRecord(line, _count, blank) {
			if (!blank) records.push({ fields, line });
			fields = [];
		}
	});
	return error ?? { ok: true, records };
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
