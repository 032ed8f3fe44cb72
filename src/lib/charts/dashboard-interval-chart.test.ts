import { describe, expect, it } from 'vitest';
import { buildOffsetChartModel, toIntervalChartConfig } from './dashboard-interval-chart';

describe('buildOffsetChartModel', () => {
	const model = buildOffsetChartModel(
		[
			{ assessorId: 'a1', offset: { n: 20, mean: 0.6, sd: 0.5, lower: 0.37, upper: 0.83, clusters: 6, resamples: 462, exact: true }, enoughData: true },
			{ assessorId: 'a2', offset: { n: 1, mean: -0.2, sd: 0, lower: null, upper: null, clusters: 1, resamples: 0, exact: false }, enoughData: false },
			{ assessorId: 'a3', offset: null, enoughData: false }
		],
		{ a1: 'An', a2: 'Bram' }
	);
	it('keeps the engine numbers and leaves gaps where there is no interval', () => {
		expect(model.labels).toEqual(['An', 'Bram', 'a3']);
		expect(model.estimates).toEqual([0.6, -0.2, null]);
		expect(model.lowers).toEqual([0.37, null, null]);
		expect([model.min, model.max]).toEqual([-1.5, 1.5]);
	});
	it('draws an interval bar only where both limits exist', () => {
		const config = toIntervalChartConfig(model);
		expect(config.data.datasets[1]!.data).toEqual([[0.37, 0.83], null, null]);
		const marks = config.data.datasets[0]!.data;
		expect(marks[2]).toBeNull();
		expect(marks.slice(0, 2).map((m) => (m![0] + m![1]) / 2)).toEqual([expect.closeTo(0.6, 12), expect.closeTo(-0.2, 12)]);
	});
});
