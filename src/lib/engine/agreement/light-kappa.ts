import { buildAllPairTables, computeKappaFromTable } from './cohen-kappa';
import { estimateOf, undefinedBecause, type Estimate } from './estimate';
import type { RatingsMatrix } from './ratings-matrix';

/**
 * Light's kappa: the mean of Cohen's kappa over all rater pairs, each pair on the units both rated (psy::lkappa).
 * Pass several weight matrices to get the unweighted and weighted versions from one pass over the data.
 * Undefined when any pair's kappa is undefined (as the mean of R's NA would be), naming the pair.
 */
export function computeLightKappas(matrix: RatingsMatrix, weightSets: readonly Float64Array[]): Estimate[] {
	const q = matrix.categories.length;
	if (matrix.raterCount < 2) return weightSets.map(() => undefinedBecause('er zijn minstens twee beoordelaars nodig'));
	const pairs = buildAllPairTables(matrix);
	return weightSets.map((weights) => {
		let sum = 0;
		for (const pair of pairs) {
			const kappa = computeKappaFromTable(pair.table, q, weights).kappa;
			if (!kappa.ok) {
				const names = `${matrix.raterNames[pair.a]} en ${matrix.raterNames[pair.b]}`;
				return undefinedBecause(`kappa voor ${names} is niet gedefinieerd: ${kappa.reason}`);
			}
			sum += kappa.value;
		}
		return estimateOf(sum / pairs.length);
	});
}

export function computeLightKappa(matrix: RatingsMatrix, weights: Float64Array): Estimate {
	return computeLightKappas(matrix, [weights])[0]!;
}
