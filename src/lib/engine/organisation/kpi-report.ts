import type { Kpi, KpiList } from '../rubric/kpi-list.schema';
import type { KpiTableRow } from './kpi-table';
import type { KpiRatio, RatioValue } from './kpi-ratios';
import { groupKpisByPhase } from './kpi-selection';
import { labelPeriod } from './kpi-period';
import { formatNumberNl, formatSignedNl } from '../common/format-nl';
import type { KpiChange } from './kpi-compare';

/** Columns of the one-page management report: the nulmeting plus the latest periods (A4 landscape). */
export const KPI_REPORT_MAX_PERIODS = 6;

export interface KpiReport {
	title: string;
	organisationName: string;
	teamLabel: string;
	baselineLabel: string;
	periodLabels: string[];
	/** Column headers: period labels, the baseline column marked. */
	phases: { name: string; rows: { name: string; unit: string; counted: boolean; values: string[]; change: string }[] }[];
	ratios: { name: string; values: string[] }[];
	/** "(a) niet te berekenen (geen doorstromingen in deze periode)": the reasons behind the ratio table. */
	ratioNotes: string[];
	notes: string[];
	advice: string;
}

/** "Verschil bij Sollicitatieacties zonder Keuken: alleen ingevuld in de nulmeting of alleen in de laatste periode." */
export function teamsLeftOutNote(kpiName: string, teams: readonly string[]): string {
	return `Verschil bij ${kpiName} zonder ${teams.join(', ')}: alleen ingevuld in de nulmeting of alleen in de laatste periode.`;
}

/** Picks the report's periods: the baseline (if shown) and the latest ones, in time order. */
export function pickReportPeriods(periods: readonly string[], baselinePeriod: string | undefined): string[] {
	const latest = periods.slice(-KPI_REPORT_MAX_PERIODS);
	if (baselinePeriod === undefined || latest.includes(baselinePeriod) || !periods.includes(baselinePeriod)) return latest;
	return [baselinePeriod, ...periods.slice(-(KPI_REPORT_MAX_PERIODS - 1))];
}

export function buildKpiReport(input: {
	list: KpiList;
	organisationName: string;
	teamLabel: string;
	baselinePeriod: string | undefined;
	kpis: readonly Kpi[];
	rows: readonly KpiTableRow[];
	ratios: readonly KpiRatio[];
	ratioValues: readonly RatioValue[][];
	/** The comparison per KPI over the teams present in both periods; without it, the two totals. */
	changes?: readonly KpiChange[];
}): KpiReport {
	const periods = pickReportPeriods(
		input.rows.map((r) => r.period),
		input.baselinePeriod
	);
	const rowOf = new Map(input.rows.map((r) => [r.period, r]));
	const shown = periods.map((p) => rowOf.get(p)!);
	const baseRow = input.baselinePeriod ? rowOf.get(input.baselinePeriod) : undefined;
	const lastRow = shown.at(-1);
	const describe = (v: number | undefined, decimals = 2) => (v === undefined ? '—' : formatNumberNl(v, decimals));
	const notes = new Set<string>();
	const ratioNotes = new Map<string, string>();
	return {
		title: `Sleutelindicatoren – ${input.organisationName}`,
		organisationName: input.organisationName,
		teamLabel: input.teamLabel,
		baselineLabel: input.baselinePeriod ? labelPeriod(input.baselinePeriod) : 'geen nulmeting gekozen',
		periodLabels: shown.map((r) => `${labelPeriod(r.period)}${r.period === input.baselinePeriod ? ' (nulmeting)' : ''}${r.closedAt ? ' (afgesloten)' : ''}`),
		phases: groupKpisByPhase(input.list, input.kpis).map((g) => ({
			name: g.phaseName,
			rows: g.kpis.map((k) => {
				const b = baseRow?.cells[k.id]?.value;
				const l = lastRow?.cells[k.id]?.value;
				const compared = input.changes?.find((c) => c.kpiId === k.id);
				if (compared && compared.teamsLeftOut.length > 0) notes.add(teamsLeftOutNote(k.name, compared.teamsLeftOut));
				shown.forEach((r) => {
					const reason = r.cells[k.id]?.missingReason;
					if (reason) notes.add(`— = ${reason}`);
				});
				return {
					name: k.name,
					unit: k.unit,
					counted: k.measurement === 'counted',
					values: shown.map((r) => describe(r.cells[k.id]?.value)),
					change: compared
						? compared.delta === undefined
							? '—'
							: formatSignedNl(compared.delta)
						: b !== undefined && l !== undefined && lastRow !== baseRow
							? formatSignedNl(l - b)
							: '—'
				};
			})
		})),
		ratios: input.ratios.map((r, i) => {
			const series = input.ratioValues[i] ?? [];
			return {
				name: r.name,
				values: periods.map((p) => {
					const v = series.find((s) => s.period === p);
					if (v?.value !== undefined) return formatNumberNl(v.value, 2);
					// On one page the reason goes to a lettered note under the table: "niet te berekenen (a)".
					const reason = v?.missingReason ?? 'niet te berekenen (niet ingevuld)';
					let letter = ratioNotes.get(reason);
					if (!letter) {
						letter = String.fromCharCode(97 + ratioNotes.size);
						ratioNotes.set(reason, letter);
					}
					return `niet te berekenen (${letter})`;
				})
			};
		}),
		ratioNotes: [...ratioNotes].map(([reason, letter]) => `(${letter}) ${reason}`),
		notes: [...notes],
		advice: input.list.advice
	};
}
