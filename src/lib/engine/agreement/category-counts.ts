import type { RatingsMatrix } from './ratings-matrix';

/**
 * r_ik: how many ratings unit i got in category k, for the units with at least one rating (spec: "Units i = 1..n
 * (those with at least 1 rating)"). Computed once and shared by percent agreement, Fleiss, Gwet and Krippendorff.
 */
export interface CategoryCounts {
	/** Number of declared categories q. */
	readonly q: number;
	/** n: units with at least one rating. */
	readonly unitCount: number;
	/** counts[i * q + k] = r_ik. */
	readonly counts: Int32Array;
	/** totals[i] = r_i. */
	readonly totals: Int32Array;
	readonly raterCount: number;
	/** Every counted unit was rated by every rater. */
	readonly complete: boolean;
	/** Rows without any rating; they are left out of every statistic. */
	readonly emptyUnits: number;
}

export function countCategories(matrix: RatingsMatrix): CategoryCounts {
	const q = matrix.categories.length;
	const m = matrix.raterCount;
	const codes = matrix.codes;
	let n = 0;
	for (let u = 0; u < matrix.unitCount; u++) {
		const base = u * m;
		for (let r = 0; r < m; r++) {
			if (codes[base + r]! >= 0) {
				n++;
				break;
			}
		}
	}
	const counts = new Int32Array(n * q);
	const totals = new Int32Array(n);
	let complete = true;
	let i = 0;
	for (let u = 0; u < matrix.unitCount; u++) {
		const base = u * m;
		let total = 0;
		const row = i * q;
		for (let r = 0; r < m; r++) {
			const k = codes[base + r]!;
			if (k >= 0) {
				counts[row + k]!++;
				total++;
			}
		}
		if (total === 0) continue;
		if (total !== m) complete = false;
		totals[i] = total;
		i++;
	}
	return { q, unitCount: n, counts, totals, raterCount: m, complete, emptyUnits: matrix.unitCount - n };
}

/** Counts built directly from per-unit category tallies (for callers that already aggregated). */
export function categoryCountsFromTallies(tallies: readonly (readonly number[])[], raterCount: number): CategoryCounts {
	const q = tallies[0]?.length ?? 0;
	const kept = tallies.filter((row) => row.reduce((s, x) => s + x, 0) > 0);
	const counts = new Int32Array(kept.length * q);
	const totals = new Int32Array(kept.length);
	let complete = true;
	kept.forEach((row, i) => {
		let total = 0;
		row.forEach((x, k) => {
			counts[i * q + k] = x;
			total += x;
		});
		totals[i] = total;
		if (total !== raterCount) complete = false;
	});
	return { q, unitCount: kept.length, counts, totals, raterCount, complete, emptyUnits: tallies.length - kept.length };
}
