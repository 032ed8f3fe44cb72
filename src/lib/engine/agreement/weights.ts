/**
 * Agreement weights w_kl with w_kk = 1 (agreement spec, "Notation and weights"), as a flat q × q Float64Array.
 * - identity: [k = l]
 * - linear: 1 − |c_k − c_l| / (c_q − c_1)
 * - quadratic: 1 − (c_k − c_l)² / (c_q − c_1)²
 * - ordinal: Gwet's rank weights 1 − M(|k−l|+1)/M(q), M(m) = m(m−1)/2 (AC2 only; not Krippendorff's ordinal metric)
 */
export type WeightKind = 'identity' | 'linear' | 'quadratic' | 'ordinal';

export function agreementWeights(categories: readonly number[], kind: WeightKind): Float64Array {
	const q = categories.length;
	const w = new Float64Array(q * q);
	const range = categories[q - 1]! - categories[0]!;
	const pairs = (m: number) => (m * (m - 1)) / 2;
	for (let k = 0; k < q; k++) {
		for (let l = 0; l < q; l++) {
			const d = Math.abs(categories[k]! - categories[l]!);
			let value: number;
			switch (kind) {
				case 'identity':
					value = k === l ? 1 : 0;
					break;
				case 'linear':
					value = 1 - d / range;
					break;
				case 'quadratic':
					value = 1 - (d * d) / (range * range);
					break;
				case 'ordinal':
					value = 1 - pairs(Math.abs(k - l) + 1) / pairs(q);
					break;
			}
			w[k * q + l] = value;
		}
	}
	return w;
}

/** Weights that count two ratings as agreeing when they are at most `tolerance` apart (within-one agreement). */
export function toleranceWeights(categories: readonly number[], tolerance: number): Float64Array {
	const q = categories.length;
	const w = new Float64Array(q * q);
	for (let k = 0; k < q; k++) {
		for (let l = 0; l < q; l++) w[k * q + l] = Math.abs(categories[k]! - categories[l]!) <= tolerance ? 1 : 0;
	}
	return w;
}

export function isIdentity(weights: Float64Array, q: number): boolean {
	for (let k = 0; k < q; k++) for (let l = 0; l < q; l++) if (weights[k * q + l] !== (k === l ? 1 : 0)) return false;
	return true;
}
