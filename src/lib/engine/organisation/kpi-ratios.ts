import type { KpiList } from '../rubric/kpi-list.schema';
import type { KpiTableRow } from './kpi-table';

export type KpiRatio = KpiList['ratios'][number];

export interface RatioValue {
	ratioId: string;
	period: string;
	value: number | undefined;
	/** Why there is no value, in Dutch; shown instead of 0 or ∞. */
	missingReason: string | undefined;
}

/**
 * Effort per result (draaiboek: "de verhouding tussen onze inspanningen en resultaten").
 * Dividing by zero gives no number but a reason: "niet te berekenen (geen doorstromingen in deze periode)".
 */
export function computeRatio(ratio: KpiRatio, row: KpiTableRow, kpiNames: Readonly<Record<string, string>>): RatioValue {
	const base = { ratioId: ratio.id, period: row.period };
	const num = row.cells[ratio.numerator];
	const den = row.cells[ratio.denominator];
	const nameOf = (id: string) => kpiNames[id] ?? id;
	if (den?.value === undefined)
		return { ...base, value: undefined, missingReason: `niet te berekenen (${nameOf(ratio.denominator)}: ${den?.missingReason ?? 'niet ingevuld'})` };
	if (num?.value === undefined)
		return { ...base, value: undefined, missingReason: `niet te berekenen (${nameOf(ratio.numerator)}: ${num?.missingReason ?? 'niet ingevuld'})` };
	if (den.value === 0)
		return { ...base, value: undefined, missingReason: `niet te berekenen (geen ${nameOf(ratio.denominator).toLocaleLowerCase('nl-BE')} in deze periode)` };
	return { ...base, value: num.value / den.value, missingReason: undefined };
}

export function computeRatios(ratios: readonly KpiRatio[], rows: readonly KpiTableRow[], kpiNames: Readonly<Record<string, string>>): RatioValue[][] {
	return ratios.map((ratio) => rows.map((row) => computeRatio(ratio, row, kpiNames)));
}
