import { readDelimitedText } from './delimited-text';
import type { Undefined } from './estimate';

/** One parsed record with the 1-based line on which it starts (for error messages). */
export interface CsvRecord {
	readonly fields: string[];
	readonly line: number;
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | Undefined;

/** All non-blank records of delimited text (papaparse; separator detected, see delimited-text.ts). */
export function parseCsv(text: string): CsvParseResult {
	const table = readDelimitedText(text);
	return table.ok ? { ok: true, records: table.rows } : table;
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
