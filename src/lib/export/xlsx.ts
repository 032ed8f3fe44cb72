import type { SheetData } from 'write-excel-file/universal';
import { exportNumber, type ExportTable } from '$lib/engine/export';

/** Excel refuses a worksheet name over 31 characters or with one of : \ / ? * [ ]. */
const SHEET_NAME_MAX = 31;

export function sheetName(title: string): string {
	const clean = title.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, SHEET_NAME_MAX).trim();
	return clean || 'Blad1';
}

/** Cells for write-excel-file: numbers as numbers (so Excel can sum them), text as text (never a formula). */
export function toSheetData(table: ExportTable): SheetData {
	return table.rows.map((row, r) =>
		row.map((cell) => {
			if (cell === undefined) return null;
			if (typeof cell === 'number') {
				const value = exportNumber(cell);
				return value === undefined ? null : { value, type: Number };
			}
			return r === 0 ? { value: cell, type: String, fontWeight: 'bold' as const } : { value: cell, type: String };
		})
	);
}

/**
 * The table as an .xlsx file. write-excel-file (and its zip library) is loaded only here, on the click, so
 * no page pays for it up front. The universal build makes a Blob in the browser and in Node (tests).
 */
export async function buildXlsx(table: ExportTable): Promise<Blob> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const widths = columnWidths(table);
	return writeXlsxFile(toSheetData(table), { sheet: sheetName(table.title), stickyRowsCount: 1, columns: widths.map((width) => ({ width })) }).toBlob();
}

/** Column widths in characters: the longest cell, between 8 and 50, so a long item wraps instead of hiding. */
function columnWidths(table: ExportTable): number[] {
	const count = Math.max(0, ...table.rows.map((row) => row.length));
	return Array.from({ length: count }, (_, c) => {
		const longest = Math.max(0, ...table.rows.map((row) => String(row[c] ?? '').length));
		return Math.min(50, Math.max(8, longest + 2));
	});
}
