import { countLabel } from '../common/format-nl';
import { countCategories, type CategoryCounts } from './category-counts';
import { computeKappaFromTable, buildPairTable } from './cohen-kappa';
import { valueOrNull, type Estimate } from './estimate';
import { computeCongerKappa } from './conger-kappa';
import { computeFleissKappa, computeGeneralizedFleiss } from './fleiss-kappa';
import { computeGwetAc } from './gwet-ac';
import { computeIcc, ICC_NAMES } from './icc';
import { computeKrippendorffAlpha, type AlphaMetric } from './krippendorff-alpha';
import { computeLightKappas } from './light-kappa';
import { computeAllRatersAgreement, computePercentAgreement } from './percent-agreement';
import { completeUnits, type RatingsMatrix } from './ratings-matrix';
import { agreementWeights, toleranceWeights } from './weights';

/**
 * Every statistic of the agreement spec for one ratings matrix, as the command-line tool prints it: a key is
 * absent when the statistic does not apply to the data (reason in `not_applicable`), null when it applies but is
 * undefined (reason in `notes`).
 */
export interface AgreementOutput {
	[key: string]: number | null | string[] | number[] | Record<string, string> | Record<string, string | number>;
	units: number;
	raters: number;
	rater_names: string[];
	categories: number[];
	/** Share of all ratings in each declared category (the kappa paradox shows when one level dominates). */
	category_shares: number[];
	notes: Record<string, string>;
	not_applicable: Record<string, string>;
}

const REASONS = {
	twoRaters: 'vraagt precies 2 beoordelaars',
	complete: 'vraagt volledige gegevens (elke eenheid door elke beoordelaar beoordeeld)',
	missing: 'enkel voor gegevens met ontbrekende beoordelingen; bij volledige gegevens is dit fleiss_kappa',
	ratio: 'de ratio-metriek vraagt niet-negatieve categorieën'
} as const;

export function computeAllAgreement(matrix: RatingsMatrix): AgreementOutput {
	const { categories } = matrix;
	const q = categories.length;
	const counts = countCategories(matrix);
	const identity = agreementWeights(categories, 'identity');
	const linear = agreementWeights(categories, 'linear');
	const quadratic = agreementWeights(categories, 'quadratic');
	const ordinal = agreementWeights(categories, 'ordinal');

	// Statistics first, then the description of the data, so the figures lead when a person reads the JSON.
	// The descriptive fields are filled in at the end (below); the cast covers the object while it is being built.
	const out = {} as AgreementOutput;
	const notes: Record<string, string> = {};
	const notApplicable: Record<string, string> = {};
	const put = (key: string, estimate: Estimate) => {
		out[key] = valueOrNull(estimate);
		if (!estimate.ok) notes[key] = estimate.reason;
	};
	const skip = (keys: readonly string[], reason: string) => {
		for (const key of keys) notApplicable[key] = reason;
	};

	put('percent_agreement', computePercentAgreement(counts, identity));
	put('percent_agreement_linear', computePercentAgreement(counts, linear));
	put('percent_agreement_quadratic', computePercentAgreement(counts, quadratic));
	// Share of rater pairs at most one category step apart (the dashboard's "hoogstens één niveau verschil"): steps,
	// not values, so a scale 0,5,10 counts 0 and 5 as one step apart; it works with missing ratings.
	put('percent_agreement_within_one_pairs', computePercentAgreement(counts, toleranceWeights(categories.map((_, k) => k), 1)));
	if (counts.complete) {
		put('percent_agreement_all_raters', computeAllRatersAgreement(matrix, 0));
		put('percent_agreement_within_one', computeAllRatersAgreement(matrix, 1));
	} else {
		skip(['percent_agreement_all_raters', 'percent_agreement_within_one'], REASONS.complete);
	}

	const cohenKeys = ['cohen_kappa', 'cohen_kappa_linear', 'cohen_kappa_quadratic'] as const;
	if (matrix.raterCount === 2) {
		const table = buildPairTable(matrix, 0, 1);
		for (const [key, weights] of [
			[cohenKeys[0], identity],
			[cohenKeys[1], linear],
			[cohenKeys[2], quadratic]
		] as const) {
			const result = computeKappaFromTable(table, q, weights);
			put(key, result.kappa);
			put(`${key}_se`, result.se);
			put(`${key}_se0`, result.se0);
		}
	} else {
		skip(cohenKeys.flatMap((k) => [k, `${k}_se`, `${k}_se0`]), REASONS.twoRaters);
	}

	if (counts.complete) {
		const fleiss = computeFleissKappa(counts);
		put('fleiss_kappa', fleiss.kappa);
		put('fleiss_kappa_se0', fleiss.se0);
		// On complete data the generalised kappa is Fleiss' kappa, and its SE is the non-null SE irrCAC prints for it.
		put('fleiss_kappa_se', computeGeneralizedFleiss(counts, categories).se);
		skip(['fleiss_kappa_generalized', 'fleiss_kappa_generalized_se'], REASONS.missing);
	} else {
		skip(['fleiss_kappa', 'fleiss_kappa_se0', 'fleiss_kappa_se'], REASONS.complete);
		const generalized = computeGeneralizedFleiss(counts, categories);
		put('fleiss_kappa_generalized', generalized.kappa);
		put('fleiss_kappa_generalized_se', generalized.se);
	}
	const conger = computeCongerKappa(matrix, identity);
	put('conger_kappa', conger.kappa);
	put('conger_kappa_se', conger.se);

	const metrics: AlphaMetric[] = ['nominal', 'ordinal', 'interval', 'ratio'];
	for (const metric of metrics) {
		const key = `krippendorff_alpha_${metric}`;
		if (metric === 'ratio' && categories.some((c) => c < 0)) skip([key], REASONS.ratio);
		else put(key, computeKrippendorffAlpha(counts, categories, metric));
	}

	for (const [key, weights] of [
		['gwet_ac1', identity],
		['gwet_ac2_linear', linear],
		['gwet_ac2_quadratic', quadratic],
		['gwet_ac2_ordinal', ordinal]
	] as const) {
		const result = computeGwetAc(counts, weights);
		put(key, result.coefficient);
		put(`${key}_se`, result.se);
	}

	const [light, lightLinear, lightQuadratic] = computeLightKappas(matrix, [identity, linear, quadratic]);
	put('light_kappa', light!);
	put('light_kappa_linear', lightLinear!);
	put('light_kappa_quadratic', lightQuadratic!);

	// With missing ratings the ICCs use the complete units only (listwise, as psych::ICC and irr::icc after na.omit),
	// and say how many that are, instead of vanishing altogether.
	const iccMatrix = counts.complete ? matrix : completeUnits(matrix);
	const icc = computeIcc(iccMatrix);
	for (const name of ICC_NAMES) {
		if (!icc.ok) {
			for (const key of [name, `${name}_ci95_lower`, `${name}_ci95_upper`]) put(key, icc);
			continue;
		}
		put(name, icc.icc[name].value);
		put(`${name}_ci95_lower`, icc.icc[name].lower);
		put(`${name}_ci95_upper`, icc.icc[name].upper);
	}
	if (!counts.complete) {
		const kept = iccMatrix.unitCount;
		const left = counts.unitCount - kept;
		out.icc_units = kept;
		notes['icc'] =
			`de ICC's gebruiken alleen de ${countLabel(kept, 'volledig beoordeelde eenheid', 'volledig beoordeelde eenheden')} ` +
			`(elke beoordelaar gaf een score); ${countLabel(left, 'eenheid', 'eenheden')} met een ontbrekende beoordeling ${left === 1 ? 'telt' : 'tellen'} niet mee`;
	}
	if (counts.emptyUnits > 0) notes['units'] = `${counts.emptyUnits} rij(en) zonder enige beoordeling weggelaten`;
	out.units = counts.unitCount;
	out.raters = matrix.raterCount;
	out.rater_names = [...matrix.raterNames];
	out.categories = [...categories];
	out.category_shares = categoryShares(counts);
	out.notes = notes;
	out.not_applicable = notApplicable;
	return out;
}


function categoryShares(counts: CategoryCounts): number[] {
	const { size, counts: r, multiplicity } = counts.patterns;
	const totals = new Array<number>(counts.q).fill(0);
	let all = 0;
	for (let p = 0; p < size; p++) {
		for (let k = 0; k < counts.q; k++) {
			const x = multiplicity[p]! * r[p * counts.q + k]!;
			totals[k]! += x;
			all += x;
		}
	}
	return totals.map((t) => (all === 0 ? 0 : t / all));
}
