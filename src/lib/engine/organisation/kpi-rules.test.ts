import { describe, expect, it } from 'vitest';
import { loadKpiList, makeEntry } from './organisation.fixture';
import { futurePeriodMessage, isFuturePeriod } from './kpi-period';
import { parseKpiValue } from './kpi-value-input';
import { buildKpiTable, canonicalTeamName, listTeams, teamKey } from './kpi-table';
import { compareWithBaseline } from './kpi-compare';
import { buildKpiDashboardData } from './kpi-dashboard';
import { buildKpiReport } from './kpi-report';
import { assertNoFutureKpiPeriods } from '../exchange/timestamps';
import type { Bundle } from '../exchange/bundle';
import type { Organisation } from '../model';

const list = loadKpiList();
const kpi = (id: string) => list.kpis.find((k) => k.id === id)!;

describe('future periods', () => {
	it('refuses a period that starts after today, and accepts the current one', () => {
		expect(isFuturePeriod('2026-04', '2026-03-14')).toBe(true);
		expect(isFuturePeriod('2026-03', '2026-03-14')).toBe(false);
		expect(isFuturePeriod('2026-Q2', '2026-03-31')).toBe(true);
		expect(isFuturePeriod('2026-Q2', '2026-04-01')).toBe(false);
		expect(futurePeriodMessage('2026-04')).toBe('april 2026 is nog niet begonnen: je registreert een periode pas als ze gestart is.');
	});

	it('refuses an import with KPI values for a future period, naming it', () => {
		const bundle = { records: { kpiEntries: [makeEntry('Groendienst', '2026-05', 'trainingen', 1), makeEntry('Groendienst', '2026-02', 'trainingen', 1)] } } as unknown as Bundle;
		expect(() => assertNoFutureKpiPeriods(bundle, '2026-03-14')).toThrow(/periode die nog niet begonnen is \(mei 2026\)/);
		expect(() => assertNoFutureKpiPeriods(bundle, '2026-05-01')).not.toThrow();
	});
});

describe('whole numbers for counts', () => {
	it('marks every "aantal" KPI of the list as whole numbers, and hours not', () => {
		expect(list.version).toBe('1.1.0');
		expect(list.kpis.filter((k) => k.unit === 'aantal').every((k) => k.integer === true)).toBe(true);
		expect(kpi('coachinguren').integer).toBeUndefined();
	});

	it('refuses 3,5 for a count with a Dutch message, and accepts it for hours', () => {
		expect(parseKpiValue('3,5', { integer: true })).toEqual({ ok: false, message: 'Dit is een aantal: vul een geheel getal in (bv. 3, niet 3,5).' });
		expect(parseKpiValue('3', { integer: true })).toEqual({ ok: true, value: 3 });
		expect(parseKpiValue('3,0', { integer: true })).toEqual({ ok: true, value: 3 });
		expect(parseKpiValue('3,5')).toEqual({ ok: true, value: 3.5 });
	});
});

describe('team names', () => {
	it('treats case and spaces as the same team, shown as first typed', () => {
		expect(teamKey(' Groen dienst ')).toBe(teamKey('groendienst'));
		const first = { ...makeEntry('Groendienst', '2026-01', 'trainingen', 1), createdAt: '2026-01-02T00:00:00.000Z' };
		const later = { ...makeEntry('groendienst ', '2026-02', 'trainingen', 2), createdAt: '2026-02-02T00:00:00.000Z' };
		const entries = [later, first, makeEntry('Keuken', '2026-01', 'trainingen', 4)];
		expect(listTeams(entries)).toEqual(['Groendienst', 'Keuken']);
		expect(canonicalTeamName(entries, 'GROENDIENST')).toBe('Groendienst');
		expect(canonicalTeamName(entries, ' Onthaal ')).toBe('Onthaal');
		const rows = buildKpiTable({ kpis: [kpi('trainingen')], entries, periods: ['2026-01', '2026-02'], kind: 'month', team: 'GroenDienst', counted: { assessments: [], pdps: [] } });
		expect(rows.map((r) => r.cells['trainingen']?.value)).toEqual([1, 2]);
	});
});

describe('comparison with the nulmeting', () => {
	const entries = [
		makeEntry('Groendienst', '2026-01', 'sollicitatieacties', 10),
		makeEntry('Keuken', '2026-01', 'sollicitatieacties', 25),
		makeEntry('Groendienst', '2026-03', 'sollicitatieacties', 16),
		makeEntry('Onthaal', '2026-03', 'sollicitatieacties', 5)
	];
	const rows = buildKpiTable({ kpis: [kpi('sollicitatieacties')], entries, periods: ['2026-01', '2026-02', '2026-03'], kind: 'month', team: undefined, counted: { assessments: [], pdps: [] } });

	it('compares only teams present in both periods and names the others', () => {
		// The sums would say 21 − 35 = −14; only Groendienst registered in both: +6.
		expect(compareWithBaseline({ kpi: kpi('sollicitatieacties'), rows, entries, baselinePeriod: '2026-01', team: undefined })).toEqual({
			kpiId: 'sollicitatieacties',
			delta: 6,
			teamsLeftOut: ['Keuken', 'Onthaal']
		});
	});

	it('gives no figure when no team is in both periods, and the plain difference for one team', () => {
		const only = entries.filter((e) => e.team !== 'Groendienst');
		const r = buildKpiTable({ kpis: [kpi('sollicitatieacties')], entries: only, periods: ['2026-01', '2026-03'], kind: 'month', team: undefined, counted: { assessments: [], pdps: [] } });
		expect(compareWithBaseline({ kpi: kpi('sollicitatieacties'), rows: r, entries: only, baselinePeriod: '2026-01', team: undefined })).toMatchObject({ delta: undefined, teamsLeftOut: ['Keuken', 'Onthaal'] });
		const team = buildKpiTable({ kpis: [kpi('sollicitatieacties')], entries, periods: ['2026-01', '2026-03'], kind: 'month', team: 'Groendienst', counted: { assessments: [], pdps: [] } });
		expect(compareWithBaseline({ kpi: kpi('sollicitatieacties'), rows: team, entries, baselinePeriod: '2026-01', team: 'Groendienst' })).toEqual({ kpiId: 'sollicitatieacties', delta: 6, teamsLeftOut: [] });
	});

	it('carries the comparison into the dashboard and the one-page report, with the teams left out in a note', () => {
		const organisation = { id: '00000000-0000-4000-8000-999999999999', name: 'Werkhaven', kpiTracked: ['sollicitatieacties'], kpiBaselinePeriod: '2026-01' } as Organisation;
		const data = buildKpiDashboardData({ list, organisation, entries, counted: { assessments: [], pdps: [] }, team: undefined })!;
		expect(data.changes).toEqual([{ kpiId: 'sollicitatieacties', delta: 6, teamsLeftOut: ['Keuken', 'Onthaal'] }]);
		const report = buildKpiReport({ list, organisationName: 'Werkhaven', teamLabel: 'Alle teams samen', baselinePeriod: '2026-01', kpis: data.kpis, rows: data.rows, ratios: [], ratioValues: [], changes: data.changes });
		expect(report.phases[0]!.rows[0]!.change).toBe('+6');
		expect(report.notes).toContain('Verschil bij Sollicitatieacties zonder Keuken, Onthaal: alleen ingevuld in de nulmeting of alleen in de laatste periode.');
	});
});
