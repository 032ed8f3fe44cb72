import type { RatingsMatrix } from './ratings-matrix';

/**
 * r_ik: how many ratings unit i got in category k, for the units with at least one rating (spec: "Units i = 1..n
 * (those with at least 1 rating)"). Computed once and shared by percent agreement, Fleiss, Gwet and Krippendorff.
 *
 * Every count-based statistic is a sum over units of a function of the unit's count vector, so the counts are also
 * grouped into distinct vectors ("patterns") with their multiplicities: with 5 raters and 4 levels there are at most
 * 126 patterns however many units there are, and each statistic sums over those instead of over 100,000 units.
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
	readonly patterns: CountPatterns;
}

export interface CountPatterns {
	readonly size: number;
	/** counts[p * q + k] for pattern p. */
	readonly counts: Int32Array;
	readonly totals: Int32Array;
	/** How many units have pattern p. */
	readonly multiplicity: Float64Array;
	/** unitPattern[i] = the pattern of unit i (the bootstrap resamples units and looks up their pattern). */
	readonly unitPattern: Int32Array;
}

/** Largest key space for which patterns are found through a flat lookup table rather than a Map. */
const MAX_DIRECT_KEYS = 1 << 20;

export function countCategories(matrix: RatingsMatrix): CategoryCounts {
	const q = matrix.categories.length;
	const m = matrix.raterCount;
	if ((m + 1) ** q > MAX_DIRECT_KEYS) return countCategoriesGeneral(matrix);
	// One pass: each unit's pattern key Σ_k r_k (m+1)^k is the sum of (m+1)^k over its ratings, so the key, the total
	// and the pattern lookup need no per-unit count vector; counts are written once per new pattern and then copied.
	const codes = matrix.codes;
	const power = new Int32Array(q);
	for (let k = 0, p = 1; k < q; k++, p *= m + 1) power[k] = p;
	const table = new Int32Array((m + 1) ** q).fill(-1);
	const unitPattern = new Int32Array(matrix.unitCount);
	const patternCounts: number[] = [];
	const patternTotals: number[] = [];
	const multiplicity: number[] = [];
	let complete = true;
	let n = 0;
	for (let u = 0, base = 0; u < matrix.unitCount; u++, base += m) {
		let key = 0;
		let total = 0;
		for (let r = 0; r < m; r++) {
			const k = codes[base + r]!;
			if (k >= 0) {
				key += power[k]!;
				total++;
			}
		}
		if (total === 0) continue;
		if (total !== m) complete = false;
		let p = table[key]!;
		if (p < 0) {
			p = multiplicity.length;
			table[key] = p;
			multiplicity.push(0);
			patternTotals.push(total);
			for (let k = 0, rest = key; k < q; k++, rest = Math.floor(rest / (m + 1))) patternCounts.push(rest % (m + 1));
		}
		multiplicity[p]!++;
		unitPattern[n++] = p;
	}
	const pCounts = Int32Array.from(patternCounts);
	const pTotals = Int32Array.from(patternTotals);
	const counts = new Int32Array(n * q);
	const totals = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const p = unitPattern[i]!;
		totals[i] = pTotals[p]!;
		for (let k = 0; k < q; k++) counts[i * q + k] = pCounts[p * q + k]!;
	}
	return {
		q,
		unitCount: n,
		counts,
		totals,
		raterCount: m,
		complete,
		emptyUnits: matrix.unitCount - n,
		patterns: { size: multiplicity.length, counts: pCounts, totals: pTotals, multiplicity: Float64Array.from(multiplicity), unitPattern: unitPattern.slice(0, n) }
	};
}

/** Many raters × many categories: count per unit, then group the count vectors through a Map. */
function countCategoriesGeneral(matrix: RatingsMatrix): CategoryCounts {
	const q = matrix.categories.length;
	const m = matrix.raterCount;
	const codes = matrix.codes;
	const counts = new Int32Array(matrix.unitCount * q);
	const totals = new Int32Array(matrix.unitCount);
	let complete = true;
	let n = 0;
	for (let u = 0, base = 0; u < matrix.unitCount; u++, base += m) {
		const row = n * q;
		let total = 0;
		for (let r = 0; r < m; r++) {
			const k = codes[base + r]!;
			if (k >= 0) {
				counts[row + k]!++;
				total++;
			}
		}
		if (total === 0) continue; // the row holds only zeros and is reused by the next unit
		if (total !== m) complete = false;
		totals[n] = total;
		n++;
	}
	const c = counts.subarray(0, n * q);
	const t = totals.subarray(0, n);
	return { q, unitCount: n, counts: c, totals: t, raterCount: m, complete, emptyUnits: matrix.unitCount - n, patterns: groupPatterns(c, t, n, q, m) };
}

/** Counts built directly from per-unit category tallies (for callers that already aggregated). */
export function categoryCountsFromTallies(tallies: readonly (readonly number[])[], raterCount: number): CategoryCounts {
	const q = tallies[0]?.length ?? 0;
	const kept = tallies.filter((row) => row.reduce((s, x) => s + x, 0) > 0);
	const counts = new Int32Array(kept.length * q);
	const totals = new Int32Array(kept.length);
	let complete = true;
	let maxTotal = 0;
	kept.forEach((row, i) => {
		let total = 0;
		row.forEach((x, k) => {
			counts[i * q + k] = x;
			total += x;
		});
		totals[i] = total;
		if (total > maxTotal) maxTotal = total;
		if (total !== raterCount) complete = false;
	});
	return {
		q,
		unitCount: kept.length,
		counts,
		totals,
		raterCount,
		complete,
		emptyUnits: tallies.length - kept.length,
		patterns: groupPatterns(counts, totals, kept.length, q, Math.max(raterCount, maxTotal))
	};
}

/**
 * Groups identical count vectors. The key of a vector is Σ_k r_k · (maxTotal+1)^k; a flat table when that key space
 * is small (the usual case: 6^4 = 1,296 keys for 5 raters and 4 levels), a Map otherwise.
 */
export function groupPatterns(counts: Int32Array, totals: Int32Array, n: number, q: number, maxTotal: number): CountPatterns {
	const base = maxTotal + 1;
	const keySpace = base ** q;
	const unitPattern = new Int32Array(n);
	const firstUnit: number[] = [];
	const mult: number[] = [];
	if (keySpace <= MAX_DIRECT_KEYS) {
		const table = new Int32Array(keySpace).fill(-1);
		for (let i = 0; i < n; i++) {
			let key = 0;
			for (let k = q - 1, off = i * q; k >= 0; k--) key = key * base + counts[off + k]!;
			let p = table[key]!;
			if (p < 0) {
				p = firstUnit.length;
				table[key] = p;
				firstUnit.push(i);
				mult.push(0);
			}
			mult[p]!++;
			unitPattern[i] = p;
		}
	} else {
		const map = new Map<string, number>();
		for (let i = 0; i < n; i++) {
			const key = counts.subarray(i * q, i * q + q).join(',');
			let p = map.get(key);
			if (p === undefined) {
				p = firstUnit.length;
				map.set(key, p);
				firstUnit.push(i);
				mult.push(0);
			}
			mult[p]!++;
			unitPattern[i] = p;
		}
	}
	const size = firstUnit.length;
	const pCounts = new Int32Array(size * q);
	const pTotals = new Int32Array(size);
	for (let p = 0; p < size; p++) {
		const i = firstUnit[p]!;
		pCounts.set(counts.subarray(i * q, i * q + q), p * q);
		pTotals[p] = totals[i]!;
	}
	return { size, counts: pCounts, totals: pTotals, multiplicity: Float64Array.from(mult), unitPattern };
}
