/**
 * CSV as RFC 4180: fields separated by `,`, records by CRLF; a field holding `,`, `"`, `;`, CR or LF is
 * wrapped in double quotes with inner quotes doubled. The file starts with a UTF-8 BOM so Excel (also in
 * nl-BE) reads accents (ë, é) right. `,` rather than `;`: it is the standard funders' tools and
 * spreadsheets import without settings; numbers are written with a decimal point for the same reason.
 * A field starting with = + - @ is prefixed with `'` so a spreadsheet never runs it as a formula.
 */
export const CSV_SEPARATOR = ',';
export const CSV_BOM = '\uFEFF';
const LINE_END = '\r\n';

export type CsvCell = string | number | undefined;

export function formatCsvCell(cell: CsvCell): string {
	if (cell === undefined) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? formatCsvNumber(cell) : '';
	const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
	return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Up to 2 decimals, no thousands separator, decimal point: machine-readable. */
export function formatCsvNumber(value: number): string {
	return String(Math.round(value * 100) / 100);
}

export function formatCsv(rows: CsvCell[][]): string {
	return CSV_BOM + rows.map((row) => row.map(formatCsvCell).join(CSV_SEPARATOR)).join(LINE_END) + LINE_END;
}
