import { estimateOf, standardErrorOf, undefinedBecause, type Estimate } from './estimate';
import type { RatingsMatrix } from './ratings-matrix';

/** Cohen's kappa with its large-sample SE (Fleiss, Cohen & Everitt 1969) and its SE under H0: κ = 0. */
export interface KappaResult {
	readonly kappa: Estimate;
	readonly se: Estimate;
	readonly se0: Estimate;
	/** Units rated by both raters (listwise). */
	readonly units: number;
	readonly observedAgreement: Estimate;
}

/**
 * The q × q table of counts for raters a and b over the units both rated (listwise deletion), built over the
 * declared categories. Int32Array, row = rater a's category.
 */
export function buildPairTable(matrix: RatingsMatrix, a: number, b: number): Int32Array {
	const q = matrix.categories.length;
	const m = matrix.raterCount;
	const codes = matrix.codes;
	const table = new Int32Array(q * q);
	for (let u = 0, base = 0; u < matrix.unitCount; u++, base += m) {
		const ka = codes[base + a]!;
		const kb = codes[base + b]!;
		if (ka >= 0 && kb >= 0) table[ka * q + kb]!++;
	}
	return table;
}

/** Largest number of distinct rating vectors for which Light's tables are built from a histogram of vectors. */
const MAX_VECTOR_KEYS = 1 << 20;
const MIN_VECTOR_TABLE = 4_096;

/**
 * Every pair's table (Light's kappa needs all pairs), returned in the order (0,1), (0,2), …, (1,2), ….
 * With few raters and levels, units are first tallied by their whole rating vector (5 raters × 4 levels + missing:
 * at most 5^5 = 3,125 vectors), and the pair tables are filled once per distinct vector with its multiplicity.
 */
export function buildAllPairTables(matrix: RatingsMatrix): { a: number; b: number; table: Int32Array }[] {
	const q = matrix.categories.length;
	const m = matrix.raterCount;
	const codes = matrix.codes;
	const pairs: { a: number; b: number; table: Int32Array }[] = [];
	for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) pairs.push({ a, b, table: new Int32Array(q * q) });
	const tables = pairs.map((p) => p.table);
	const base = q + 1; // code + 1, so missing (−1) becomes digit 0
	// Only worth it when the vector table is not much larger than the data itself.
	if (base ** m <= Math.min(MAX_VECTOR_KEYS, Math.max(MIN_VECTOR_TABLE, matrix.unitCount))) {
		const histogram = new Int32Array(base ** m);
		for (let u = 0, off = 0; u < matrix.unitCount; u++, off += m) {
			let key = 0;
			for (let r = 0; r < m; r++) key = key * base + codes[off + r]! + 1;
			histogram[key]!++;
		}
		const digits = new Int32Array(m);
		for (let key = 0; key < histogram.length; key++) {
			const count = histogram[key]!;
			if (count === 0) continue;
			for (let r = m - 1, rest = key; r >= 0; r--, rest = Math.floor(rest / base)) digits[r] = (rest % base) - 1;
			addVector(digits, 0, m, count, tables, q);
		}
		return pairs;
	}
	for (let u = 0, off = 0; u < matrix.unitCount; u++, off += m) addVector(codes, off, m, 1, tables, q);
	return pairs;
}

function addVector(codes: ArrayLike<number>, off: number, m: number, count: number, tables: Int32Array[], q: number): void {
	let p = 0;
	for (let a = 0; a < m; a++) {
		const ka = codes[off + a]!;
		if (ka < 0) {
			p += m - a - 1;
			continue;
		}
		const row = ka * q;
		for (let b = a + 1; b < m; b++, p++) {
			const kb = codes[off + b]!;
			if (kb >= 0) tables[p]![row + kb]! += count;
		}
	}
}

/**
 * κ = (p_o − p_e)/(1 − p_e) with p_o = Σ w_kl p_kl, p_e = Σ w_kl p_k. p_.l (agreement spec, "cohen_kappa").
 * var  = [Σ p_kl (w_kl − (w̄_k. + w̄_.l)(1−κ))² − (κ − p_e(1−κ))²] / (N (1−p_e)²)   (statsmodels std_kappa)
 * var0 = [Σ p_k. p_.l (w_kl − (w̄_k. + w̄_.l))² − p_e²] / (N (1−p_e)²)               (statsmodels std_kappa0)
 * with w̄_k. = Σ_l p_.l w_kl and w̄_.l = Σ_k p_k. w_kl.
 */
export function computeKappaFromTable(table: Int32Array, q: number, weights: Float64Array): KappaResult {
	let total = 0;
	for (let x = 0; x < q * q; x++) total += table[x]!;
	if (total === 0) {
		const none = undefinedBecause('geen eenheden die door beide beoordelaars beoordeeld zijn');
		return { kappa: none, se: none, se0: none, units: 0, observedAgreement: none };
	}
	const rowP = new Float64Array(q);
	const colP = new Float64Array(q);
	for (let k = 0; k < q; k++) {
		for (let l = 0; l < q; l++) {
			const p = table[k * q + l]! / total;
			rowP[k]! += p;
			colP[l]! += p;
		}
	}
	let po = 0;
	let pe = 0;
	for (let k = 0; k < q; k++) {
		for (let l = 0; l < q; l++) {
			const w = weights[k * q + l]!;
			po += w * (table[k * q + l]! / total);
			pe += w * rowP[k]! * colP[l]!;
		}
	}
	const observedAgreement = estimateOf(po);
	if (Math.abs(1 - pe) < 1e-12) {
		const reason = 'kans-overeenstemming is 1 (beide beoordelaars gebruiken één en dezelfde categorie): 0/0';
		return { kappa: undefinedBecause(reason), se: undefinedBecause(reason), se0: undefinedBecause(reason), units: total, observedAgreement };
	}
	const kappa = (po - pe) / (1 - pe);
	const wRow = new Float64Array(q); // w̄_k.
	const wCol = new Float64Array(q); // w̄_.l
	for (let k = 0; k < q; k++) {
		for (let l = 0; l < q; l++) {
			const w = weights[k * q + l]!;
			wRow[k]! += colP[l]! * w;
			wCol[l]! += rowP[k]! * w;
		}
	}
	let a = 0;
	let a0 = 0;
	for (let k = 0; k < q; k++) {
		for (let l = 0; l < q; l++) {
			const w = weights[k * q + l]!;
			const p = table[k * q + l]! / total;
			const d = w - (wRow[k]! + wCol[l]!) * (1 - kappa);
			a += p * d * d;
			const d0 = w - (wRow[k]! + wCol[l]!);
			a0 += rowP[k]! * colP[l]! * d0 * d0;
		}
	}
	const denom = total * (1 - pe) * (1 - pe);
	const c = kappa - pe * (1 - kappa);
	return {
		kappa: estimateOf(kappa),
		se: standardErrorOf((a - c * c) / denom, 'standaardfout niet berekenbaar'),
		se0: standardErrorOf((a0 - pe * pe) / denom, 'standaardfout onder H0 niet berekenbaar'),
		units: total,
		observedAgreement
	};
}

/** Cohen's kappa for raters a and b of a matrix (listwise deletion of units either left blank). */
export function computeCohenKappa(matrix: RatingsMatrix, weights: Float64Array, a = 0, b = 1): KappaResult {
	return computeKappaFromTable(buildPairTable(matrix, a, b), matrix.categories.length, weights);
}
