import type { CategoryCounts } from './category-counts';
import { estimateOf, undefinedBecause, type Estimate } from './estimate';
import { alphaFromCoincidences, computeKrippendorffAlpha, createAlphaWorkspace, type AlphaMetric } from './krippendorff-alpha';
import { computeGwetAc } from './gwet-ac';
import { unitAgreement } from './percent-agreement';
import { distinctResampleCount, isExactBootstrap, weightedQuantiles } from './exact-resamples';
import { createPrng } from './prng';

/**
 * Defaults: 10,000 resamples, so the Monte Carlo error of the 2.5% and 97.5% limits stays well below the shown
 * second decimal (tested across seeds on the demo); 95%; a fixed, stated seed so every device gives the same interval.
 */
export const BOOTSTRAP_DEFAULTS = { resamples: 10_000, level: 0.95, seed: 20_260_101 } as const;

export interface BootstrapInterval {
	readonly estimate: Estimate;
	readonly lower: Estimate;
	readonly upper: Estimate;
	/** Resamples where the statistic was undefined (e.g. one value only); they are left out of the percentiles. */
	readonly undefinedResamples: number;
	/** Resamples drawn at random, or, when `exact`, the number of different resamples, each taken with its probability. */
	readonly resamples: number;
	/** Every possible resample was taken once with its exact probability (few clusters; see exact-resamples.ts). */
	readonly exact: boolean;
}

export interface BootstrapOptions {
	readonly resamples?: number;
	readonly level?: number;
	readonly seed?: number;
	/**
	 * Cluster of each counted unit (0..C−1), e.g. the candidate: resample clusters with all their units. Without it,
	 * units are resampled as if independent.
	 */
	readonly clusterOf?: Int32Array;
}

export interface AgreementBootstrap {
	readonly alpha: BootstrapInterval;
	readonly ac2: BootstrapInterval;
	/** What was resampled: clusters when `clusterOf` was given, else units. */
	readonly resampled: { readonly kind: 'clusters' | 'units'; readonly count: number };
}

/**
 * Percentile bootstrap for Krippendorff's alpha and Gwet's AC2, resampling units or, with `clusterOf`, clusters of
 * units (a cluster bootstrap: the units of one candidate share the candidate, so they are drawn together).
 * Each statistic is a function of sums over units (coincidences, Σ r_ik/r_i, the agreement terms, unit counts), so
 * per-pattern pieces (units with equal counts contribute equally) are precomputed once, per-cluster sums from them,
 * and a resample only adds up the drawn pieces: no allocation inside the loop.
 */
export function bootstrapAgreement(
	counts: CategoryCounts,
	categories: readonly number[],
	options: { alphaMetric: AlphaMetric; ac2Weights: Float64Array } & BootstrapOptions
): AgreementBootstrap {
	const resamples = options.resamples ?? BOOTSTRAP_DEFAULTS.resamples;
	const level = options.level ?? BOOTSTRAP_DEFAULTS.level;
	const random = createPrng(options.seed ?? BOOTSTRAP_DEFAULTS.seed);
	const { q, unitCount: n } = counts;
	const qq = q * q;
	const alphaEstimate = computeKrippendorffAlpha(counts, categories, options.alphaMetric);
	const ac2Estimate = computeGwetAc(counts, options.ac2Weights).coefficient;
	const pieces = patternPieces(counts, options.ac2Weights);
	const clusters = options.clusterOf ? clusterPieces(counts, pieces, options.clusterOf) : null;
	const resampled = { kind: clusters ? ('clusters' as const) : ('units' as const), count: clusters ? clusters.count : n };
	if (resampled.count < 2) {
		const few = undefinedBecause(clusters ? 'een bootstrap vraagt minstens twee kandidaten' : 'een bootstrap vraagt minstens twee eenheden');
		return {
			alpha: { estimate: alphaEstimate, lower: few, upper: few, undefinedResamples: 0, resamples: 0, exact: false },
			ac2: { estimate: ac2Estimate, lower: few, upper: few, undefinedResamples: 0, resamples: 0, exact: false },
			resampled
		};
	}
	let tw = 0;
	for (let x = 0; x < qq; x++) tw += options.ac2Weights[x]!;
	const peFactor = tw / (q * (q - 1));

	const sum: Sums = { o: new Float64Array(qq), pi: new Float64Array(q), pa: 0, n2: 0, units: 0 };
	const workspace = createAlphaWorkspace(q);
	const pieceSet = clusters ?? pieces;
	/** Ordinal alpha and AC2 from the sums of one resample; NaN where undefined. */
	const fromSums = (sums: Sums): [number, number] => {
		const alpha = alphaFromCoincidences(sums.o, categories, options.alphaMetric, workspace);
		let ac = Number.NaN;
		if (sums.n2 > 0) {
			let spread = 0;
			for (let k = 0; k < q; k++) {
				const p = sums.pi[k]! / sums.units;
				spread += p * (1 - p);
			}
			const pe = peFactor * spread;
			ac = (sums.pa / sums.n2 - pe) / (1 - pe);
		}
		return [alpha.ok ? alpha.value : Number.NaN, ac];
	};
	/** The same, given how often each piece was drawn. */
	const evaluate = (drawn: Float64Array): [number, number] => {
		addDrawn(sum, drawn, pieceSet, q, qq);
		return fromSums(sum);
	};

	if (isExactBootstrap(resampled.count, resamples)) {
		const count = distinctResampleCount(resampled.count);
		const alphas = new Float64Array(count);
		const alphaWeights = new Float64Array(count);
		const ac2s = new Float64Array(count);
		const ac2Weights = new Float64Array(count);
		let alphaCount = 0;
		let ac2Count = 0;
		// Units resampled exactly: each unit is its own cluster.
		const exactSet = clusters ?? clusterPieces(counts, pieces, Int32Array.from({ length: n }, (_, i) => i));
		forEachExactResample(exactSet, resampled.count, q, qq, (sums, probability) => {
			const [alpha, ac] = fromSums(sums);
			if (Number.isFinite(alpha)) {
				alphas[alphaCount] = alpha;
				alphaWeights[alphaCount++] = probability;
			}
			if (Number.isFinite(ac)) {
				ac2s[ac2Count] = ac;
				ac2Weights[ac2Count++] = probability;
			}
		});
		return {
			alpha: exactInterval(alphaEstimate, alphas.subarray(0, alphaCount), alphaWeights.subarray(0, alphaCount), level, count),
			ac2: exactInterval(ac2Estimate, ac2s.subarray(0, ac2Count), ac2Weights.subarray(0, ac2Count), level, count),
			resampled
		};
	}

	const alphas = new Float64Array(resamples);
	const ac2s = new Float64Array(resamples);
	let alphaCount = 0;
	let ac2Count = 0;
	const drawn = new Float64Array(pieceSet.size);
	for (let b = 0; b < resamples; b++) {
		drawn.fill(0);
		if (clusters) {
			const c = clusters.count;
			for (let d = 0; d < c; d++) drawn[Math.floor(random() * c)]!++;
		} else {
			// Draw n units with replacement, tallying how often each pattern was drawn.
			const unitPattern = counts.patterns.unitPattern;
			for (let d = 0; d < n; d++) drawn[unitPattern[Math.floor(random() * n)]!]!++;
		}
		const [alpha, ac] = evaluate(drawn);
		if (Number.isFinite(alpha)) alphas[alphaCount++] = alpha;
		if (Number.isFinite(ac)) ac2s[ac2Count++] = ac;
	}
	return {
		alpha: percentileInterval(alphaEstimate, alphas.subarray(0, alphaCount), level, resamples),
		ac2: percentileInterval(ac2Estimate, ac2s.subarray(0, ac2Count), level, resamples),
		resampled
	};
}

/** Sums a statistic needs, per piece (a pattern or a cluster): coincidences, Σ r_ik/r_i, agreement terms, counts. */
interface Pieces {
	readonly size: number;
	readonly coincidences: Float64Array;
	readonly shares: Float64Array;
	readonly agree: Float64Array;
	/** Units with r_i ≥ 2 in the piece. */
	readonly pairable: Float64Array;
	/** Units in the piece. */
	readonly units: Float64Array;
}

interface Sums {
	readonly o: Float64Array;
	readonly pi: Float64Array;
	pa: number;
	n2: number;
	units: number;
}

function addDrawn(sum: Sums, drawn: Float64Array, pieces: Pieces, q: number, qq: number): void {
	sum.o.fill(0);
	sum.pi.fill(0);
	sum.pa = 0;
	sum.n2 = 0;
	sum.units = 0;
	for (let p = 0; p < drawn.length; p++) {
		const w = drawn[p]!;
		if (w === 0) continue;
		const si = p * q;
		for (let k = 0; k < q; k++) sum.pi[k]! += w * pieces.shares[si + k]!;
		sum.units += w * pieces.units[p]!;
		if (pieces.pairable[p] === 0) continue;
		const oi = p * qq;
		for (let x = 0; x < qq; x++) sum.o[x]! += w * pieces.coincidences[oi + x]!;
		sum.pa += w * pieces.agree[p]!;
		sum.n2 += w * pieces.pairable[p]!;
	}
}

/**
 * Visits every resample of c clusters (as forEachResample does) with the sums of the drawn clusters, built up one
 * cluster at a time: the sums after clusters 0..i−1 are kept per depth, so a resample costs one cluster's addition
 * instead of all c (9 candidates: 24,310 resamples in a few ms more than 6). `sums` is reused between visits.
 */
function forEachExactResample(set: Pieces, c: number, q: number, qq: number, visit: (sums: Sums, probability: number) => void): void {
	const factorial = [1];
	for (let i = 1; i <= c; i++) factorial.push(factorial[i - 1]! * i);
	const scale = factorial[c]! / c ** c;
	const depth: Sums[] = Array.from({ length: c + 1 }, () => ({ o: new Float64Array(qq), pi: new Float64Array(q), pa: 0, n2: 0, units: 0 }));
	const place = (i: number, left: number, denominator: number) => {
		const from = depth[i]!;
		const to = depth[i + 1]!;
		const last = i === c - 1;
		for (let k = left; k >= (last ? left : 0); k--) {
			to.o.set(from.o);
			to.pi.set(from.pi);
			to.pa = from.pa;
			to.n2 = from.n2;
			to.units = from.units;
			if (k > 0) {
				for (let x = 0; x < q; x++) to.pi[x]! += k * set.shares[i * q + x]!;
				to.units += k * set.units[i]!;
				if (set.pairable[i] !== 0) {
					for (let x = 0; x < qq; x++) to.o[x]! += k * set.coincidences[i * qq + x]!;
					to.pa += k * set.agree[i]!;
					to.n2 += k * set.pairable[i]!;
				}
			}
			if (last) visit(to, scale / (denominator * factorial[k]!));
			else place(i + 1, left - k, denominator * factorial[k]!);
		}
	};
	place(0, c, 1);
}

/** One unit of each count pattern: its coincidences, r_ik/r_i and agreement term. */
function patternPieces(counts: CategoryCounts, weights: Float64Array): Pieces {
	const { q } = counts;
	const { size, counts: r, totals } = counts.patterns;
	const qq = q * q;
	const pieces: Pieces = {
		size,
		coincidences: new Float64Array(size * qq),
		shares: new Float64Array(size * q),
		agree: new Float64Array(size),
		pairable: new Float64Array(size),
		units: new Float64Array(size).fill(1)
	};
	const scratch = new Float64Array(q);
	for (let p = 0; p < size; p++) {
		const ri = totals[p]!;
		const off = p * q;
		for (let k = 0; k < q; k++) pieces.shares[off + k] = r[off + k]! / ri;
		if (ri < 2) continue;
		pieces.pairable[p] = 1;
		pieces.agree[p] = unitAgreement(r, off, q, weights, scratch) / (ri * (ri - 1));
		const inv = 1 / (ri - 1);
		for (let c = 0; c < q; c++) {
			const nc = r[off + c]!;
			for (let k = 0; k < q; k++) pieces.coincidences[p * qq + c * q + k] = (nc * r[off + k]! - (c === k ? nc : 0)) * inv;
		}
	}
	return pieces;
}

/** Per-cluster sums of the pattern pieces of its units. */
function clusterPieces(counts: CategoryCounts, patterns: Pieces, clusterOf: Int32Array): Pieces & { count: number } {
	const { q, unitCount: n } = counts;
	const qq = q * q;
	let count = 0;
	for (let i = 0; i < n; i++) count = Math.max(count, clusterOf[i]! + 1);
	const pieces = {
		size: count,
		count,
		coincidences: new Float64Array(count * qq),
		shares: new Float64Array(count * q),
		agree: new Float64Array(count),
		pairable: new Float64Array(count),
		units: new Float64Array(count)
	};
	const unitPattern = counts.patterns.unitPattern;
	for (let i = 0; i < n; i++) {
		const c = clusterOf[i]!;
		const p = unitPattern[i]!;
		pieces.units[c]!++;
		for (let k = 0; k < q; k++) pieces.shares[c * q + k]! += patterns.shares[p * q + k]!;
		if (patterns.pairable[p] === 0) continue;
		pieces.pairable[c]!++;
		pieces.agree[c]! += patterns.agree[p]!;
		for (let x = 0; x < qq; x++) pieces.coincidences[c * qq + x]! += patterns.coincidences[p * qq + x]!;
	}
	return pieces;
}

/** Percentile interval with linear interpolation between order statistics (R's quantile type 7). */
export function percentileInterval(estimate: Estimate, values: Float64Array, level: number, resamples: number): BootstrapInterval {
	const undefinedResamples = resamples - values.length;
	if (values.length < 2) {
		const none = undefinedBecause('te weinig bootstrap-steekproeven waarin de maat gedefinieerd is');
		return { estimate, lower: none, upper: none, undefinedResamples, resamples, exact: false };
	}
	const sorted = Float64Array.from(values).sort();
	const tail = (1 - level) / 2;
	return {
		estimate,
		lower: estimateOf(quantileSorted(sorted, tail)),
		upper: estimateOf(quantileSorted(sorted, 1 - tail)),
		undefinedResamples,
		resamples,
		exact: false
	};
}

/** Percentile interval of the exact bootstrap distribution (values with their probabilities). */
export function exactInterval(estimate: Estimate, values: Float64Array, weights: Float64Array, level: number, resamples: number): BootstrapInterval {
	const undefinedResamples = resamples - values.length;
	if (values.length < 2) {
		const none = undefinedBecause('te weinig bootstrap-steekproeven waarin de maat gedefinieerd is');
		return { estimate, lower: none, upper: none, undefinedResamples, resamples, exact: true };
	}
	const tail = (1 - level) / 2;
	const [lower, upper] = weightedQuantiles(values, weights, [tail, 1 - tail]);
	return {
		estimate,
		lower: estimateOf(lower!),
		upper: estimateOf(upper!),
		undefinedResamples,
		resamples,
		exact: true
	};
}

export function quantileSorted(sorted: Float64Array, p: number): number {
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(sorted.length - 1, lo + 1);
	return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
