import { describe, expect, it } from 'vitest';
import { describeHistory, recordStatusUpdate } from './action-history';
import { fixturePdpSchema } from '../report/report-fixture';

describe('recordStatusUpdate', () => {
	const action = { status: 'niet' as const, remarks: 'eerste afspraak', history: [] };

	it('sets the status and adds a dated entry to the history', () => {
		const once = recordStatusUpdate(action, { status: 'deels', remark: 'twee van de vier keer', at: '2026-04-01T10:00:00Z' });
		const twice = recordStatusUpdate(once, { status: 'volledig', remark: '', at: '2026-04-15T10:00:00Z' });
		expect(twice.status).toBe('volledig');
		expect(twice.remarks).toBe('twee van de vier keer');
		expect(describeHistory(twice, fixturePdpSchema()).map((h) => [h.date, h.symbol, h.remark])).toEqual([
			['1 april 2026', '+/−', 'twee van de vier keer'],
			['15 april 2026', '+', '']
		]);
		expect(action.history).toEqual([]);
	});
});
