import { describe, expect, it } from 'vitest';
import { computeAllRatersAgreement, computePercentAgreement } from './percent-agreement';
import { agreementWeights } from './weights';
import { FLEISS_1971_DIAGNOSES, IRRCAC_CONT3X3, IRRCAC_DISTRIB_6RATERS, KRIPPENDORFF_2011, rowsFromCounts, rowsFromTable } from '../../../../tests/fixtures/agreement/datasets';
import { countsOf, matrixOf, valueOf } from '../../../../tests/fixtures/agreement/helpers';

const FIVE = [1, 2, 3, 4, 5];

describe('percent agreement', () => {
	it('irrCAC README, pa.coeff.raw(cac.raw4raters): 0.8181818; quadratic (weighting vignette): 0.9753788', () => {
		const counts = countsOf(KRIPPENDORFF_2011, FIVE);
		expect(valueOf(computePercentAgreement(counts, agreementWeights(FIVE, 'identity')))).toBeCloseTo(0.8181818, 7);
		expect(valueOf(computePercentAgreement(counts, agreementWeights(FIVE, 'quadratic')))).toBeCloseTo(0.9753788, 7);
	});
	it('irrCAC README, pa2.table(cont3x3abstractors): 0.89; quadratic 0.9725', () => {
		const counts = countsOf(rowsFromTable(IRRCAC_CONT3X3, [1, 2, 3]), [1, 2, 3]);
		expect(valueOf(computePercentAgreement(counts, agreementWeights([1, 2, 3], 'identity')))).toBeCloseTo(0.89, 10);
		expect(valueOf(computePercentAgreement(counts, agreementWeights([1, 2, 3], 'quadratic')))).toBeCloseTo(0.9725, 10);
	});
	it('irrCAC README, distrib.6raters: pa 0.5511111; quadratic pa 0.8544444 (weighting vignette)', () => {
		const counts = countsOf(rowsFromCounts(IRRCAC_DISTRIB_6RATERS, FIVE), FIVE);
		expect(valueOf(computePercentAgreement(counts, agreementWeights(FIVE, 'identity')))).toBeCloseTo(0.5511111, 7);
		expect(valueOf(computePercentAgreement(counts, agreementWeights(FIVE, 'quadratic')))).toBeCloseTo(0.8544444, 7);
	});
	it('all-raters and within-one agreement equal a direct count on Fleiss 1971 diagnoses (independent method)', () => {
		const matrix = matrixOf(FLEISS_1971_DIAGNOSES, FIVE);
		const same = FLEISS_1971_DIAGNOSES.filter((row) => Math.max(...row) === Math.min(...row)).length / 30;
		const withinOne = FLEISS_1971_DIAGNOSES.filter((row) => Math.max(...row) - Math.min(...row) <= 1).length / 30;
		expect(valueOf(computeAllRatersAgreement(matrix, 0))).toBeCloseTo(same, 12);
		expect(valueOf(computeAllRatersAgreement(matrix, 1))).toBeCloseTo(withinOne, 12);
	});
	it('all-raters agreement is undefined for incomplete data', () => {
		expect(computeAllRatersAgreement(matrixOf(KRIPPENDORFF_2011, FIVE)).ok).toBe(false);
	});
	it('is undefined with a reason when no unit has two ratings', () => {
		const result = computePercentAgreement(countsOf([[1, null], [null, 2]], [1, 2]), agreementWeights([1, 2], 'identity'));
		expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('twee') });
	});
});
