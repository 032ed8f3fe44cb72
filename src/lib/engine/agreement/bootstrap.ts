import type { CategoryCounts } from './category-counts';
import { estimateOf, undefinedBecause, type Estimate } from './estimate';
import { alphaFromCoincidences, computeCoincidences, computeKrippendorffAlpha, type AlphaMetric } from './krippendorff-alpha';
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
 * Each unit's contribution is precomputed once (its coincidences, its r_ik/r_i and its agreement term), so a resample
 * is a sum over drawn unit indices: O(resamples × n × q²) without allocations inside the loop.
 */
export function bootstrapAgreement(
	counts: CategoryCounts,
	categories: readonly number[],
	options: { alphaMetric: AlphaMetric; ac2Weights: Float64Array } & BootstrapOptions
): AgreementBootstrap {
	const resamples = options.resamples ?? BOOTSTRAP_DEFAULTS.resamples;
	const level = options.level ?? BOOTSTRAP_DEFAULTS.level;
	const random = createPrng(options.seed ?? BOOTSTRAP_DEFAULTS.seed);
	const { q, unitCount: n, counts: r, totals } = counts;
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

	// Per-unit pieces.
	const unitCoincidences = new Float64Array(n * qq);
	const unitShares = new Float64Array(n * q); // r_ik / r_i
	const unitAgree = new Float64Array(n); // weighted agreement term for r_i ≥ 2
	const pairable = new Uint8Array(n);
	const scratch = new Float64Array(q);
	const single = { q, unitCount: 1, counts: new Int32Array(q), totals: new Int32Array(1), raterCount: counts.raterCount, complete: true, emptyUnits: 0 };
	for (let i = 0; i < n; i++) {
		const ri = totals[i]!;
		const off = i * q;
		for (let k = 0; k < q; k++) {
			single.counts[k] = r[off + k]!;
			unitShares[off + k] = r[off + k]! / ri;
		}
		single.totals[0] = ri;
		unitCoincidences.set(computeCoincidences(single), i * qq);
		if (ri >= 2) {
			pairable[i] = 1;
			unitAgree[i] = unitAgreement(r, off, q, options.ac2Weights, scratch) / (ri * (ri - 1));
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
	for (let b = 0; b < resamples; b++) {
		o.fill(0);
		pi.fill(0);
		let paSum = 0;
		let n2 = 0;
		for (let draw = 0; draw < n; draw++) {
			const i = Math.floor(random() * n);
			const oi = i * qq;
			for (let x = 0; x < qq; x++) o[x]! += unitCoincidences[oi + x]!;
			const si = i * q;
			for (let k = 0; k < q; k++) pi[k]! += unitShares[si + k]!;
			if (pairable[i] === 1) {
				paSum += unitAgree[i]!;
				n2++;
			}
		}
		const alpha = alphaFromCoincidences(o, categories, options.alphaMetric);
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
