import { describe, expect, it } from 'vitest';
import { bootstrapAgreement, quantileSorted } from './bootstrap';
import { categoryCountsFromTallies } from './category-counts';
import { computeGwetAc } from './gwet-ac';
import { computeKrippendorffAlpha } from './krippendorff-alpha';
import { createPrng } from './prng';
import { agreementWeights } from './weights';
import { KRIPPENDORFF_2011 } from '../../../../tests/fixtures/agreement/datasets';
import { countsOf, valueOf } from '../../../../tests/fixtures/agreement/helpers';

const FIVE = [1, 2, 3, 4, 5];
const counts = countsOf(KRIPPENDORFF_2011, FIVE);
const options = { alphaMetric: 'ordinal' as const, ac2Weights: agreementWeights(FIVE, 'quadratic'), resamples: 500, seed: 7 };

describe('bootstrap', () => {
	it('is reproducible: the same seed gives the same interval', () => {
		expect(bootstrapAgreement(counts, FIVE, options)).toEqual(bootstrapAgreement(counts, FIVE, options));
	});
	it('equals a naive bootstrap that rebuilds the counts and recomputes each statistic per resample (independent method)', () => {
		const random = createPrng(options.seed);
		const n = counts.unitCount;
		const tallies = Array.from({ length: n }, (_, i) => Array.from(counts.counts.subarray(i * 5, i * 5 + 5)));
		const alphas: number[] = [];
		const ac2s: number[] = [];
		for (let b = 0; b < options.resamples; b++) {
			const drawn: number[][] = [];
			for (let d = 0; d < n; d++) drawn.push(tallies[Math.floor(random() * n)]!);
			const c = categoryCountsFromTallies(drawn, 4);
			const alpha = computeKrippendorffAlpha(c, FIVE, 'ordinal');
			if (alpha.ok) alphas.push(alpha.value);
			const ac2 = computeGwetAc(c, options.ac2Weights).coefficient;
			if (ac2.ok) ac2s.push(ac2.value);
		}
		const fast = bootstrapAgreement(counts, FIVE, options);
		const sortedAlphas = Float64Array.from(alphas).sort();
		const sortedAc2 = Float64Array.from(ac2s).sort();
		expect(valueOf(fast.alpha.lower)).toBeCloseTo(quantileSorted(sortedAlphas, 0.025), 10);
		expect(valueOf(fast.alpha.upper)).toBeCloseTo(quantileSorted(sortedAlphas, 0.975), 10);
		expect(valueOf(fast.ac2.lower)).toBeCloseTo(quantileSorted(sortedAc2, 0.025), 10);
		expect(valueOf(fast.ac2.upper)).toBeCloseTo(quantileSorted(sortedAc2, 0.975), 10);
		expect(fast.alpha.undefinedResamples).toBe(options.resamples - alphas.length);
	});
	it('gives a wide interval on 12 units around the point estimate (Krippendorff 2011 data)', () => {
		const result = bootstrapAgreement(counts, FIVE, { ...options, resamples: 2000 });
		expect(valueOf(result.alpha.estimate)).toBeCloseTo(0.815, 3);
		expect(valueOf(result.alpha.lower)).toBeLessThan(0.815);
		expect(valueOf(result.alpha.upper)).toBeGreaterThan(0.815);
		expect(valueOf(result.alpha.upper) - valueOf(result.alpha.lower)).toBeGreaterThan(0.2);
	});
	it('is undefined with a reason for fewer than two units', () => {
		const result = bootstrapAgreement(countsOf([[1, 2]], [1, 2]), [1, 2], { ...options, ac2Weights: agreementWeights([1, 2], 'quadratic') });
		expect(result.alpha.lower.ok).toBe(false);
	});
});
