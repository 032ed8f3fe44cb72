import { exportNumber, formulaSafe, type TableCell } from './table';

/**
 * The two CSV dialects every table export offers.
 * - `excel-be`: what Excel opens as columns on a Belgian (nl-BE) computer by double-click: `;` between fields
 *   (the list separator of nl-BE Windows), a decimal comma, a UTF-8 byte order mark (without it Excel reads
 *   "Aïcha" as "AÃ¯cha") and CRLF line ends.
 * - `r-python`: what `read.csv()` in R and `pandas.read_csv()` read without options: `,` and a decimal point,
 *   no byte order mark (both would keep it in the first column name), CRLF (both accept it).
 * Both quote a field holding the separator, a quote or a line break (RFC 4180) and make formulas harmless.
 */
export type CsvDialect = 'excel-be' | 'r-python';

interface DialectRules {
	separator: string;
	decimal: string;
	bom: string;
}

const DIALECTS: Record<CsvDialect, DialectRules> = {
	'excel-be': { separator: ';', decimal: ',', bom: '\uFEFF' },
	'r-python': { separator: ',', decimal: '.', bom: '' }
};

const LINE_END = '\r\n';

export function formatCsvCell(cell: TableCell, dialect: CsvDialect): string {
	const rules = DIALECTS[dialect];
	if (cell === undefined) return '';
	if (typeof cell === 'number') {
		const value = exportNumber(cell);
		return value === undefined ? '' : String(value).replace('.', rules.decimal);
	}
	const safe = formulaSafe(cell);
	// Quote whenever a reader could split or trim the field: both separators (a file may be re-saved in the
	// other dialect), quotes, line breaks, and leading or trailing spaces.
	const mustQuote = /[",;\r\n]/.test(safe) || safe !== safe.trim();
	return mustQuote ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatCsv(rows: readonly (readonly TableCell[])[], dialect: CsvDialect): string {
	const { separator, bom } = DIALECTS[dialect];
	return bom + rows.map((row) => row.map((cell) => formatCsvCell(cell, dialect)).join(separator)).join(LINE_END) + LINE_END;
}
