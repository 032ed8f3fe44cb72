import { describe, expect, it } from 'vitest';
import type { KpiPeriodClosure, Organisation } from '../model';
import { applyClosures, closedPeriods, closeRefusal, freezePeriod } from './kpi-closure';
import { buildKpiDashboardData } from './kpi-dashboard';
import { buildKpiTable } from './kpi-table';
import { loadKpiList, makeEntry } from './organisation.fixture';

const list = loadKpiList();
const ORG = '00000000-0000-4000-8000-999999999999';
const kpis = list.kpis.filter((k) => ['pdps', 'sollicitatieacties'].includes(k.id));

function closure(period: string, figures: Pick<KpiPeriodClosure, 'entries' | 'counted'>, extra: Partial<KpiPeriodClosure> = {}): KpiPeriodClosure {
	return { id: '00000000-0000-4000-8000-00000000c105', createdAt: '2026-04-02T08:00:00.000Z', updatedAt: '2026-04-02T08:00:00.000Z', vv: { d: 1 }, organisationId: ORG, period, ...figures, ...extra };
}

describe('closing a KPI period', () => {
	const entries = [makeEntry('Groendienst', '2026-03', 'sollicitatieacties', 12), makeEntry('Keuken', '2026-03', 'sollicitatieacties', 5), makeEntry('Keuken', '2026-04', 'sollicitatieacties', 7)];
	const pdpDates = ['2026-03-03', '2026-03-20', '2026-04-01'];

	it('keeps the values entered per team and what the app counted in that period only', () => {
		expect(freezePeriod({ period: '2026-03', kind: 'month', entries, counted: { assessments: ['2026-03-01'], pdps: pdpDates } })).toEqual({
			entries: [
				{ team: 'Groendienst', kpiId: 'sollicitatieacties', value: 12 },
				{ team: 'Keuken', kpiId: 'sollicitatieacties', value: 5 }
			],
			counted: { assessments: 1, pdps: 2 }
		});
	});

	it('reports the frozen figures after an erasure took a counted PDP away and a value changed', () => {
		const frozen = closure('2026-03', freezePeriod({ period: '2026-03', kind: 'month', entries, counted: { assessments: [], pdps: pdpDates } }));
		// Afterwards a candidate is erased (one PDP of March goes) and someone edits March on a tablet that had not synced.
		const later = [makeEntry('Groendienst', '2026-03', 'sollicitatieacties', 99), ...entries.slice(1)];
		const counted = { assessments: [], pdps: ['2026-03-20', '2026-04-01'] };
		const closed = closedPeriods([frozen]);
		const [march, april] = buildKpiTable({ kpis, entries: later, periods: ['2026-03', '2026-04'], kind: 'month', team: undefined, counted, closed });
		expect(march?.cells.pdps?.value).toBe(2);
		expect(march?.cells.sollicitatieacties?.value).toBe(17);
		expect(march?.closedAt).toBe(frozen.createdAt);
		expect(april?.cells.pdps?.value).toBe(1);
		expect(april?.closedAt).toBeUndefined();
		const keuken = buildKpiTable({ kpis, entries: later, periods: ['2026-03'], kind: 'month', team: 'keuken ', counted, closed });
		expect(keuken[0]?.cells.sollicitatieacties?.value).toBe(5);
	});

	it('uses the frozen values in the comparison with the nulmeting', () => {
		const organisation: Organisation = { id: ORG, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', vv: { d: 1 }, name: 'Werkhaven', kpiTracked: ['sollicitatieacties', 'pdps'], kpiBaselinePeriod: '2026-03' };
		const frozen = closure('2026-03', { entries: [{ team: 'Keuken', kpiId: 'sollicitatieacties', value: 5 }], counted: { assessments: 0, pdps: 4 } });
		const data = buildKpiDashboardData({ list, organisation, entries: [makeEntry('Keuken', '2026-03', 'sollicitatieacties', 50), entries[2]!], counted: { assessments: [], pdps: [] }, team: undefined, closures: [frozen] });
		const change = data?.changes.find((c) => c.kpiId === 'sollicitatieacties');
		expect(change?.delta).toBe(2);
		expect(data?.rows.map((r) => [r.period, r.cells.pdps?.value])).toEqual([
			['2026-03', 4],
			['2026-04', 0]
		]);
	});

	it('takes the earliest closing when two tablets closed the same period, and ignores a reopened one', () => {
		const first = closure('2026-03', { entries: [], counted: { assessments: 1, pdps: 1 } }, { id: '00000000-0000-4000-8000-0000000000a1', createdAt: '2026-04-01T08:00:00.000Z' });
		const second = closure('2026-03', { entries: [], counted: { assessments: 1, pdps: 3 } }, { id: '00000000-0000-4000-8000-0000000000a2', createdAt: '2026-04-03T08:00:00.000Z' });
		expect(closedPeriods([second, first]).get('2026-03')?.counted.pdps).toBe(1);
		expect(closedPeriods([{ ...first, deletedAt: '2026-04-05T08:00:00.000Z' }, second]).get('2026-03')?.counted.pdps).toBe(3);
		expect(applyClosures(entries, closedPeriods([]))).toEqual(entries);
	});

	it('closes only a period that is over, once, and says so in Dutch', () => {
		expect(closeRefusal('2026-03', '2026-03-31', new Map())).toBe('Maart 2026 loopt nog tot en met 31/03/2026: je sluit een periode af als ze voorbij is.');
		expect(closeRefusal('2026-Q1', '2026-04-01', new Map())).toBeUndefined();
		expect(closeRefusal('2026-03', '2026-04-10', closedPeriods([closure('2026-03', { entries: [], counted: { assessments: 0, pdps: 0 } })]))).toMatch(/^Maart 2026 is al afgesloten op 02\/04\/2026\.$/);
		expect(closeRefusal('maart', '2026-04-10', new Map())).toBe('Kies een maand of kwartaal om af te sluiten.');
	});
});
