import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeAllAgreement } from './compute-all';
import { countCategories } from './category-counts';
import { computeKrippendorffAlpha, type AlphaMetric } from './krippendorff-alpha';
import { createRatingsMatrix } from './ratings-matrix';

const SAM = [1, 2, 3, 4];
const METRICS: AlphaMetric[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/** Random ratings: 2–25 units × 2–5 raters on 1..4 with missing values. */
const ratings = fc
	.record({ units: fc.integer({ min: 2, max: 25 }), raters: fc.integer({ min: 2, max: 5 }) })
	.chain(({ units, raters }) =>
		fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 4 }), { minLength: raters, maxLength: raters }), {
			minLength: units,
			maxLength: units
		})
	);

function all(rows: (number | null)[][], categories = SAM) {
	const m = createRatingsMatrix(rows, { categories });
	if (!m.ok) throw new Error(m.reason);
	return computeAllAgreement(m.matrix);
}

function numbersOf(out: ReturnType<typeof all>) {
	return Object.fromEntries(Object.entries(out).filter(([, v]) => typeof v === 'number' || v === null)) as Record<string, number | null>;
}

function expectSameNumbers(a: Record<string, number | null>, b: Record<string, number | null>) {
	expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
	for (const key of Object.keys(a)) {
		if (a[key] === null) expect(b[key], key).toBeNull();
		// A standard error is the square root of a variance; rounding noise of 1e-17 in a zero variance shows as 3e-9.
		else expect(b[key], key).toBeCloseTo(a[key]!, key.includes('_se') ? 6 : 9);
	}
}

describe('agreement properties (fast-check)', () => {
	it('reports an ICC whose denominator cancels to zero as undefined, not as ±1e16 (found by fast-check)', () => {
		// MSR + (MSC − MSE)/n is exactly 0 here; in floating point it came out as ±1e-17.
		const rows = [[1, 1], [null, null], [2, 1], [1, 2]];
		const shuffled = [[1, 2], [null, null], [1, 1], [2, 1]];
		expect(all(rows).icc2_k).toBeNull();
		expectSameNumbers(numbersOf(all(rows)), numbersOf(all(shuffled)));
	});

	it('gives no ICC(2,k) limit where the Spearman–Brown transform of the ICC(2,1) limit is −∞, not −1e13 (found by fast-check)', () => {
		// Complete units [1,1,3] and [2,2,2]: the ICC(2,1) lower limit is −1/(k−1) = −0,5, whose transform has a zero denominator.
		const rows = [[null, 1, 3], [1, 1, 3], [2, 2, 2]];
		const out = all(rows);
		expect(out.icc2_k_ci95_lower).toBeNull();
		expectSameNumbers(numbersOf(out), numbersOf(all([[1, 1, 3], [2, 2, 2], [null, 1, 3]])));
	});
	it('are invariant under permuting the units', () => {
		const withShuffledUnits = ratings.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })));
		fc.assert(
			fc.property(withShuffledUnits, ([rows, shuffled]) => {
				expectSameNumbers(numbersOf(all(rows)), numbersOf(all(shuffled)));
			}),
			{ numRuns: 60 }
		);
	});
	it('are invariant under permuting the raters', () => {
		const withRaterOrder = ratings.chain((rows) => {
			const raters = rows[0]!.map((_, j) => j);
			return fc.tuple(fc.constant(rows), fc.shuffledSubarray(raters, { minLength: raters.length, maxLength: raters.length }));
		});
		fc.assert(
			fc.property(withRaterOrder, ([rows, order]) => {
				const permuted = rows.map((row) => order.map((j) => row[j]!));
				expectSameNumbers(numbersOf(all(rows)), numbersOf(all(permuted)));
			}),
			{ numRuns: 60 }
		);
	});
	it('give 1 for perfect agreement wherever they are defined', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 20 }), fc.integer({ min: 2, max: 5 }), (values, raters) => {
				const out = numbersOf(all(values.map((v) => Array(raters).fill(v))));
				const keys = Object.keys(out).filter((k) => !k.includes('_se') && !k.includes('ci95') && !k.startsWith('units') && k !== 'raters');
				for (const key of keys) if (out[key] !== null) expect(out[key], key).toBeCloseTo(1, 12);
			}),
			{ numRuns: 100 }
		);
	});
	it('declaring an unused category never changes alpha (any metric)', () => {
		fc.assert(
			fc.property(ratings, (rows) => {
				const small = createRatingsMatrix(rows, { categories: SAM });
				const large = createRatingsMatrix(rows, { categories: [...SAM, 7] });
				if (!small.ok || !large.ok) throw new Error('unexpected');
				for (const metric of METRICS) {
					const a = computeKrippendorffAlpha(countCategories(small.matrix), SAM, metric);
					const b = computeKrippendorffAlpha(countCategories(large.matrix), [...SAM, 7], metric);
					expect(a.ok).toBe(b.ok);
					if (a.ok && b.ok) expect(b.value).toBeCloseTo(a.value, 10);
				}
			}),
			{ numRuns: 80 }
		);
	});
	it('stay within their bounds and are never NaN', () => {
		fc.assert(
			fc.property(ratings, (rows) => {
				const out = numbersOf(all(rows));
				for (const [key, value] of Object.entries(out)) {
					if (value === null) continue;
					expect(Number.isFinite(value), key).toBe(true);
					if (key.startsWith('percent_agreement')) expect(value >= -1e-12 && value <= 1 + 1e-12, key).toBe(true);
					else if (key.endsWith('_se') || key.endsWith('_se0')) expect(value >= 0, key).toBe(true);
					// ICC(2,k) follows psych's formula, whose denominator MSR + (MSC − MSE)/n can turn negative in tiny,
					// degenerate samples; only finiteness is checked for the ICCs.
					else if (key !== 'units' && key !== 'raters' && !key.startsWith('icc')) expect(value <= 1 + 1e-12, key).toBe(true);
				}
			}),
			{ numRuns: 100 }
		);
	});
});
