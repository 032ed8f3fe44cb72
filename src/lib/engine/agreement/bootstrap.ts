import type { CategoryCounts } from './category-counts';
import { estimateOf, undefinedBecause, type Estimate } from './estimate';
import { alphaFromCoincidences, computeKrippendorffAlpha, createAlphaWorkspace, type AlphaMetric } from './krippendorff-alpha';
import { computeGwetAc } from './gwet-ac';
import { unitAgreement } from './percent-agreement';
import { createPrng } from './prng';

/** Defaults: 2,000 resamples (Krippendorff 2004 used 1,000+; more steadies the 2.5% tails), 95%, fixed seed. */
export const BOOTSTRAP_DEFAULTS = { resamples: 2_000, level: 0.95, seed: 20_260_101 } as const;

export interface BootstrapInterval {
	readonly estimate: Estimate;
	readonly lower: Estimate;
	readonly upper: Estimate;
	/** Resamples where the statistic was undefined (e.g. one value only); they are left out of the percentiles. */
	readonly undefinedResamples: number;
	readonly resamples: number;
}

export interface BootstrapOptions {
	readonly resamples?: number;
	readonly level?: number;
	readonly seed?: number;
}

export interface AgreementBootstrap {
	readonly alpha: BootstrapInterval;
	readonly ac2: BootstrapInterval;
}

/**
 * Percentile bootstrap over units (resampling units with replacement) for Krippendorff's alpha and Gwet's AC2.
 * Each pattern's contribution (units with equal counts contribute equally) is precomputed once: its coincidences, its
 * r_ik/r_i and its agreement term. A resample draws n unit indices, tallies their patterns and combines the few
 * patterns: O(resamples × (n + patterns × q²)) without allocations inside the loop.
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
	const { size, counts: r, totals, unitPattern } = counts.patterns;
	const qq = q * q;
	const alphaEstimate = computeKrippendorffAlpha(counts, categories, options.alphaMetric);
	const ac2Estimate = computeGwetAc(counts, options.ac2Weights).coefficient;
	if (n < 2) {
		const few = undefinedBecause('een bootstrap vraagt minstens twee eenheden');
		return {
			alpha: { estimate: alphaEstimate, lower: few, upper: few, undefinedResamples: 0, resamples: 0 },
			ac2: { estimate: ac2Estimate, lower: few, upper: few, undefinedResamples: 0, resamples: 0 }
		};
	}

	// Per-pattern pieces (units with the same counts contribute the same): coincidences, r_ik/r_i, agreement term.
	const patternCoincidences = new Float64Array(size * qq);
	const patternShares = new Float64Array(size * q);
	const patternAgree = new Float64Array(size);
	const pairable = new Uint8Array(size);
	const scratch = new Float64Array(q);
	for (let p = 0; p < size; p++) {
		const ri = totals[p]!;
		const off = p * q;
		for (let k = 0; k < q; k++) patternShares[off + k] = r[off + k]! / ri;
		if (ri < 2) continue;
		pairable[p] = 1;
		patternAgree[p] = unitAgreement(r, off, q, options.ac2Weights, scratch) / (ri * (ri - 1));
		const inv = 1 / (ri - 1);
		for (let c = 0; c < q; c++) {
			const nc = r[off + c]!;
			for (let k = 0; k < q; k++) patternCoincidences[p * qq + c * q + k] = (nc * r[off + k]! - (c === k ? nc : 0)) * inv;
		}
	}
	let tw = 0;
	for (let x = 0; x < qq; x++) tw += options.ac2Weights[x]!;
	const peFactor = tw / (q * (q - 1));

	const alphas = new Float64Array(resamples);
	const ac2s = new Float64Array(resamples);
	let alphaCount = 0;
	let ac2Count = 0;
	const o = new Float64Array(qq);
	const pi = new Float64Array(q);
	const drawn = new Float64Array(size);
	const workspace = createAlphaWorkspace(q);
	for (let b = 0; b < resamples; b++) {
		// Draw n units with replacement, tallying how often each pattern was drawn, then combine per pattern.
		drawn.fill(0);
		for (let d = 0; d < n; d++) drawn[unitPattern[Math.floor(random() * n)]!]!++;
		o.fill(0);
		pi.fill(0);
		let paSum = 0;
		let n2 = 0;
		for (let p = 0; p < size; p++) {
			const w = drawn[p]!;
			if (w === 0) continue;
			const si = p * q;
			for (let k = 0; k < q; k++) pi[k]! += w * patternShares[si + k]!;
			if (pairable[p] === 0) continue;
			const oi = p * qq;
			for (let x = 0; x < qq; x++) o[x]! += w * patternCoincidences[oi + x]!;
			paSum += w * patternAgree[p]!;
			n2 += w;
		}
		const alpha = alphaFromCoincidences(o, categories, options.alphaMetric, workspace);
		if (alpha.ok) alphas[alphaCount++] = alpha.value;
		if (n2 > 0) {
			let spread = 0;
			for (let k = 0; k < q; k++) {
				const p = pi[k]! / n;
				spread += p * (1 - p);
			}
			const pe = peFactor * spread;
			const ac = (paSum / n2 - pe) / (1 - pe);
			if (Number.isFinite(ac)) ac2s[ac2Count++] = ac;
		}
	}
	return {
		alpha: percentileInterval(alphaEstimate, alphas.subarray(0, alphaCount), level, resamples),
		ac2: percentileInterval(ac2Estimate, ac2s.subarray(0, ac2Count), level, resamples)
	};
}

/** Percentile interval with linear interpolation between order statistics (R's quantile type 7). */
export function percentileInterval(estimate: Estimate, values: Float64Array, level: number, resamples: number): BootstrapInterval {
	const undefinedResamples = resamples - values.length;
	if (values.length < 2) {
		const none = undefinedBecause('te weinig bootstrap-steekproeven waarin de maat gedefinieerd is');
		return { estimate, lower: none, upper: none, undefinedResamples, resamples };
	}
	const sorted = Float64Array.from(values).sort();
	const tail = (1 - level) / 2;
	return {
		estimate,
		lower: estimateOf(quantileSorted(sorted, tail)),
		upper: estimateOf(quantileSorted(sorted, 1 - tail)),
		undefinedResamples,
		resamples
	};
}

export function quantileSorted(sorted: Float64Array, p: number): number {
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(sorted.length - 1, lo + 1);
	return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
