import { describe, expect, it } from 'vitest';
import { KpiList } from '../rubric/kpi-list.schema';
import { parseRubricJson } from '../rubric/rubric-file';
import kpiJson from '../../../../rubrics/kpi.json';
import { labelPeriod, listPeriods, nextPeriod, periodOfDate, periodRange } from './kpi-period';
import { buildKpiTable, MISSING_COUNTED_FOR_TEAM, MISSING_NOT_ENTERED, listTeams } from './kpi-table';
import { computeRatio, computeRatios } from './kpi-ratios';
import { computeKpiTrend } from './kpi-trend';
import { groupKpisByPhase, MAX_ADVISED_TRACKED_KPIS, selectTrackedKpis, selectTrackedRatios, warnTooManyKpis } from './kpi-selection';
import { buildKpiCsvRows } from './kpi-csv';
import { buildKpiReport, KPI_REPORT_MAX_PERIODS, pickReportPeriods } from './kpi-report';
import { formatCsv } from '../export/csv';
import { loadKpiList, makeEntry } from './organisation.fixture';

const list = loadKpiList();
const names = Object.fromEntries(list.kpis.map((k) => [k.id, k.name]));

describe('rubrics/kpi.json', () => {
	it('is a valid kpi-list with the 16 KPIs of the draaiboek', () => {
		const result = parseRubricJson(kpiJson, 'kpi.json');
		expect(result.ok).toBe(true);
		expect(list.kpis).toHaveLength(16);
		expect(list.kpis.filter((k) => k.measurement === 'counted').map((k) => [k.id, k.countedFrom])).toEqual([
			['assessments', 'assessments'],
			['pdps', 'pdps']
		]);
	});
	it('ties each KPI to the phase(s) of the draaiboek', () => {
		const phaseOf = (id: string) => list.kpis.find((k) => k.id === id)!.phases;
		expect(phaseOf('assessments')).toEqual(['instroom']);
		expect(phaseOf('pdps')).toEqual(['doorstroom']);
		expect(phaseOf('doorstromingen')).toEqual(['doorstroom', 'uitstroom']);
		expect(phaseOf('doorstroom-na-6-maanden')).toEqual(['uitstroom']);
		expect(KpiList.safeParse(kpiJson).success).toBe(true);
	});
});

describe('periods', () => {
	it.each([
		['2026-03', 'maart 2026', '2026-04', { from: '2026-03-01', to: '2026-03-31' }],
		['2026-12', 'december 2026', '2027-01', { from: '2026-12-01', to: '2026-12-31' }],
		['2024-02', 'februari 2024', '2024-03', { from: '2024-02-01', to: '2024-02-29' }],
		['2026-Q1', '1e kwartaal 2026', '2026-Q2', { from: '2026-01-01', to: '2026-03-31' }],
		['2026-Q4', '4e kwartaal 2026', '2027-Q1', { from: '2026-10-01', to: '2026-12-31' }]
	])('%s is %s, followed by %s', (period, label, next, range) => {
		expect(labelPeriod(period)).toBe(label);
		expect(nextPeriod(period)).toBe(next);
		expect(periodRange(period)).toEqual(range);
	});
	it('finds the period of a date', () => {
		expect(periodOfDate('2026-05-31', 'month')).toBe('2026-05');
		expect(periodOfDate('2026-05-31T23:00:00.000Z', 'quarter')).toBe('2026-Q2');
	});
	it('lists periods across a year', () => {
		expect(listPeriods('2025-Q3', '2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
	});
});

describe('KPI table', () => {
	const kpis = selectTrackedKpis(list, ['assessments', 'sollicitatieacties', 'doorstromingen']);
	const entries = [
		makeEntry('Team A', '2026-01', 'sollicitatieacties', 10),
		makeEntry('Team B', '2026-01', 'sollicitatieacties', 5),
		makeEntry('Team A', '2026-01', 'doorstromingen', 0),
		makeEntry('Team A', '2026-02', 'doorstromingen', 3),
		makeEntry('Team B', '2026-02', 'doorstromingen', 9, true)
	];
	const counted = { assessments: ['2026-01-15', '2026-01-20T10:00:00.000Z', '2026-02-01'], pdps: [] };
	const rows = buildKpiTable({ kpis, entries, periods: ['2026-01', '2026-02'], kind: 'month', team: undefined, counted });

	it('sums teams, ignores deleted entries and counts assessments from the app', () => {
		expect(rows[0]!.cells['sollicitatieacties']!.value).toBe(15);
		expect(rows[1]!.cells['doorstromingen']!.value).toBe(3);
		expect(rows[0]!.cells['assessments']).toEqual({ value: 2, missingReason: undefined, counted: true });
		expect(rows[1]!.cells['assessments']!.value).toBe(1);
	});
	it('keeps a value never entered undefined with its reason, not 0', () => {
		expect(rows[1]!.cells['sollicitatieacties']).toEqual({ value: undefined, missingReason: MISSING_NOT_ENTERED, counted: false });
	});
	it('shows one team only, without the organisation-wide counted numbers', () => {
		const teamRows = buildKpiTable({ kpis, entries, periods: ['2026-01'], kind: 'month', team: 'Team B', counted });
		expect(teamRows[0]!.cells['sollicitatieacties']!.value).toBe(5);
		expect(teamRows[0]!.cells['assessments']!.missingReason).toBe(MISSING_COUNTED_FOR_TEAM);
		expect(listTeams(entries)).toEqual(['Team A', 'Team B']);
	});

	it('computes effort per result and never divides by zero', () => {
		const ratio = list.ratios.find((r) => r.id === 'sollicitatieacties-per-doorstroming')!;
		expect(computeRatio(ratio, rows[0]!, names)).toMatchObject({ value: undefined, missingReason: 'niet te berekenen (geen doorstromingen in deze periode)' });
		expect(computeRatio(ratio, rows[1]!, names)).toMatchObject({ value: undefined, missingReason: 'niet te berekenen (Sollicitatieacties: niet ingevuld)' });
		const ok = { period: 'x', cells: { sollicitatieacties: { value: 12, missingReason: undefined, counted: false }, doorstromingen: { value: 4, missingReason: undefined, counted: false } } };
		expect(computeRatio(ratio, ok, names).value).toBeCloseTo(3);
	});

	it('compares each period with the nulmeting', () => {
		const trend = computeKpiTrend(rows, 'doorstromingen', '2026-01');
		expect(trend.baseline).toBe(0);
		expect(trend.points[1]).toMatchObject({ value: 3, delta: 3, relative: undefined });
		const t2 = computeKpiTrend(rows, 'assessments', '2026-01');
		expect(t2.points[1]).toMatchObject({ value: 1, delta: -1, relative: -0.5 });
		const missing = computeKpiTrend(rows, 'sollicitatieacties', '2025-12');
		expect(missing.baseline).toBeUndefined();
		expect(missing.baselineMissingReason).toBe('nulmetingsperiode valt buiten de getoonde periodes');
	});

	it('writes one CSV row per period with one column per KPI and empty cells for missing values', () => {
		const ratios = selectTrackedRatios(list, kpis.map((k) => k.id));
		const csv = formatCsv(
			buildKpiCsvRows({ organisationName: 'Werkhaven', teamLabel: 'Alle teams', baselinePeriod: '2026-01', kpis, rows, ratios, ratioValues: computeRatios(ratios, rows, names) }),
			'excel-be'
		);
		expect(csv.split('\r\n').slice(0, 3)).toEqual([
			'\uFEFFOrganisatie;Team;Periode;Nulmeting;Afgesloten;Assessments (aantal);Sollicitatieacties (aantal);Doorstromingen (aantal);Sollicitatieacties per doorstroming',
			'Werkhaven;Alle teams;2026-01;ja;nee;2;15;0;',
			'Werkhaven;Alle teams;2026-02;nee;nee;1;;3;'
		]);
	});
});

describe('KPI selection', () => {
	it('warns above the advised number of KPIs', () => {
		expect(warnTooManyKpis(MAX_ADVISED_TRACKED_KPIS)).toBeUndefined();
		expect(warnTooManyKpis(MAX_ADVISED_TRACKED_KPIS + 1)).toContain('te veel KPI');
	});
	it('groups tracked KPIs by phase, a multi-phase KPI under its first phase', () => {
		const groups = groupKpisByPhase(list, selectTrackedKpis(list, ['doorstroom-na-2-weken', 'assessments', 'doorstromingen']));
		expect(groups.map((g) => [g.phaseId, g.kpis.map((k) => k.id)])).toEqual([
			['instroom', ['assessments']],
			['doorstroom', ['doorstromingen']],
			['uitstroom', ['doorstroom-na-2-weken']]
		]);
	});
});

describe('KPI report', () => {
	it('shows the nulmeting and the latest periods only', () => {
		const periods = listPeriods('2025-01', '2025-12');
		const picked = pickReportPeriods(periods, '2025-01');
		expect(picked).toHaveLength(KPI_REPORT_MAX_PERIODS);
		expect(picked[0]).toBe('2025-01');
		expect(picked.at(-1)).toBe('2025-12');
	});
	it('prints undefined ratios as a reason and the change since the nulmeting', () => {
		const kpis = selectTrackedKpis(list, ['sollicitatieacties', 'doorstromingen']);
		const entries = [makeEntry('A', '2026-Q1', 'sollicitatieacties', 8), makeEntry('A', '2026-Q1', 'doorstromingen', 0), makeEntry('A', '2026-Q2', 'sollicitatieacties', 12), makeEntry('A', '2026-Q2', 'doorstromingen', 4)];
		const rows = buildKpiTable({ kpis, entries, periods: ['2026-Q1', '2026-Q2'], kind: 'quarter', team: undefined, counted: { assessments: [], pdps: [] } });
		const ratios = selectTrackedRatios(list, kpis.map((k) => k.id));
		const report = buildKpiReport({ list, organisationName: 'X', teamLabel: 'Alle teams', baselinePeriod: '2026-Q1', kpis, rows, ratios, ratioValues: computeRatios(ratios, rows, names) });
		expect(report.periodLabels).toEqual(['1e kwartaal 2026 (nulmeting)', '2e kwartaal 2026']);
		expect(report.phases[0]!.rows.map((r) => [r.name, r.values, r.change])).toEqual([
			['Sollicitatieacties', ['8', '12'], '+4'],
			['Doorstromingen', ['0', '4'], '+4']
		]);
		expect(report.ratios[0]).toEqual({ name: 'Sollicitatieacties per doorstroming', values: ['niet te berekenen (a)', '3'] });
		expect(report.ratioNotes).toEqual(['(a) niet te berekenen (geen doorstromingen in deze periode)']);
	});
});

describe('typed KPI values', async () => {
	const { parseKpiValue, formatKpiValueInput } = await import('./kpi-value-input');
	it.each([
		['', { ok: true, value: undefined }],
		['  12 ', { ok: true, value: 12 }],
		['2,5', { ok: true, value: 2.5 }],
		['0', { ok: true, value: 0 }]
	])('reads %j', (text, expected) => {
		expect(parseKpiValue(text)).toEqual(expected);
	});
	it.each(['-3', 'twaalf', '1e9999', '<script>', '2,5,1'])('refuses %j with a Dutch message', (text) => {
		expect(parseKpiValue(text)).toMatchObject({ ok: false });
	});
	it('shows a stored value with a decimal comma', () => {
		expect(formatKpiValueInput(2.5)).toBe('2,5');
	});
});

describe('KPI dashboard data', async () => {
	const { buildKpiDashboardData } = await import('./kpi-dashboard');
	const organisation = {
		id: '00000000-0000-4000-8000-999999999999',
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		vv: {},
		name: 'Werkhaven',
		kpiTracked: ['assessments', 'doorstromingen'],
		kpiBaselinePeriod: '2026-02'
	};
	it('runs from the nulmeting (or an earlier registration) to the last period with a value', () => {
		const data = buildKpiDashboardData({
			list,
			organisation,
			entries: [makeEntry('A', '2026-01', 'doorstromingen', 1), makeEntry('A', '2026-04', 'doorstromingen', 2), makeEntry('A', '2026-09', 'trainingen', 5), makeEntry('A', '2026-Q3', 'doorstromingen', 7)],
			counted: { assessments: ['2026-05-02'], pdps: ['2026-12-01'] },
			team: undefined
		});
		expect(data?.rows.map((r) => r.period)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
		expect(data?.trends[1]?.points.map((p) => p.delta)).toEqual([undefined, undefined, undefined, undefined, undefined]);
	});
	it('has nothing to show without a nulmeting', () => {
		expect(buildKpiDashboardData({ list, organisation: { ...organisation, kpiBaselinePeriod: undefined }, entries: [], counted: { assessments: [], pdps: [] }, team: undefined })).toBeUndefined();
	});
});
