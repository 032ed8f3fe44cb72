import { formatCsv, type CsvDialect, type ExportTable } from '$lib/engine/export';
import { downloadBlob, safeFileName } from '$lib/export/download';
import { buildXlsx } from './xlsx';

/** The file types every table export offers, in the order the buttons show them. */
export type TableFormat = 'xlsx' | CsvDialect;

export const TABLE_FORMATS: readonly { format: TableFormat; label: string }[] = [
	{ format: 'xlsx', label: 'Excel (.xlsx)' },
	{ format: 'excel-be', label: 'CSV (Excel België)' },
	{ format: 'r-python', label: 'CSV voor R/Python (komma, punt)' }
];

/** The file's name: the R/Python CSV gets its own suffix so it never overwrites the Excel CSV in Downloads. */
export function tableFileName(fileBase: string, format: TableFormat): string {
	if (format === 'xlsx') return safeFileName(fileBase, 'xlsx');
	return safeFileName(format === 'r-python' ? `${fileBase}-r` : fileBase, 'csv');
}

export async function tableBlob(table: ExportTable, format: TableFormat): Promise<Blob> {
	if (format === 'xlsx') return buildXlsx(table);
	return new Blob([formatCsv(table.rows, format)], { type: 'text/csv;charset=utf-8' });
}

/** Writes the table as a file in the browser's downloads; nothing leaves the device. */
export async function saveTable(table: ExportTable, fileBase: string, format: TableFormat): Promise<string> {
	const name = tableFileName(fileBase, format);
	downloadBlob(await tableBlob(table, format), name);
	return name;
}
