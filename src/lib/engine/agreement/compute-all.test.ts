import { describe, expect, it } from 'vitest';
import { computeAllAgreement } from './compute-all';
import { IRRCAC_RAW4RATERS, KRIPPENDORFF_2011, SHROUT_FLEISS_1979 } from '../../../../tests/fixtures/agreement/datasets';
import { matrixOf } from '../../../../tests/fixtures/agreement/helpers';

describe('computeAllAgreement', () => {
	it('omits what does not apply to 4 raters with missing data, and reports the spec keys that do', () => {
		const out = computeAllAgreement(matrixOf(KRIPPENDORFF_2011, [1, 2, 3, 4, 5]));
		expect(out).not.toHaveProperty('cohen_kappa');
		expect(out).not.toHaveProperty('fleiss_kappa');
		expect(out).not.toHaveProperty('percent_agreement_all_raters');
		expect(out).not.toHaveProperty('percent_agreement_within_one');
		expect(out.conger_kappa).toBeCloseTo(0.76207, 5);
		expect(out.fleiss_kappa_generalized_se).toBeCloseTo(0.15302, 5);
		expect(out.krippendorff_alpha_ordinal).toBeCloseTo(0.815, 3);
		expect(out.fleiss_kappa_generalized).toBeCloseTo(0.76117, 5);
		expect(out.not_applicable['cohen_kappa']).toContain('2 beoordelaars');
		expect(out.units).toBe(12);
	});
	it('irrCAC cac.raw4raters: Conger 0.76282 (SE 0.14917), generalised Fleiss 0.76117 (SE 0.15302)', () => {
		const out = computeAllAgreement(matrixOf(IRRCAC_RAW4RATERS, [1, 2, 3, 4, 5]));
		expect(out.conger_kappa).toBeCloseTo(0.76282, 5);
		expect(out.conger_kappa_se).toBeCloseTo(0.14917, 5);
		expect(out.fleiss_kappa_generalized).toBeCloseTo(0.76117, 5);
		expect(out.fleiss_kappa_generalized_se).toBeCloseTo(0.15302, 5);
	});
	it('with missing ratings, computes the ICCs on the complete units and says how many', () => {
		const out = computeAllAgreement(matrixOf(KRIPPENDORFF_2011, [1, 2, 3, 4, 5]));
		const complete = KRIPPENDORFF_2011.filter((row) => row.every((v) => v !== null));
		const only = computeAllAgreement(matrixOf(complete, [1, 2, 3, 4, 5]));
		expect(out.icc_units).toBe(8);
		for (const key of ['icc1', 'icc2_1', 'icc3_1', 'icc1_k', 'icc2_k', 'icc3_k', 'icc2_1_ci95_lower', 'icc3_k_ci95_upper']) {
			expect(out[key], key).toBeCloseTo(only[key] as number, 12);
		}
		expect(out.notes['icc']).toBe('de ICC\'s gebruiken alleen de 8 volledig beoordeelde eenheden (elke beoordelaar gaf een score); 4 eenheden met een ontbrekende beoordeling tellen niet mee');
		expect(only).not.toHaveProperty('icc_units');
	});
	it('an ICC with one complete unit is null with the reason; the note counts in singular and plural', () => {
		const out = computeAllAgreement(matrixOf([[1, 2], [2, null], [3, 3], [null, 1]], [1, 2, 3]));
		expect(out.icc_units).toBe(2);
		const one = computeAllAgreement(matrixOf([[1, 2], [2, null], [null, 1]], [1, 2, 3]));
		expect(one.icc1).toBeNull();
		expect(one.notes['icc1']).toContain('twee volledig beoordeelde eenheden');
		expect(one.notes['icc']).toContain('alleen de 1 volledig beoordeelde eenheid (');
		expect(out.notes['icc']).toContain('2 eenheden met een ontbrekende beoordeling tellen niet mee');
		const single = computeAllAgreement(matrixOf([[1, 2], [2, null], [3, 3]], [1, 2, 3]));
		expect(single.notes['icc']).toContain('; 1 eenheid met een ontbrekende beoordeling telt niet mee');
	});
	it('percent_agreement_within_one_pairs: share of rater pairs at most one category step apart, with missing data', () => {
		// Unit 1: pairs (1,2) near, (1,4) far, (2,4) far → 1/3; unit 2: one pair (3,3) → 1; unit 3: one rating, not counted.
		const out = computeAllAgreement(matrixOf([[1, 2, 4], [3, null, 3], [null, 2, null]], [1, 2, 3, 4]));
		expect(out.percent_agreement_within_one_pairs).toBeCloseTo((1 / 3 + 1) / 2, 12);
		expect(out).not.toHaveProperty('percent_agreement_within_one');
		// Steps, not values: on the scale 0, 5, 10 the levels 0 and 5 are one step apart.
		const spaced = computeAllAgreement(matrixOf([[0, 5], [0, 10]], [0, 5, 10]));
		expect(spaced.percent_agreement_within_one_pairs).toBeCloseTo(0.5, 12);
	});
	it('gives Cohen, Fleiss and the ICCs for two complete raters, without the generalised Fleiss', () => {
		const out = computeAllAgreement(matrixOf([[1, 1], [2, 2], [3, 2], [4, 4]], [1, 2, 3, 4]));
		for (const key of ['cohen_kappa', 'cohen_kappa_quadratic_se0', 'fleiss_kappa', 'fleiss_kappa_se', 'icc2_1_ci95_upper', 'percent_agreement_within_one', 'percent_agreement_within_one_pairs', 'conger_kappa']) {
			expect(out, key).toHaveProperty(key);
		}
		expect(out).not.toHaveProperty('fleiss_kappa_generalized');
		expect(out).not.toHaveProperty('icc_units');
		expect(out.conger_kappa).toBeCloseTo(out.cohen_kappa as number, 12);
	});
	it('all same category: alpha and kappas null with a reason, AC1 = 1 (edge case)', () => {
		const out = computeAllAgreement(matrixOf([[3, 3, 3], [3, 3, 3]], [1, 2, 3, 4]));
		expect(out.krippendorff_alpha_nominal).toBeNull();
		expect(out.notes['krippendorff_alpha_nominal']).toBeTruthy();
		expect(out.fleiss_kappa).toBeNull();
		expect(out.gwet_ac1).toBe(1);
		expect(out.icc1).toBeNull();
		expect(out.notes['icc1']).toBeTruthy();
	});
	it('single-rating units: alpha identical with the unit removed (edge_single_rating_unit)', () => {
		const rows = [[1, 2, 2], [3, 3, 4], [null, 4, null], [2, 2, 2]];
		const a = computeAllAgreement(matrixOf(rows, [1, 2, 3, 4]));
		const b = computeAllAgreement(matrixOf(rows.filter((_, i) => i !== 2), [1, 2, 3, 4]));
		for (const metric of ['nominal', 'ordinal', 'interval', 'ratio']) {
			expect(a[`krippendorff_alpha_${metric}`]).toBeCloseTo(b[`krippendorff_alpha_${metric}`] as number, 12);
		}
	});
	it('leaves out rows without any rating and says so', () => {
		const out = computeAllAgreement(matrixOf([...SHROUT_FLEISS_1979, [null, null, null, null]], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
		expect(out.units).toBe(6);
		expect(out.icc3_1).toBeCloseTo(0.715, 3);
		expect(out.notes['units']).toContain('1 rij');
	});
	it('0/0: no unit with two ratings gives nulls with reasons, never NaN', () => {
		const out = computeAllAgreement(matrixOf([[1, null], [null, 2]], [1, 2]));
		expect(out.percent_agreement).toBeNull();
		expect(out.cohen_kappa).toBeNull();
		expect(out.notes['cohen_kappa']).toBeTruthy();
		expect(JSON.stringify(out)).not.toContain('NaN');
	});
});
