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
