import { describe, expect, it } from 'vitest';
import { computeAllAgreement } from './compute-all';
import { KRIPPENDORFF_2011, SHROUT_FLEISS_1979 } from '../../../../tests/fixtures/agreement/datasets';
import { matrixOf } from '../../../../tests/fixtures/agreement/helpers';

describe('computeAllAgreement', () => {
	it('omits what does not apply to 4 raters with missing data, and reports the spec keys that do', () => {
		const out = computeAllAgreement(matrixOf(KRIPPENDORFF_2011, [1, 2, 3, 4, 5]));
		expect(out).not.toHaveProperty('cohen_kappa');
		expect(out).not.toHaveProperty('fleiss_kappa');
		expect(out).not.toHaveProperty('icc1');
		expect(out).not.toHaveProperty('percent_agreement_all_raters');
		expect(out.krippendorff_alpha_ordinal).toBeCloseTo(0.815, 3);
		expect(out.fleiss_kappa_generalized).toBeCloseTo(0.76117, 5);
		expect(out.not_applicable['cohen_kappa']).toContain('2 beoordelaars');
		expect(out.units).toBe(12);
	});
	it('gives Cohen, Fleiss and the ICCs for two complete raters, without the generalised Fleiss', () => {
		const out = computeAllAgreement(matrixOf([[1, 1], [2, 2], [3, 2], [4, 4]], [1, 2, 3, 4]));
		for (const key of ['cohen_kappa', 'cohen_kappa_quadratic_se0', 'fleiss_kappa', 'icc2_1_ci95_upper', 'percent_agreement_within_one']) {
			expect(out, key).toHaveProperty(key);
		}
		expect(out).not.toHaveProperty('fleiss_kappa_generalized');
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
