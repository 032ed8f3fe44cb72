import { describe, expect, it } from 'vitest';
import { computeKrippendorffAlpha } from './krippendorff-alpha';
import { IRRCAC_CONT3X3, IRRCAC_DISTRIB_6RATERS, KRIPPENDORFF_2011, rowsFromCounts, rowsFromTable } from '../../../../tests/fixtures/agreement/datasets';
import { countsOf, slowAlpha, valueOf } from '../../../../tests/fixtures/agreement/helpers';

const FIVE = [1, 2, 3, 4, 5];

describe('Krippendorff alpha', () => {
	const counts = countsOf(KRIPPENDORFF_2011, FIVE);
	it('Krippendorff 2011, 4 coders × 12 units with missing data: nominal .743', () => {
		expect(valueOf(computeKrippendorffAlpha(counts, FIVE, 'nominal'))).toBeCloseTo(0.743, 3);
	});
	it('Krippendorff 2011, 4 coders × 12 units: ordinal .815', () => {
		expect(valueOf(computeKrippendorffAlpha(counts, FIVE, 'ordinal'))).toBeCloseTo(0.815, 3);
	});
	it('Krippendorff 2011, 4 coders × 12 units: interval .849', () => {
		expect(valueOf(computeKrippendorffAlpha(counts, FIVE, 'interval'))).toBeCloseTo(0.849, 3);
	});
	it('Krippendorff 2011, 4 coders × 12 units: ratio .797', () => {
		expect(valueOf(computeKrippendorffAlpha(counts, FIVE, 'ratio'))).toBeCloseTo(0.797, 3);
	});
	it('irrCAC README, krippen.alpha.raw(cac.raw4raters): 0.74342', () => {
		expect(valueOf(computeKrippendorffAlpha(counts, FIVE, 'nominal'))).toBeCloseTo(0.74342, 5);
	});
	it('irrCAC README, krippen.alpha.dist(distrib.6raters): 0.4204384', () => {
		const c = countsOf(rowsFromCounts(IRRCAC_DISTRIB_6RATERS, FIVE), FIVE);
		expect(valueOf(computeKrippendorffAlpha(c, FIVE, 'nominal'))).toBeCloseTo(0.4204384, 6);
	});
	it('irrCAC README, krippen2.table(cont3x3abstractors): 0.7972585', () => {
		const c = countsOf(rowsFromTable(IRRCAC_CONT3X3, [1, 2, 3]), [1, 2, 3]);
		expect(valueOf(computeKrippendorffAlpha(c, [1, 2, 3], 'nominal'))).toBeCloseTo(0.7972585, 6);
	});
	it('irrCAC weighting vignette, krippen2.table(cont3x3abstractors, quadratic) = interval alpha: 0.8926487', () => {
		const c = countsOf(rowsFromTable(IRRCAC_CONT3X3, [1, 2, 3]), [1, 2, 3]);
		expect(valueOf(computeKrippendorffAlpha(c, [1, 2, 3], 'interval'))).toBeCloseTo(0.8926487, 6);
	});
	it('agrees with a slow pairwise textbook computation for the interval and ratio metrics (independent method)', () => {
		expect(valueOf(computeKrippendorffAlpha(counts, FIVE, 'interval'))).toBeCloseTo(slowAlpha(KRIPPENDORFF_2011, (a, b) => (a - b) ** 2), 12);
		expect(valueOf(computeKrippendorffAlpha(counts, FIVE, 'ratio'))).toBeCloseTo(slowAlpha(KRIPPENDORFF_2011, (a, b) => ((a - b) / (a + b)) ** 2), 12);
	});
	it('ignores units with a single rating: removing unit 12 (one value) leaves every alpha unchanged', () => {
		const without = countsOf(KRIPPENDORFF_2011.slice(0, 11), FIVE);
		for (const metric of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
			expect(valueOf(computeKrippendorffAlpha(without, FIVE, metric))).toBeCloseTo(valueOf(computeKrippendorffAlpha(counts, FIVE, metric)), 12);
		}
	});
	it('is undefined with a reason when only one value occurs', () => {
		const result = computeKrippendorffAlpha(countsOf([[2, 2], [2, 2, ], [2, null]], [1, 2, 3]), [1, 2, 3], 'ordinal');
		expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('één waarde') });
	});
	it('is undefined when no unit has two ratings (0/0)', () => {
		const result = computeKrippendorffAlpha(countsOf([[1, null], [null, 2]], [1, 2]), [1, 2], 'nominal');
		expect(result.ok).toBe(false);
	});
	it('refuses the ratio metric for negative categories', () => {
		expect(computeKrippendorffAlpha(countsOf([[-1, 1]], [-1, 1]), [-1, 1], 'ratio').ok).toBe(false);
	});
});
