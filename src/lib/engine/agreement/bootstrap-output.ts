import { bootstrapAgreement, BOOTSTRAP_DEFAULTS, type BootstrapInterval } from './bootstrap';
import { countCategories } from './category-counts';
import type { AgreementOutput } from './compute-all';
import { valueOrNull } from './estimate';
import type { RatingsMatrix } from './ratings-matrix';
import type { UnitClusters } from './ratings-csv';
import { agreementWeights } from './weights';

/** The statistics the dashboard shows with an interval, and so the ones the CLI bootstraps. */
export const BOOTSTRAPPED = { alpha: 'krippendorff_alpha_ordinal', ac2: 'gwet_ac2_quadratic' } as const;

/**
 * Adds `<statistic>_ci95_lower/_upper` for ordinal alpha and quadratic AC2 to the CLI output: the same percentile
 * bootstrap and seed as the dashboard, resampling the clusters of `clusters` (candidates) with all their units, or
 * units when there are none. `bootstrap` says what was resampled, how often and with which seed.
 */
export function addBootstrapIntervals(
	out: AgreementOutput,
	matrix: RatingsMatrix,
	options: { resamples: number; seed?: number; clusters: UnitClusters | null }
): void {
	const counts = countCategories(matrix);
	const seed = options.seed ?? BOOTSTRAP_DEFAULTS.seed;
	const clusterOf = options.clusters ? clustersOfCountedUnits(matrix, options.clusters.ofUnit) : undefined;
	const result = bootstrapAgreement(counts, matrix.categories, {
		alphaMetric: 'ordinal',
		ac2Weights: agreementWeights(matrix.categories, 'quadratic'),
		resamples: options.resamples,
		seed,
		...(clusterOf ? { clusterOf } : {})
	});
	const put = (key: string, interval: BootstrapInterval) => {
		for (const [suffix, limit] of [['lower', interval.lower], ['upper', interval.upper]] as const) {
			out[`${key}_ci95_${suffix}`] = valueOrNull(limit);
			if (!limit.ok) out.notes[`${key}_ci95_${suffix}`] = limit.reason;
		}
	};
	put(BOOTSTRAPPED.alpha, result.alpha);
	put(BOOTSTRAPPED.ac2, result.ac2);
	// With few clusters every possible resample is taken once with its probability (exact-resamples.ts): then the
	// seed plays no part and `resamples` says how many different resamples there are.
	out.bootstrap = {
		resamples: result.alpha.exact ? result.alpha.resamples : options.resamples,
		seed,
		method: result.alpha.exact ? 'percentiel, exact: elke mogelijke trekking één keer, met haar kans' : 'percentiel',
		resampled: result.resampled.kind === 'clusters' ? `clusters uit kolom ${options.clusters!.column}` : 'eenheden',
		count: result.resampled.count
	};
}

/** Cluster of each unit that has a rating, in the order countCategories counts them (rows without ratings are left out). */
export function clustersOfCountedUnits(matrix: RatingsMatrix, ofUnit: Int32Array): Int32Array {
	const m = matrix.raterCount;
	const kept: number[] = [];
	for (let u = 0; u < matrix.unitCount; u++) {
		let rated = false;
		for (let r = 0; r < m && !rated; r++) rated = matrix.codes[u * m + r]! >= 0;
		if (rated) kept.push(ofUnit[u]!);
	}
	// Renumber so that clusters whose units all lack ratings leave no gap.
	const renumber = new Map<number, number>();
	return Int32Array.from(kept, (c) => {
		if (!renumber.has(c)) renumber.set(c, renumber.size);
		return renumber.get(c)!;
	});
}
