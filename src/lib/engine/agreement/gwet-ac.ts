import type { CategoryCounts } from './category-counts';
import { classificationProbabilities } from './fleiss-kappa';
import { estimateOf, standardErrorOf, undefinedBecause, type Estimate } from './estimate';
import { unitAgreement } from './percent-agreement';

export interface GwetResult {
	readonly coefficient: Estimate;
	/** irrCAC's linearisation SE, conditional on raters, infinite population (f = 0). */
	readonly se: Estimate;
	readonly pa: Estimate;
	readonly pe: Estimate;
}

/**
 * Gwet's AC1 (identity weights) or AC2 (other weights), Gwet 2014 / irrCAC `gwet.ac1.raw`:
 * p_e = T_w/(q(q−1)) · Σ_k π_k(1−π_k), AC = (p_a − p_e)/(1 − p_e), q = number of DECLARED categories.
 * SE: ac*_i = ac_i − 2(1−AC)(p_e,i − p_e)/(1−p_e), var = Σ(ac*_i − AC)² / (n(n−1)).
 */
export function computeGwetAc(counts: CategoryCounts, weights: Float64Array): GwetResult {
	const { q, unitCount: n } = counts;
	const { size, counts: r, totals, multiplicity } = counts.patterns;
	const none = (reason: string): GwetResult => {
		const u = undefinedBecause(reason);
		return { coefficient: u, se: u, pa: u, pe: u };
	};
	if (n === 0) return none('geen beoordeelde eenheden');
	let tw = 0;
	for (let x = 0; x < q * q; x++) tw += weights[x]!;
	const pi = classificationProbabilities(counts);
	let spread = 0;
	for (let k = 0; k < q; k++) spread += pi[k]! * (1 - pi[k]!);
	const peFactor = tw / (q * (q - 1));
	const pe = peFactor * spread;

	// p_a and the per-unit agreement terms in one pass (per pattern: units with equal counts have equal terms).
	const scratch = new Float64Array(q);
	const paUnit = new Float64Array(size);
	let paSum = 0;
	let n2 = 0;
	for (let p = 0; p < size; p++) {
		const ri = totals[p]!;
		if (ri < 2) continue;
		const term = unitAgreement(r, p * q, q, weights, scratch) / (ri * (ri - 1));
		paUnit[p] = term;
		paSum += multiplicity[p]! * term;
		n2 += multiplicity[p]!;
	}
	if (n2 === 0) return none('geen enkele eenheid heeft twee of meer beoordelingen');
	const pa = paSum / n2;
	const ac = (pa - pe) / (1 - pe);
	if (!Number.isFinite(ac)) return none('niet berekenbaar (deling door nul)');

	let se: Estimate;
	if (n < 2) {
		se = undefinedBecause('standaardfout vraagt minstens twee eenheden');
	} else {
		const oneMinusPi = new Float64Array(q);
		for (let k = 0; k < q; k++) oneMinusPi[k] = 1 - pi[k]!;
		const scale = n / n2;
		let ss = 0;
		for (let p = 0; p < size; p++) {
			const ri = totals[p]!;
			const off = p * q;
			let pei = 0;
			for (let k = 0; k < q; k++) pei += r[off + k]! * oneMinusPi[k]!;
			pei = (peFactor * pei) / ri;
			const aci = (scale * (paUnit[p]! - (ri >= 2 ? pe : 0))) / (1 - pe);
			const star = aci - (2 * (1 - ac) * (pei - pe)) / (1 - pe);
			ss += multiplicity[p]! * (star - ac) * (star - ac);
		}
		se = standardErrorOf(ss / (n * (n - 1)), 'standaardfout niet berekenbaar');
	}
	return { coefficient: estimateOf(ac), se, pa: estimateOf(pa), pe: estimateOf(pe) };
}
