import { isCountedRating, ratingValue, type RatingInput } from './assessor-level';

export const MECHANICAL_AGGREGATE_RULE =
	'Mediaan en gemiddelde van alle ingediende niveaus (elke assessor × oefening één keer), zonder "niet geobserveerd". Alleen een vertrekpunt: de groep beslist.';

export type MechanicalAggregate =
	| { defined: true; median: number; mean: number; count: number }
	| { defined: false; reason: string; count: 0 };

/** Median and mean of every submitted rating of one cell: a reference point for the discussion, never the decision. */
export function computeMechanicalAggregate(ratings: readonly RatingInput[]): MechanicalAggregate {
	const values = ratings.filter(isCountedRating).flatMap((r) => {
		const v = ratingValue(r.level);
		return v === undefined ? [] : [v];
	});
	if (values.length === 0) return { defined: false, reason: 'Er is nog geen ingediend niveau voor deze cel.', count: 0 };
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length / 2;
	const median = sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	const mean = values.reduce((s, v) => s + v, 0) / values.length;
	return { defined: true, median, mean, count: values.length };
}
