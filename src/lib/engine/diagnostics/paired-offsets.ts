import type { SessionMatrix } from './session-ratings';

/**
 * For one assessor, per unit they share with at least one other assessor: their rating minus the mean of the
 * others' ratings on that unit (same candidate, competency and exercise), and the unit's index.
 */
export function offsetsFromOthers(session: SessionMatrix, assessor: number, transform: (value: number) => number = (v) => v): { unit: number; offset: number }[] {
	const { matrix } = session;
	const { raterCount: m, codes, categories } = matrix;
	const result: { unit: number; offset: number }[] = [];
	for (let u = 0, base = 0; u < matrix.unitCount; u++, base += m) {
		const own = codes[base + assessor]!;
		if (own < 0) continue;
		let sum = 0;
		let count = 0;
		for (let j = 0; j < m; j++) {
			if (j === assessor) continue;
			const k = codes[base + j]!;
			if (k < 0) continue;
			sum += transform(categories[k]!);
			count++;
		}
		if (count === 0) continue;
		result.push({ unit: u, offset: transform(categories[own]!) - sum / count });
	}
	return result;
}
