import type { CategoryCounts } from './category-counts';
import { estimateOf, undefinedBecause, type Estimate } from './estimate';
import type { RatingsMatrix } from './ratings-matrix';

/**
 * Gwet's (weighted) percent agreement p_a, Fleiss' P̄ when unweighted (irrCAC `pa.coeff.raw`):
 * the mean over units with r_i ≥ 2 of Σ_k r_ik (r*_ik − 1) / (r_i (r_i − 1)), r*_ik = Σ_l w_kl r_il.
 */
export function computePercentAgreement(counts: CategoryCounts, weights: Float64Array): Estimate {
	const { q } = counts;
	const { size, counts: r, totals, multiplicity } = counts.patterns;
	const weighted = new Float64Array(q);
	let sum = 0;
	let n2 = 0;
	for (let p = 0; p < size; p++) {
		const ri = totals[p]!;
		if (ri < 2) continue;
		const mult = multiplicity[p]!;
		sum += (mult * unitAgreement(r, p * q, q, weights, weighted)) / (ri * (ri - 1));
		n2 += mult;
	}
	if (n2 === 0) return undefinedBecause('geen enkele eenheid heeft twee of meer beoordelingen');
	return estimateOf(sum / n2);
}

/**
 * Σ_k r_ik (r*_ik − 1) for one unit: the number of agreeing ordered pairs (weighted). `scratch` is reused to avoid
 * allocating per unit.
 */
export function unitAgreement(r: Int32Array, offset: number, q: number, weights: Float64Array, scratch: Float64Array): number {
	for (let k = 0; k < q; k++) {
		let s = 0;
		for (let l = 0; l < q; l++) s += weights[k * q + l]! * r[offset + l]!;
		scratch[k] = s;
	}
	let agree = 0;
	for (let k = 0; k < q; k++) {
		const rik = r[offset + k]!;
		if (rik !== 0) agree += rik * (scratch[k]! - 1);
	}
	return agree;
}

/** irr::agree: share of complete units where every rater gave the same value (tolerance 0) or max − min ≤ tolerance. */
export function computeAllRatersAgreement(matrix: RatingsMatrix, tolerance = 0): Estimate {
	const { unitCount, raterCount: m, codes, categories } = matrix;
	let agreeing = 0;
	let rated = 0;
	for (let u = 0; u < unitCount; u++) {
		const base = u * m;
		let min = Infinity;
		let max = -Infinity;
		let seen = 0;
		for (let j = 0; j < m; j++) {
			const k = codes[base + j]!;
			if (k < 0) continue;
			seen++;
			const v = categories[k]!;
			if (v < min) min = v;
			if (v > max) max = v;
		}
		if (seen === 0) continue;
		if (seen !== m) return undefinedBecause('alleen voor volledige gegevens (elke eenheid door elke beoordelaar beoordeeld)');
		rated++;
		if (max - min <= tolerance) agreeing++;
	}
	if (rated === 0) return undefinedBecause('geen beoordeelde eenheden');
	return estimateOf(agreeing / rated);
}
