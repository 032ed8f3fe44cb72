import type { CategoryCounts } from './category-counts';
import { estimateOf, standardErrorOf, undefinedBecause, type Estimate } from './estimate';
import { computePercentAgreement } from './percent-agreement';
import { agreementWeights } from './weights';

export interface FleissResult {
	readonly kappa: Estimate;
	/** SE under H0: κ = 0 (Fleiss, Nee & Landis 1979); for testing only, not for confidence intervals. */
	readonly se0: Estimate;
}

const COMPLETE_ONLY = 'alleen voor volledige gegevens (elke eenheid door evenveel beoordelaars beoordeeld)';

/**
 * Fleiss (1971) kappa for complete data with m ratings per unit: κ = (P̄ − P_e)/(1 − P_e), P_e = Σ p_k²,
 * p_k = Σ_i r_ik/(n·m). Matches statsmodels fleiss_kappa(method='fleiss'), irr kappam.fleiss and irrCAC.
 * se0² = 2/(n·m(m−1)) · [(Σ p_k q_k)² − Σ p_k q_k (q_k − p_k)] / (Σ p_k q_k)².
 */
export function computeFleissKappa(counts: CategoryCounts): FleissResult {
	const { q, unitCount: n } = counts;
	const { size, counts: r, totals, multiplicity } = counts.patterns;
	if (n === 0) {
		const none = undefinedBecause('geen beoordeelde eenheden');
		return { kappa: none, se0: none };
	}
	const m = totals[0]!;
	for (let p = 1; p < size; p++) {
		if (totals[p] !== m) {
			const reason = undefinedBecause(COMPLETE_ONLY);
			return { kappa: reason, se0: reason };
		}
	}
	if (m < 2) {
		const none = undefinedBecause('elke eenheid heeft maar één beoordeling');
		return { kappa: none, se0: none };
	}
	const p = new Float64Array(q);
	let agreeSum = 0;
	for (let j = 0; j < size; j++) {
		const o = j * q;
		const mult = multiplicity[j]!;
		for (let k = 0; k < q; k++) {
			const x = r[o + k]!;
			p[k]! += mult * x;
			agreeSum += mult * x * (x - 1);
		}
	}
	const pBar = agreeSum / (n * m * (m - 1));
	let pe = 0;
	let sumPQ = 0;
	let sumPQQP = 0;
	for (let k = 0; k < q; k++) {
		const pk = p[k]! / (n * m);
		const qk = 1 - pk;
		pe += pk * pk;
		sumPQ += pk * qk;
		sumPQQP += pk * qk * (qk - pk);
	}
	if (Math.abs(1 - pe) < 1e-12) {
		const reason = undefinedBecause('alle beoordelingen vallen in één categorie: kans-overeenstemming is 1 (0/0)');
		return { kappa: reason, se0: reason };
	}
	const var0 = ((2 / (n * m * (m - 1))) * (sumPQ * sumPQ - sumPQQP)) / (sumPQ * sumPQ);
	return { kappa: estimateOf((pBar - pe) / (1 - pe)), se0: standardErrorOf(var0, 'standaardfout onder H0 niet berekenbaar') };
}

export interface GeneralizedFleissResult {
	readonly kappa: Estimate;
	/** irrCAC's linearisation SE (not under H0), conditional on raters, infinite population (f = 0). */
	readonly se: Estimate;
}

/**
 * Fleiss' kappa generalised to missing ratings (Gwet 2014; irrCAC `fleiss.kappa.raw`): p_a is the percent agreement
 * over units with r_i ≥ 2; p_e = Σ π_k² with π_k = (1/n) Σ_i r_ik/r_i over all units with r_i ≥ 1.
 */
export function computeGeneralizedFleissKappa(counts: CategoryCounts, categories: readonly number[]): Estimate {
	return computeGeneralizedFleiss(counts, categories).kappa;
}

/**
 * Generalised Fleiss' kappa with irrCAC's SE (Gwet 2014, ch. 5; `fleiss.kappa.raw`), unweighted:
 * κ_i = (n/n₂)(p_a,i − p_e[r_i≥2])/(1 − p_e), p_e,i = Σ_k r_ik π_k / r_i, κ*_i = κ_i − 2(1−κ)(p_e,i − p_e)/(1 − p_e),
 * var = Σ(κ*_i − κ)²/(n(n−1)). Unlike `se0` of Fleiss, Nee & Landis it does not assume κ = 0, so it may be used for
 * an interval; on complete data the coefficient is Fleiss' kappa and this is the SE irrCAC prints for it.
 */
export function computeGeneralizedFleiss(counts: CategoryCounts, categories: readonly number[]): GeneralizedFleissResult {
	const pa = computePercentAgreement(counts, agreementWeights(categories, 'identity'));
	if (!pa.ok) return { kappa: pa, se: pa };
	const { q, unitCount: n } = counts;
	const pi = classificationProbabilities(counts);
	let pe = 0;
	for (let k = 0; k < q; k++) pe += pi[k]! * pi[k]!;
	if (Math.abs(1 - pe) < 1e-12) {
		const reason = undefinedBecause('alle beoordelingen vallen in één categorie: kans-overeenstemming is 1 (0/0)');
		return { kappa: reason, se: reason };
	}
	const kappa = (pa.value - pe) / (1 - pe);
	if (n < 2) return { kappa: estimateOf(kappa), se: undefinedBecause('standaardfout vraagt minstens twee eenheden') };
	const { size, counts: r, totals, multiplicity } = counts.patterns;
	let n2 = 0;
	for (let p = 0; p < size; p++) if (totals[p]! >= 2) n2 += multiplicity[p]!;
	let ss = 0;
	for (let p = 0; p < size; p++) {
		const ri = totals[p]!;
		const o = p * q;
		let agree = 0;
		let pei = 0;
		for (let k = 0; k < q; k++) {
			const x = r[o + k]!;
			agree += x * (x - 1);
			pei += x * pi[k]!;
		}
		pei /= ri;
		const pai = ri >= 2 ? agree / (ri * (ri - 1)) : 0;
		const ki = ((n / n2) * (pai - (ri >= 2 ? pe : 0))) / (1 - pe);
		const star = ki - (2 * (1 - kappa) * (pei - pe)) / (1 - pe);
		ss += multiplicity[p]! * (star - kappa) * (star - kappa);
	}
	return { kappa: estimateOf(kappa), se: standardErrorOf(ss / (n * (n - 1)), 'standaardfout niet berekenbaar') };
}

/** π_k = (1/n) Σ_i r_ik / r_i over all units with at least one rating (Gwet 2014). */
export function classificationProbabilities(counts: CategoryCounts): Float64Array {
	const { q, unitCount: n } = counts;
	const { size, counts: r, totals, multiplicity } = counts.patterns;
	const pi = new Float64Array(q);
	for (let p = 0; p < size; p++) {
		const scale = multiplicity[p]! / totals[p]!;
		const o = p * q;
		for (let k = 0; k < q; k++) pi[k]! += r[o + k]! * scale;
	}
	for (let k = 0; k < q; k++) pi[k]! /= n;
	return pi;
}
