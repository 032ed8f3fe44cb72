import { formatNumberNl } from '../common/format-nl';

/** Largest value a KPI cell accepts (the KpiEntry model's limit). */
export const MAX_KPI_VALUE = 1_000_000_000;

export type KpiValueParse = { ok: true; value: number | undefined } | { ok: false; message: string };

/**
 * Reads what a user typed in a KPI cell: empty = not entered (not 0); a decimal comma or point
 * ("2,5" coachinguren); never negative; a whole number for a count (`integer`).
 */
export function parseKpiValue(text: string, options: { integer?: boolean | undefined } = {}): KpiValueParse {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: true, value: undefined };
	if (!/^\d+([.,]\d+)?$/.test(trimmed)) return { ok: false, message: 'Vul een getal van 0 of meer in (bv. 12 of 2,5).' };
	const value = Number(trimmed.replace(',', '.'));
	// A count (sollicitatieacties, doorstromingen) has no half: 3,5 is a typing error, not a figure to report.
	if (options.integer && !Number.isInteger(value)) return { ok: false, message: 'Dit is een aantal: vul een geheel getal in (bv. 3, niet 3,5).' };
	if (value > MAX_KPI_VALUE) return { ok: false, message: `Het getal is te groot (maximaal ${formatNumberNl(MAX_KPI_VALUE)}).` };
	return { ok: true, value };
}

/** A stored value as shown in the cell: decimal comma. */
export function formatKpiValueInput(value: number | undefined): string {
	return value === undefined ? '' : String(value).replace('.', ',');
}
