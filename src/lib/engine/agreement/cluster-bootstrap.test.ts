import { describe, expect, it } from 'vitest';
import { bootstrapAgreement, quantileSorted } from './bootstrap';
import { countCategories } from './category-counts';
import { computeGwetAc } from './gwet-ac';
import { distinctResampleCount, forEachResample, isExactBootstrap, weightedQuantile, weightedQuantiles } from './exact-resamples';
import { createPrng } from './prng';
import { agreementWeights } from './weights';
import { KRIPPENDORFF_2011 } from '../../../../tests/fixtures/agreement/datasets';
import { matrixOf, slowAlpha, valueOf } from '../../../../tests/fixtures/agreement/helpers';

type Rows = (number | null)[][];
const FIVE = [1, 2, 3, 4, 5];
const FOUR = [1, 2, 3, 4];

// Independent statistics: the textbook pairwise alpha (ordinal metric from the marginals) and AC2 from scratch.
function ordinalDelta(rows: Rows, categories: readonly number[]): (a: number, b: number) => number {
	const pairable = rows.map((r) => r.filter((v): v is number => v !== null)).filter((v) => v.length >= 2).flat();
	const n = categories.map((c) => pairable.filter((v) => v === c).length);
	return (a, b) => {
		let [i, j] = [categories.indexOf(a), categories.indexOf(b)];
		if (i > j) [i, j] = [j, i];
		let s = 0;
		for (let g = i; g <= j; g++) s += n[g]!;
		return (s - (n[i]! + n[j]!) / 2) ** 2;
	};
}
function naiveAlpha(rows: Rows, categories: readonly number[]): number {
	return slowAlpha(rows, ordinalDelta(rows, categories));
}
function naiveAc2(rows: Rows, categories: readonly number[]): number {
	const q = categories.length;
	const range = categories[q - 1]! - categories[0]!;
	const w = (a: number, b: number) => 1 - ((a - b) / range) ** 2;
	const rated = rows.map((r) => r.filter((v): v is number => v !== null)).filter((v) => v.length >= 1);
	let pa = 0;
	let n2 = 0;
	for (const v of rated) {
		if (v.length < 2) continue;
		let s = 0;
		for (let i = 0; i < v.length; i++) for (let j = 0; j < v.length; j++) if (i !== j) s += w(v[i]!, v[j]!);
		pa += s / (v.length * (v.length - 1));
		n2++;
	}
	pa /= n2;
	const pi = categories.map((c) => rated.reduce((s, v) => s + v.filter((x) => x === c).length / v.length, 0) / rated.length);
	let tw = 0;
	for (const a of categories) for (const b of categories) tw += w(a, b);
	const pe = (tw / (q * (q - 1))) * pi.reduce((s, p) => s + p * (1 - p), 0);
	return (pa - pe) / (1 - pe);
}

/** The random cluster bootstrap as a plain loop: draw clusters with the same generator, rebuild the rows, recompute. */
function naiveRandom(rows: Rows, clusterOf: number[], categories: readonly number[], resamples: number, seed: number) {
	const clusters = Math.max(...clusterOf) + 1;
	const random = createPrng(seed);
	const alphas: number[] = [];
	const ac2s: number[] = [];
	for (let b = 0; b < resamples; b++) {
		const drawn: Rows = [];
		for (let d = 0; d < clusters; d++) {
			const c = Math.floor(random() * clusters);
			rows.forEach((row, u) => clusterOf[u] === c && drawn.push(row));
		}
		const a = naiveAlpha(drawn, categories);
		if (Number.isFinite(a)) alphas.push(a);
		const g = naiveAc2(drawn, categories);
		if (Number.isFinite(g)) ac2s.push(g);
	}
	const limits = (x: number[]) => {
		const s = Float64Array.from(x).sort();
		return [quantileSorted(s, 0.025), quantileSorted(s, 0.975)];
	};
	return { alpha: limits(alphas), ac2: limits(ac2s) };
}

/** The exact cluster bootstrap by brute force: all c^c ordered draws, each with probability c^−c. */
function naiveExact(rows: Rows, clusterOf: number[], categories: readonly number[]) {
	const clusters = Math.max(...clusterOf) + 1;
	const alphas: number[] = [];
	const ac2s: number[] = [];
	const total = clusters ** clusters;
	for (let code = 0; code < total; code++) {
		const drawn: Rows = [];
		for (let d = 0, x = code; d < clusters; d++, x = Math.floor(x / clusters)) {
			const c = x % clusters;
			rows.forEach((row, u) => clusterOf[u] === c && drawn.push(row));
		}
		const a = naiveAlpha(drawn, categories);
		if (Number.isFinite(a)) alphas.push(a);
		const g = naiveAc2(drawn, categories);
		if (Number.isFinite(g)) ac2s.push(g);
	}
	// Inverse distribution function: the smallest value with at least p of the (equally likely) ordered draws at or below.
	const limit = (x: number[], p: number) => [...x].sort((a, b) => a - b)[Math.ceil(p * x.length * (1 - 1e-12)) - 1]!;
	return { alpha: [limit(alphas, 0.025), limit(alphas, 0.975)], ac2: [limit(ac2s, 0.025), limit(ac2s, 0.975)] };
}

// Six small "candidates" of 4 units × 3 raters each: one agrees well, one is spread, one is all the same level…
const SIX: Rows = [
	[1, 1, 2], [2, 2, 2], [3, 3, 4], [4, 4, 4],
	[1, 3, 2], [2, 4, 3], [4, 2, 3], [3, 1, 2],
	[2, 2, 2], [2, 2, 2], [2, 2, 3], [2, 2, 2],
	[4, 4, 3], [3, 3, 3], [4, 4, 4], [3, 4, 4],
	[1, 2, null], [2, 2, 1], [1, 1, 1], [null, 1, 2],
	[3, 2, 3], [2, 3, 2], [1, 1, 2], [4, 3, 4]
];
const SIX_CLUSTERS = SIX.map((_, u) => Math.floor(u / 4));
const K2011 = KRIPPENDORFF_2011.filter((row) => row.some((v) => v !== null));

const cases: { name: string; rows: Rows; clusterOf: number[]; categories: number[]; resamples: number; exact: boolean }[] = [
	{ name: 'Krippendorff 2011, 4 clusters of 3 units', rows: K2011, clusterOf: K2011.map((_, u) => Math.floor(u / 3) % 4), categories: FIVE, resamples: 400, exact: true },
	{ name: 'Krippendorff 2011, 5 clusters of unequal size', rows: K2011, clusterOf: K2011.map((_, u) => [0, 0, 1, 1, 1, 1, 2, 3, 3, 4, 4, 4][u]!), categories: FIVE, resamples: 500, exact: true },
	{ name: 'twelve candidates of 2 units, random (1,352,078 different resamples)', rows: SIX, clusterOf: SIX.map((_, u) => Math.floor(u / 2)), categories: FOUR, resamples: 300, exact: false },
	{ name: 'five candidates of 4 units, exact (126 ≤ 1000)', rows: SIX.slice(0, 20), clusterOf: SIX_CLUSTERS.slice(0, 20), categories: FOUR, resamples: 1000, exact: true },
	{ name: 'Krippendorff 2011, 12 clusters (one unit each), random', rows: K2011, clusterOf: K2011.map((_, u) => u), categories: FIVE, resamples: 300, exact: false }
];

describe('cluster bootstrap against an independent computation', () => {
	it.each(cases)('$name', ({ rows, clusterOf, categories, resamples, exact }) => {
		const counts = countCategories(matrixOf(rows, categories));
		const seed = 11;
		const fast = bootstrapAgreement(counts, categories, {
			alphaMetric: 'ordinal',
			ac2Weights: agreementWeights(categories, 'quadratic'),
			resamples,
			seed,
			clusterOf: Int32Array.from(clusterOf)
		});
		const naive = exact ? naiveExact(rows, clusterOf, categories) : naiveRandom(rows, clusterOf, categories, resamples, seed);
		expect(fast.alpha.exact).toBe(exact);
		expect(fast.resampled).toEqual({ kind: 'clusters', count: Math.max(...clusterOf) + 1 });
		expect(valueOf(fast.alpha.lower)).toBeCloseTo(naive.alpha[0]!, 9);
		expect(valueOf(fast.alpha.upper)).toBeCloseTo(naive.alpha[1]!, 9);
		expect(valueOf(fast.ac2.lower)).toBeCloseTo(naive.ac2[0]!, 9);
		expect(valueOf(fast.ac2.upper)).toBeCloseTo(naive.ac2[1]!, 9);
		// The point estimates are those of the data itself.
		expect(valueOf(fast.alpha.estimate)).toBeCloseTo(naiveAlpha(rows, categories), 9);
		expect(valueOf(fast.ac2.estimate)).toBeCloseTo(naiveAc2(rows, categories), 9);
		expect(valueOf(computeGwetAc(counts, agreementWeights(categories, 'quadratic')).coefficient)).toBeCloseTo(naiveAc2(rows, categories), 9);
	});

	it('with one unit per cluster, the random cluster bootstrap is the unit bootstrap (same draws)', () => {
		const counts = countCategories(matrixOf(K2011, FIVE));
		const options = { alphaMetric: 'ordinal' as const, ac2Weights: agreementWeights(FIVE, 'quadratic'), resamples: 700, seed: 3 };
		const byUnit = bootstrapAgreement(counts, FIVE, options);
		const byCluster = bootstrapAgreement(counts, FIVE, { ...options, clusterOf: Int32Array.from(K2011, (_, u) => u) });
		expect(byCluster.alpha.lower).toEqual(byUnit.alpha.lower);
		expect(byCluster.ac2.upper).toEqual(byUnit.ac2.upper);
	});

	it('clusters of identical units give the AC2 interval of resampling each unit once (random and exact)', () => {
		// AC2 averages over units, so a unit counted three times weighs what it weighed once; alpha is left out here
		// because its (n − 1) small-sample factor does change when every unit is tripled.
		const ac2Weights = agreementWeights(FIVE, 'quadratic');
		for (const [rows, resamples] of [
			[K2011, 600],
			[K2011.slice(0, 5), 600]
		] as const) {
			const tripled = rows.flatMap((row) => [row, row, row]);
			const once = bootstrapAgreement(countCategories(matrixOf(rows, FIVE)), FIVE, { alphaMetric: 'ordinal', ac2Weights, resamples, seed: 4 });
			const clustered = bootstrapAgreement(countCategories(matrixOf(tripled, FIVE)), FIVE, {
				alphaMetric: 'ordinal',
				ac2Weights,
				resamples,
				seed: 4,
				clusterOf: Int32Array.from(tripled, (_, u) => Math.floor(u / 3))
			});
			expect(clustered.alpha.exact).toBe(rows.length === 5);
			expect(clustered.resampled).toEqual({ kind: 'clusters', count: rows.length });
			expect(valueOf(clustered.ac2.estimate)).toBeCloseTo(valueOf(once.ac2.estimate), 12);
			expect(valueOf(clustered.ac2.lower)).toBeCloseTo(valueOf(once.ac2.lower), 12);
			expect(valueOf(clustered.ac2.upper)).toBeCloseTo(valueOf(once.ac2.upper), 12);
		}
	});

	it('random: the same seed gives the same limits, another seed other draws', () => {
		const counts = countCategories(matrixOf(SIX, FOUR));
		const run = (seed: number) =>
			bootstrapAgreement(counts, FOUR, {
				alphaMetric: 'ordinal',
				ac2Weights: agreementWeights(FOUR, 'quadratic'),
				resamples: 2000,
				seed,
				clusterOf: Int32Array.from(SIX, (_, u) => Math.floor(u / 2))
			});
		expect(run(5).alpha.exact).toBe(false);
		expect(run(5)).toEqual(run(5));
		expect(run(6).alpha.lower).not.toEqual(run(5).alpha.lower);
	});

	it('exact: the seed plays no part', () => {
		const counts = countCategories(matrixOf(SIX, FOUR));
		const run = (seed: number) =>
			bootstrapAgreement(counts, FOUR, { alphaMetric: 'ordinal', ac2Weights: agreementWeights(FOUR, 'quadratic'), seed, clusterOf: Int32Array.from(SIX_CLUSTERS) });
		expect(run(1)).toEqual(run(99));
		expect(run(1).alpha.resamples).toBe(462);
	});

	it('refuses an interval for one candidate, with a reason', () => {
		const counts = countCategories(matrixOf(SIX.slice(0, 4), FOUR));
		const one = bootstrapAgreement(counts, FOUR, { alphaMetric: 'ordinal', ac2Weights: agreementWeights(FOUR, 'quadratic'), clusterOf: new Int32Array(4) });
		expect(one.alpha.lower).toEqual({ ok: false, reason: 'een bootstrap vraagt minstens twee kandidaten' });
	});
});

describe('exact resamples', () => {
	it.each([
		[1, 1],
		[2, 3],
		[3, 10],
		[6, 462],
		[8, 6435],
		[9, 24310]
	])('%i clusters have %i different resamples, whose probabilities add up to 1', (c, count) => {
		expect(distinctResampleCount(c)).toBe(count);
		let visits = 0;
		let total = 0;
		forEachResample(c, (drawn, p) => {
			visits++;
			total += p;
			expect(drawn.reduce((s, x) => s + x, 0)).toBe(c);
		});
		expect(visits).toBe(count);
		expect(total).toBeCloseTo(1, 12);
	});
	it('takes the smallest value whose cumulative probability reaches p, ties merged, weights renormalised', () => {
		const values = Float64Array.from([3, 1, 2, 2]);
		const weights = Float64Array.from([0.2, 0.4, 0.6, 0.8]);
		expect(weightedQuantiles(values, weights, [0.2, 0.21, 0.9, 0.95, 1])).toEqual([1, 2, 2, 3, 3]);
		expect(weightedQuantile(Float64Array.from([5]), Float64Array.from([0.3]), 0.025)).toBe(5);
	});
	it('is used only when there are no more different resamples than asked for', () => {
		expect(isExactBootstrap(6, 10_000)).toBe(true);
		expect(isExactBootstrap(8, 10_000)).toBe(true);
		// 24,310 ≤ EXACT_RESAMPLES_MAX: exact even though fewer were asked for.
		expect(isExactBootstrap(9, 10_000)).toBe(true);
		expect(isExactBootstrap(6, 100)).toBe(true);
		expect(isExactBootstrap(10, 10_000)).toBe(false);
		expect(isExactBootstrap(10, 100_000)).toBe(true);
		expect(isExactBootstrap(1, 10_000)).toBe(false);
		expect(isExactBootstrap(1000, 10_000)).toBe(false);
	});
});
