import { describe, expect, it } from 'vitest';
import { describeHistory } from './action-history';
import { fixturePdpSchema } from '../report/report.fixture';

describe('describeHistory', () => {
	it('lists the follow-up oldest first with the schema symbols and Flemish dates', () => {
		const history = [
			{ at: '2026-04-15T10:00:00Z', status: 'volledig' as const, remark: '' },
			{ at: '2026-04-01T10:00:00Z', status: 'deels' as const, remark: 'twee van de vier keer' }
		];
		expect(describeHistory({ history }, fixturePdpSchema()).map((h) => [h.date, h.symbol, h.label, h.remark])).toEqual([
			['1 april 2026', '+/−', 'deels voltooid', 'twee van de vier keer'],
			['15 april 2026', '+', 'volledig voltooid', '']
		]);
	});
});
