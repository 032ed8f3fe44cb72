import { BOOTSTRAP_DEFAULTS, quantileSorted } from '../agreement/bootstrap';
import { distinctResampleCount, forEachResample, isExactBootstrap, weightedQuantiles } from '../agreement/exact-resamples';
import { createPrng } from '../agreement/prng';
import type { MeanInterval } from './mean-interval';

/** A mean whose 95% interval comes from resampling clusters (candidates), not single values. */
export interface ClusteredMean extends MeanInterval {
	/** Clusters the values came from (the candidates); the interval is undefined below two. */
	readonly clusters: number;
	/** Resamples drawn, or when `exact` the number of different resamples, each taken with its probability. */
	readonly resamples: number;
	readonly exact: boolean;
}

export interface ClusterBootstrapOptions {
	readonly resamples?: number;
	readonly seed?: number;
	readonly level?: number;
}

/**
 * Mean of `values` with a percentile cluster-bootstrap interval: each resample draws as many clusters as there are,
 * with replacement, and takes all values of each drawn cluster; the mean of a resample is Σ sums / Σ counts of the
 * drawn clusters. Values of one candidate share the candidate (the same person, the same day), so they are not
 * independent: a t-interval over values would claim the precision of many people when there are a few.
 * `clusterOf[i]` is any id of the cluster of `values[i]`. Null for no values.
 */
export function clusteredMeanInterval(values: readonly number[], clusterOf: readonly (number | string)[], options: ClusterBootstrapOptions = {}): ClusteredMean | null {
	const n = values.length;
	if (n === 0) return null;
	if (clusterOf.length !== n) throw new Error('clusteredMeanInterval: one cluster per value');
	const resamples = options.resamples ?? BOOTSTRAP_DEFAULTS.resamples;
	const level = options.level ?? BOOTSTRAP_DEFAULTS.level;
	const index = new Map<number | string, number>();
	const sums: number[] = [];
	const counts: number[] = [];
	let total = 0;
	for (let i = 0; i < n; i++) {
		let c = index.get(clusterOf[i]!);
		if (c === undefined) {
			c = index.size;
			index.set(clusterOf[i]!, c);
			sums.push(0);
			counts.push(0);
		}
		sums[c]! += values[i]!;
		counts[c]!++;
		total += values[i]!;
	}
	const mean = total / n;
	let ss = 0;
	for (const v of values) ss += (v - mean) ** 2;
	const sd = n < 2 ? 0 : Math.sqrt(ss / (n - 1));
	const clusters = index.size;
	if (clusters < 2) return { n, mean, sd, lower: null, upper: null, clusters, resamples: 0, exact: false };
	const clusterSums = Float64Array.from(sums);
	const clusterCounts = Float64Array.from(counts);
	const tail = (1 - level) / 2;
	if (isExactBootstrap(clusters, resamples)) {
		const count = distinctResampleCount(clusters);
		const means = new Float64Array(count);
		const weights = new Float64Array(count);
		let r = 0;
		forEachResample(clusters, (drawn, probability) => {
			let s = 0;
			let m = 0;
			for (let c = 0; c < clusters; c++) {
				s += drawn[c]! * clusterSums[c]!;
				m += drawn[c]! * clusterCounts[c]!;
			}
			means[r] = s / m;
			weights[r++] = probability;
		});
		const [lower, upper] = weightedQuantiles(means, weights, [tail, 1 - tail]);
		return { n, mean, sd, lower: lower!, upper: upper!, clusters, resamples: count, exact: true };
	}
	const random = createPrng(options.seed ?? BOOTSTRAP_DEFAULTS.seed);
	const means = new Float64Array(resamples);
	for (let b = 0; b < resamples; b++) {
		let s = 0;
		let m = 0;
		for (let d = 0; d < clusters; d++) {
			const c = Math.floor(random() * clusters);
			s += clusterSums[c]!;
			m += clusterCounts[c]!;
		}
		means[b] = s / m;
	}
	means.sort();
	return { n, mean, sd, lower: quantileSorted(means, tail), upper: quantileSorted(means, 1 - tail), clusters, resamples, exact: false };
}
