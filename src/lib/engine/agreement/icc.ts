import { estimateOf, undefinedBecause, type Estimate } from './estimate';
import type { RatingsMatrix } from './ratings-matrix';
import { fQuantile } from './special-functions';

export type IccName = 'icc1' | 'icc2_1' | 'icc3_1' | 'icc1_k' | 'icc2_k' | 'icc3_k';
export const ICC_NAMES: readonly IccName[] = ['icc1', 'icc2_1', 'icc3_1', 'icc1_k', 'icc2_k', 'icc3_k'];

export interface IccEstimate {
	readonly value: Estimate;
	readonly lower: Estimate;
	readonly upper: Estimate;
}

/** Relative size below which a difference of sums is rounding noise, not a value. */
const ROUNDING_ZERO = 1e-12;
export type IccResult = { readonly ok: true; readonly icc: Record<IccName, IccEstimate>; readonly meanSquares: MeanSquares } | { readonly ok: false; readonly reason: string };

export interface MeanSquares {
	readonly n: number;
	readonly k: number;
	/** Units (rows). */
	readonly msr: number;
	/** Raters (columns). */
	readonly msc: number;
	/** Residual. */
	readonly mse: number;
	/** Within units: (SSC + SSE)/(n(k−1)). */
	readonly msw: number;
}

/** 95% limits (psych::ICC default alpha = .05). */
export const ICC_CONFIDENCE = 0.95;

/**
 * Two-way ANOVA mean squares in two passes over the complete matrix (no copies): pass 1 row/column sums, pass 2
 * the total sum of squares around the grand mean (numerically safer than the raw-sum formula).
 */
export function computeMeanSquares(matrix: RatingsMatrix): MeanSquares | { ok: false; reason: string } {
	const { raterCount: k, codes, categories } = matrix;
	const rowSums = new Float64Array(matrix.unitCount);
	const colSums = new Float64Array(k);
	let n = 0;
	let grand = 0;
	// Rows without any rating are not units (spec); a partly rated row makes the data incomplete.
	const keep = new Uint8Array(matrix.unitCount);
	for (let u = 0, base = 0; u < matrix.unitCount; u++, base += k) {
		let seen = 0;
		let s = 0;
		for (let j = 0; j < k; j++) {
			const c = codes[base + j]!;
			if (c < 0) continue;
			seen++;
			const v = categories[c]!;
			s += v;
		}
		if (seen === 0) continue;
		if (seen !== k) return { ok: false, reason: 'alleen voor volledige gegevens (elke eenheid door elke beoordelaar beoordeeld)' };
		keep[u] = 1;
		rowSums[u] = s;
		grand += s;
		n++;
		for (let j = 0; j < k; j++) colSums[j]! += categories[codes[base + j]!]!;
	}
	if (n < 2) return { ok: false, reason: 'vraagt minstens twee volledig beoordeelde eenheden' };
	const mean = grand / (n * k);
	let sst = 0;
	let ssr = 0;
	for (let u = 0, base = 0; u < matrix.unitCount; u++, base += k) {
		if (keep[u] === 0) continue;
		for (let j = 0; j < k; j++) {
			const d = categories[codes[base + j]!]! - mean;
			sst += d * d;
		}
		const dr = rowSums[u]! / k - mean;
		ssr += dr * dr;
	}
	ssr *= k;
	let ssc = 0;
	for (let j = 0; j < k; j++) {
		const dc = colSums[j]! / n - mean;
		ssc += dc * dc;
	}
	ssc *= n;
	// SSE is a difference of sums: rounding leaves ~1e-16 where it is exactly 0 (no residual variance).
	const rawSse = sst - ssr - ssc;
	const sse = rawSse <= ROUNDING_ZERO * sst ? 0 : rawSse;
	return {
		n,
		k,
		msr: ssr / (n - 1),
		msc: ssc / (k - 1),
		mse: sse / ((n - 1) * (k - 1)),
		msw: (ssc + sse) / (n * (k - 1))
	};
}

/**
 * The six Shrout & Fleiss (1979) ICCs with F-based 95% limits, exactly as psych::ICC computes them:
 * ICC1/ICC1k from F = MSR/MSW, df (n−1, n(k−1)); ICC3/ICC3k from F = MSR/MSE, df (n−1, (n−1)(k−1));
 * ICC2 with McGraw & Wong's Satterthwaite df v; ICC2k as the Spearman–Brown transform of the ICC2 limits.
 */
export function computeIcc(matrix: RatingsMatrix): IccResult {
	if (matrix.raterCount < 2) return { ok: false, reason: 'er zijn minstens twee beoordelaars nodig' };
	const ms = computeMeanSquares(matrix);
	if ('ok' in ms) return ms;
	return { ok: true, icc: iccFromMeanSquares(ms), meanSquares: ms };
}

export function iccFromMeanSquares(ms: MeanSquares): Record<IccName, IccEstimate> {
	const { n, k, msr, msc, mse, msw } = ms;
	const q = 1 - (1 - ICC_CONFIDENCE) / 2;
	const zeroVariance = 'geen spreiding tussen eenheden en beoordelaars (0/0)';
	const e = (x: number) => estimateOf(x, zeroVariance);

	// A denominator that is zero up to rounding (e.g. MSR + (MSC − MSE)/n when the terms cancel) would give
	// ±1e16 instead of "undefined": below this share of the mean squares' scale it counts as zero.
	const scale = msr + msc + mse + msw;
	const ratio = (num: number, den: number) => (Math.abs(den) <= ROUNDING_ZERO * scale ? Number.NaN : num / den);
	const icc1 = ratio(msr - msw, msr + (k - 1) * msw);
	const icc2 = ratio(msr - mse, msr + (k - 1) * mse + (k * (msc - mse)) / n);
	const icc3 = ratio(msr - mse, msr + (k - 1) * mse);
	const icc1k = ratio(msr - msw, msr);
	const icc2k = ratio(msr - mse, msr + (msc - mse) / n);
	const icc3k = ratio(msr - mse, msr);

	const df1n = n - 1;
	const df1d = n * (k - 1);
	const df3d = (n - 1) * (k - 1);
	const f1 = msr / msw;
	const f3 = msr / mse;
	const fl1 = f1 / fQuantile(q, df1n, df1d);
	const fu1 = f1 * fQuantile(q, df1d, df1n);
	const fl3 = f3 / fQuantile(q, df1n, df3d);
	const fu3 = f3 * fQuantile(q, df3d, df1n);

	// McGraw & Wong (1996) limits for ICC(A,1) with Satterthwaite df, computed from the ICC(2,1) estimate.
	const fj = msc / mse;
	// The numerator's base can be zero in exact arithmetic (no Satterthwaite df, so no limits) yet come out
	// as ±1e-16 or exactly 0 depending on the raters' order; below rounding it counts as zero either way.
	const vBaseTerms = [k * icc2 * fj, n * (1 + (k - 1) * icc2), -k * icc2];
	const vBase = vBaseTerms.reduce((sum, term) => sum + term, 0);
	const vBaseScale = vBaseTerms.reduce((sum, term) => sum + Math.abs(term), 0);
	const vn = Math.abs(vBase) <= ROUNDING_ZERO * vBaseScale ? 0 : (k - 1) * (n - 1) * vBase ** 2;
	const vd = (n - 1) * k * k * icc2 * icc2 * fj * fj + (n * (1 + (k - 1) * icc2) - k * icc2) ** 2;
	const v = vn / vd;
	const f2u = fQuantile(q, n - 1, v);
	const f2l = fQuantile(q, v, n - 1);
	const l2 = (n * (msr - f2u * mse)) / (f2u * (k * msc + (k * n - k - n) * mse) + n * msr);
	const u2 = (n * (f2l * msr - mse)) / (k * msc + (k * n - k - n) * mse + n * f2l * msr);
	// At x = −1/(k−1) the transform is −∞ in exact arithmetic; in floating point its denominator comes out as ±1e-16
	// and the limit as ±1e13 depending on the order of the data, so below rounding it has no limit (NaN → undefined).
	const spearmanBrown = (x: number) => {
		const denominator = 1 + x * (k - 1);
		return Math.abs(denominator) <= ROUNDING_ZERO * (1 + Math.abs(x) * (k - 1)) ? NaN : (x * k) / denominator;
	};
	// (F − 1)/(F + k − 1), with its limit 1 when F is infinite (no residual variance at all).
	const fromF = (f: number) => (f === Infinity ? 1 : (f - 1) / (f + k - 1));

	const limits = (lower: number, upper: number, value: number): Pick<IccEstimate, 'lower' | 'upper'> => {
		const unavailable = 'betrouwbaarheidsgrens niet berekenbaar';
		return Number.isFinite(value)
			? { lower: estimateOf(lower, unavailable), upper: estimateOf(upper, unavailable) }
			: { lower: undefinedBecause(zeroVariance), upper: undefinedBecause(zeroVariance) };
	};
	return {
		icc1: { value: e(icc1), ...limits(fromF(fl1), fromF(fu1), icc1) },
		icc2_1: { value: e(icc2), ...limits(l2, u2, icc2) },
		icc3_1: { value: e(icc3), ...limits(fromF(fl3), fromF(fu3), icc3) },
		icc1_k: { value: e(icc1k), ...limits(1 - 1 / fl1, 1 - 1 / fu1, icc1k) },
		icc2_k: { value: e(icc2k), ...limits(spearmanBrown(l2), spearmanBrown(u2), icc2k) },
		icc3_k: { value: e(icc3k), ...limits(1 - 1 / fl3, 1 - 1 / fu3, icc3k) }
	};
}

export function iccUndefined(reason: string): Record<IccName, IccEstimate> {
	const u = undefinedBecause(reason);
	return Object.fromEntries(ICC_NAMES.map((name) => [name, { value: u, lower: u, upper: u }])) as Record<IccName, IccEstimate>;
}
