import type { CategoryCounts } from './category-counts';
import { estimateOf, undefinedBecause, type Estimate } from './estimate';

/** Krippendorff's difference functions (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"). */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * The coincidence matrix o_ck = Σ_u (n_uc n_uk − [c=k] n_uc)/(m_u − 1) over units with m_u ≥ 2 values (units with 0
 * or 1 value are not pairable and drop out entirely). Flat q × q.
 */
export function computeCoincidences(counts: CategoryCounts): Float64Array {
	const { q } = counts;
	const { size, counts: r, totals, multiplicity } = counts.patterns;
	const o = new Float64Array(q * q);
	for (let p = 0; p < size; p++) {
		const mu = totals[p]!;
		if (mu < 2) continue;
		const inv = multiplicity[p]! / (mu - 1);
		const off = p * q;
		for (let c = 0; c < q; c++) {
			const nc = r[off + c]!;
			if (nc === 0) continue;
			const row = c * q;
			for (let k = 0; k < q; k++) {
				const nk = r[off + k]!;
				if (nk !== 0) o[row + k]! += nc * nk * inv;
			}
			o[row + c]! -= nc * inv;
		}
	}
	return o;
}

/** δ²_ck for the metric; ordinal uses the marginals n_g of the coincidence matrix (so unused categories never count). */
export function squaredDifferences(
	categories: readonly number[],
	metric: AlphaMetric,
	marginals: Float64Array,
	into: Float64Array = new Float64Array(categories.length ** 2),
	cumulativeScratch: Float64Array = new Float64Array(categories.length)
): Float64Array {
	const q = categories.length;
	const d = into;
	let cumulative: Float64Array | undefined;
	if (metric === 'ordinal') {
		// M_g = cumsum(n)_g − n_g/2, so δ²_ck = (M_k − M_c)².
		cumulative = cumulativeScratch;
		let run = 0;
		for (let g = 0; g < q; g++) {
			run += marginals[g]!;
			cumulative[g] = run - marginals[g]! / 2;
		}
	}
	for (let c = 0; c < q; c++) {
		for (let k = 0; k < q; k++) {
			const vc = categories[c]!;
			const vk = categories[k]!;
			let delta: number;
			switch (metric) {
				case 'nominal':
					delta = c === k ? 0 : 1;
					break;
				case 'ordinal': {
					const diff = cumulative![k]! - cumulative![c]!;
					delta = diff * diff;
					break;
				}
				case 'interval':
					delta = (vc - vk) * (vc - vk);
					break;
				case 'ratio': {
					const sum = vc + vk;
					delta = sum === 0 ? 0 : ((vc - vk) / sum) ** 2;
					break;
				}
			}
			d[c * q + k] = delta;
		}
	}
	return d;
}

/** α = 1 − (n−1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck from a coincidence matrix. */
/** Scratch arrays so the bootstrap can compute thousands of alphas without allocating. */
export interface AlphaWorkspace {
	readonly marginals: Float64Array;
	readonly delta: Float64Array;
	readonly cumulative: Float64Array;
}

export function createAlphaWorkspace(q: number): AlphaWorkspace {
	return { marginals: new Float64Array(q), delta: new Float64Array(q * q), cumulative: new Float64Array(q) };
}

export function alphaFromCoincidences(
	o: Float64Array,
	categories: readonly number[],
	metric: AlphaMetric,
	workspace: AlphaWorkspace = createAlphaWorkspace(categories.length)
): Estimate {
	const q = categories.length;
	const marginals = workspace.marginals;
	let total = 0;
	for (let c = 0; c < q; c++) {
		let s = 0;
		for (let k = 0; k < q; k++) s += o[c * q + k]!;
		marginals[c] = s;
		total += s;
	}
	if (total === 0) return undefinedBecause('geen eenheid met twee of meer beoordelingen (niets om te vergelijken)');
	const delta = squaredDifferences(categories, metric, marginals, workspace.delta, workspace.cumulative);
	let observed = 0;
	let expected = 0;
	for (let c = 0; c < q; c++) {
		for (let k = 0; k < q; k++) {
			const d = delta[c * q + k]!;
			if (d === 0) continue;
			observed += o[c * q + k]! * d;
			expected += marginals[c]! * marginals[k]! * d;
		}
	}
	if (expected <= 1e-12 * total * total) {
		return undefinedBecause('er komt maar één waarde voor: de verwachte onenigheid is 0 (0/0)');
	}
	return estimateOf(1 - ((total - 1) * observed) / expected);
}

/** Krippendorff's alpha with missing data (Krippendorff 2011). No SE: use the bootstrap (bootstrap.ts). */
export function computeKrippendorffAlpha(counts: CategoryCounts, categories: readonly number[], metric: AlphaMetric): Estimate {
	if (metric === 'ratio' && categories.some((c) => c < 0)) {
		return undefinedBecause('de ratio-metriek vraagt niet-negatieve categorieën');
	}
	return alphaFromCoincidences(computeCoincidences(counts), categories, metric);
}
