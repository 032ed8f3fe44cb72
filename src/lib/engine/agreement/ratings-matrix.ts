import { undefinedBecause, type Undefined } from './estimate';

/** More categories than this is not a rating scale; it also keeps category codes in an Int8Array. */
export const MAX_CATEGORIES = 100;

/**
 * Ratings of `unitCount` units by `raterCount` raters on declared numeric categories.
 * `codes[unit * raterCount + rater]` is the index into `categories` (sorted ascending), or -1 for a missing rating.
 * One flat typed array: memory is linear in the number of units and no statistic needs a units × units matrix.
 */
export interface RatingsMatrix {
	readonly unitCount: number;
	readonly raterCount: number;
	readonly categories: readonly number[];
	readonly codes: Int8Array;
	readonly raterNames: readonly string[];
}

export const MISSING = -1;

/** Checks declared categories: finite, distinct, at least two; returns them sorted ascending. */
export function normaliseCategories(categories: readonly number[]): readonly number[] | Undefined {
	if (categories.length < 2) return undefinedBecause('declareer minstens twee categorieën');
	if (categories.length > MAX_CATEGORIES) return undefinedBecause(`hoogstens ${MAX_CATEGORIES} categorieën`);
	if (categories.some((c) => !Number.isFinite(c))) return undefinedBecause('categorieën moeten getallen zijn');
	const sorted = [...categories].sort((a, b) => a - b);
	for (let k = 1; k < sorted.length; k++) {
		if (sorted[k] === sorted[k - 1]) return undefinedBecause(`categorie ${sorted[k]} staat er twee keer in`);
	}
	return sorted;
}

/** Index of `value` among sorted `categories`, or -1. Binary search: the scale is short but the data is not. */
export function categoryIndex(categories: readonly number[], value: number): number {
	let lo = 0;
	let hi = categories.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const c = categories[mid]!;
		if (c === value) return mid;
		if (c < value) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

export type RatingsMatrixResult = { ok: true; matrix: RatingsMatrix } | Undefined;

/**
 * Builds a matrix from rows of values (one row per unit, one entry per rater; null = missing).
 * Refuses a value that is not a declared category, ragged rows and fewer than 2 raters.
 */
export function createRatingsMatrix(
	rows: readonly (readonly (number | null)[])[],
	options: { categories: readonly number[]; raterNames?: readonly string[] }
): RatingsMatrixResult {
	const categories = normaliseCategories(options.categories);
	if (!Array.isArray(categories)) return categories as Undefined;
	const raterCount = options.raterNames?.length ?? rows[0]?.length ?? 0;
	if (raterCount < 2) return undefinedBecause('er zijn minstens twee beoordelaars nodig');
	const codes = new Int8Array(rows.length * raterCount);
	for (let u = 0; u < rows.length; u++) {
		const row = rows[u]!;
		if (row.length !== raterCount) {
			return undefinedBecause(`eenheid ${u + 1} heeft ${row.length} waarden in plaats van ${raterCount}`);
		}
		for (let r = 0; r < raterCount; r++) {
			const value = row[r];
			if (value === null || value === undefined) {
				codes[u * raterCount + r] = MISSING;
				continue;
			}
			const k = categoryIndex(categories, value);
			if (k < 0) return undefinedBecause(`waarde ${value} (eenheid ${u + 1}) is geen gedeclareerde categorie`);
			codes[u * raterCount + r] = k;
		}
	}
	const raterNames = options.raterNames ?? Array.from({ length: raterCount }, (_, r) => `beoordelaar ${r + 1}`);
	return { ok: true, matrix: { unitCount: rows.length, raterCount, categories, codes, raterNames } };
}

/** The numeric value of every cell (NaN = missing), for statistics on the values themselves (ICC). */
export function ratingValue(matrix: RatingsMatrix, unit: number, rater: number): number {
	const k = matrix.codes[unit * matrix.raterCount + rater]!;
	return k < 0 ? Number.NaN : matrix.categories[k]!;
}

/** The units every rater rated (listwise deletion), as a new matrix with the same raters and categories. */
export function completeUnits(matrix: RatingsMatrix): RatingsMatrix {
	const m = matrix.raterCount;
	const keep: number[] = [];
	for (let u = 0, base = 0; u < matrix.unitCount; u++, base += m) {
		let complete = true;
		for (let j = 0; j < m && complete; j++) if (matrix.codes[base + j]! < 0) complete = false;
		if (complete) keep.push(u);
	}
	const codes = new Int8Array(keep.length * m);
	keep.forEach((u, i) => codes.set(matrix.codes.subarray(u * m, u * m + m), i * m));
	return { unitCount: keep.length, raterCount: m, categories: matrix.categories, codes, raterNames: matrix.raterNames };
}
