/**
 * A table as every export writes it: the first row is the header, then one row per record. A missing value
 * or one that cannot be calculated is `undefined` and becomes an empty cell (never 0). Numbers stay numbers
 * until a writer formats them, so each file type can write them the way its readers expect.
 */
export type TableCell = string | number | undefined;

export interface ExportTable {
	/** Shown as the worksheet's name in Excel (at most 31 characters there) and used in messages. */
	title: string;
	rows: TableCell[][];
}

/** How many decimals a figure keeps in every export: the same figure in the PDF, the CSV and the .xlsx. */
export const EXPORT_DECIMALS = 2;

/** A finite number rounded for export, or undefined (NaN and ±Infinity are not figures). */
export function exportNumber(value: number): number | undefined {
	if (!Number.isFinite(value)) return undefined;
	const factor = 10 ** EXPORT_DECIMALS;
	const rounded = Math.round(value * factor) / factor;
	return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * Text that a spreadsheet would run as a formula (= + - @, or a leading tab/CR that hides one) gets a leading
 * apostrophe: shown as text, never executed (OWASP "CSV injection").
 */
export function formulaSafe(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
