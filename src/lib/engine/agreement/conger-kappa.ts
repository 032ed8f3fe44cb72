import { estimateOf, standardErrorOf, undefinedBecause, type Estimate } from './estimate';
import type { RatingsMatrix } from './ratings-matrix';

export interface CongerResult {
	readonly kappa: Estimate;
	/** irrCAC's linearisation SE, conditional on raters, infinite population (f = 0). */
	readonly se: Estimate;
	readonly pa: Estimate;
	readonly pe: Estimate;
	/** Raters with at least one rating: the r of the formulas. */
	readonly raters: number;
}

/**
 * Conger's (1980) kappa for several raters with missing ratings, as Gwet (2014, Handbook 4th ed., ch. 5) and irrCAC
 * `conger.kappa.raw` compute it. Unlike Fleiss' kappa, chance agreement uses each rater's own distribution over the
 * categories, so two raters with different habits are not mistaken for chance agreement; with 2 raters on complete
 * data it is Cohen's kappa.
 * - p_a: Gwet's (weighted) percent agreement over units with r_i ≥ 2 (as AC1 and generalised Fleiss).
 * - p_gk = share of rater g's ratings in category k (over the n_g units g rated); p̄_k = mean over raters;
 *   s²_kl = (Σ_g p_gk p_gl − r p̄_k p̄_l)/(r − 1); p_e = Σ_kl w_kl (p̄_k p̄_l − s²_kl / r).
 * - SE: per unit, p_e,i = Σ_g λ_ig / (r(r−1)), with
 *   λ_ig = Σ_k (n/n_g) Σ_l w_kl [δ_ig,l − (ε_ig − n_g/n) p_gl] · (r p̄_k − p_gk)
 *   (δ_ig,l = rater g put unit i in l, ε_ig = rater g rated unit i); then κ*_i = κ_i − 2(1−κ)(p_e,i − p_e)/(1 − p_e),
 *   κ_i = (n/n₂)(p_a,i − p_e[r_i≥2])/(1 − p_e) and var = Σ(κ*_i − κ)²/(n(n−1)).
 * Units without any rating are not units (spec); a rater without any rating is left out (irrCAC would divide by 0).
 * The λ sum is regrouped so one pass over the cells suffices: a rated cell in category c gives
 * (n/n_g)(B_gc − (1 − n_g/n) C_g), a missing cell gives C_g, with B_gc = Σ_k w_kc a_gk, C_g = Σ_k (W p_g)_k a_gk and
 * a_gk = r p̄_k − p_gk.
 */
export function computeCongerKappa(matrix: RatingsMatrix, weights: Float64Array): CongerResult {
	const q = matrix.categories.length;
	const m = matrix.raterCount;
	const codes = matrix.codes;
	const perRater = new Float64Array(m * q);
	const rated = new Float64Array(m);
	let n = 0;
	for (let u = 0, base = 0; u < matrix.unitCount; u++, base += m) {
		let any = false;
		for (let g = 0; g < m; g++) {
			const k = codes[base + g]!;
			if (k < 0) continue;
			any = true;
			perRater[g * q + k]!++;
			rated[g]!++;
		}
		if (any) n++;
	}
	const raters: number[] = [];
	for (let g = 0; g < m; g++) if (rated[g]! > 0) raters.push(g);
	const r = raters.length;
	const none = (reason: string): CongerResult => {
		const u = undefinedBecause(reason);
		return { kappa: u, se: u, pa: u, pe: u, raters: r };
	};
	if (n === 0) return none('geen beoordeelde eenheden');
	if (r < 2) return none('vraagt minstens twee beoordelaars met beoordelingen');

	// p_gk for the raters who rated, p̄_k and p_e.
	const p = new Float64Array(r * q);
	const pMean = new Float64Array(q);
	for (let j = 0; j < r; j++) {
		const g = raters[j]!;
		for (let k = 0; k < q; k++) {
			const share = perRater[g * q + k]! / rated[g]!;
			p[j * q + k] = share;
			pMean[k]! += share / r;
		}
	}
	let pe = 0;
	for (let k = 0; k < q; k++) {
		for (let l = 0; l < q; l++) {
			let cross = 0;
			for (let j = 0; j < r; j++) cross += p[j * q + k]! * p[j * q + l]!;
			const s2 = (cross - r * pMean[k]! * pMean[l]!) / (r - 1);
			pe += weights[k * q + l]! * (pMean[k]! * pMean[l]! - s2 / r);
		}
	}
	if (Math.abs(1 - pe) < 1e-12) return none('alle beoordelingen vallen in één categorie: kans-overeenstemming is 1 (0/0)');

	// B_gc and C_g of the regrouped λ (see above).
	const b = new Float64Array(r * q);
	const c = new Float64Array(r);
	for (let j = 0; j < r; j++) {
		for (let k = 0; k < q; k++) {
			const a = r * pMean[k]! - p[j * q + k]!;
			let wp = 0;
			for (let l = 0; l < q; l++) {
				wp += weights[k * q + l]! * p[j * q + l]!;
				b[j * q + l]! += weights[k * q + l]! * a;
			}
			c[j]! += wp * a;
		}
	}

	// Per unit: p_a,i and p_e,i (units without ratings are skipped, as everywhere in this folder).
	const paUnit = new Float64Array(n);
	const peUnit = new Float64Array(n);
	const hasPair = new Uint8Array(n);
	const tally = new Float64Array(q);
	let paSum = 0;
	let n2 = 0;
	for (let u = 0, i = 0, base = 0; u < matrix.unitCount; u++, base += m) {
		tally.fill(0);
		let ri = 0;
		let lambda = 0;
		for (let j = 0; j < r; j++) {
			const g = raters[j]!;
			const k = codes[base + g]!;
			if (k < 0) {
				lambda += c[j]!;
				continue;
			}
			tally[k]!++;
			ri++;
			const ng = rated[g]!;
			lambda += (n / ng) * (b[j * q + k]! - (1 - ng / n) * c[j]!);
		}
		if (ri === 0) continue;
		peUnit[i] = lambda / (r * (r - 1));
		if (ri >= 2) {
			let agree = 0;
			for (let k = 0; k < q; k++) {
				if (tally[k] === 0) continue;
				let weighted = 0;
				for (let l = 0; l < q; l++) weighted += weights[k * q + l]! * tally[l]!;
				agree += tally[k]! * (weighted - 1);
			}
			paUnit[i] = agree / (ri * (ri - 1));
			hasPair[i] = 1;
			paSum += paUnit[i]!;
			n2++;
		}
		i++;
	}
	if (n2 === 0) return none('geen enkele eenheid heeft twee of meer beoordelingen');
	const pa = paSum / n2;
	const kappa = (pa - pe) / (1 - pe);
	if (!Number.isFinite(kappa)) return none('niet berekenbaar (deling door nul)');

	let se: Estimate;
	if (n < 2) se = undefinedBecause('standaardfout vraagt minstens twee eenheden');
	else {
		let ss = 0;
		for (let i = 0; i < n; i++) {
			const ki = ((n / n2) * (paUnit[i]! - (hasPair[i] ? pe : 0))) / (1 - pe);
			const star = ki - (2 * (1 - kappa) * (peUnit[i]! - pe)) / (1 - pe);
			ss += (star - kappa) * (star - kappa);
		}
		se = standardErrorOf(ss / (n * (n - 1)), 'standaardfout niet berekenbaar');
	}
	return { kappa: estimateOf(kappa), se, pa: estimateOf(pa), pe: estimateOf(pe), raters: r };
}
