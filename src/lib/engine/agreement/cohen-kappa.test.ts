import { describe, expect, it } from 'vitest';
import { computeCohenKappa } from './cohen-kappa';
import { agreementWeights } from './weights';
import { IRRCAC_CONT3X3, IRR_ANXIETY, STATSMODELS_TABLE10, rowsFromTable } from '../../../../tests/fixtures/agreement/datasets';
import { matrixOf, valueOf } from '../../../../tests/fixtures/agreement/helpers';

const THREE = [1, 2, 3];

describe('Cohen kappa', () => {
	const table10 = matrixOf(rowsFromTable(STATSMODELS_TABLE10, THREE), THREE);
	it('statsmodels/SAS table10, unweighted: κ 0.4842, ASE 0.1380, ASE under H0 0.1484', () => {
		const r = computeCohenKappa(table10, agreementWeights(THREE, 'identity'));
		expect(valueOf(r.kappa)).toBeCloseTo(0.4842, 4);
		expect(valueOf(r.se)).toBeCloseTo(0.138, 4);
		expect(valueOf(r.se0)).toBeCloseTo(0.1484, 4);
	});
	it('statsmodels/SAS table10, linear weights: κ 0.4701, ASE 0.1457, ASE under H0 0.1426', () => {
		const r = computeCohenKappa(table10, agreementWeights(THREE, 'linear'));
		expect(valueOf(r.kappa)).toBeCloseTo(0.4701, 4);
		expect(valueOf(r.se)).toBeCloseTo(0.1457, 4);
		expect(valueOf(r.se0)).toBeCloseTo(0.1426, 4);
	});
	it('irrCAC README, kappa2.table(cont3x3abstractors): κ 0.7964094, SE 0.05891072; quadratic κ 0.8921569, SE 0.03535151', () => {
		const m = matrixOf(rowsFromTable(IRRCAC_CONT3X3, THREE), THREE);
		const plain = computeCohenKappa(m, agreementWeights(THREE, 'identity'));
		expect(valueOf(plain.kappa)).toBeCloseTo(0.7964094, 7);
		expect(valueOf(plain.se)).toBeCloseTo(0.05891072, 7);
		const quad = computeCohenKappa(m, agreementWeights(THREE, 'quadratic'));
		expect(valueOf(quad.kappa)).toBeCloseTo(0.8921569, 7);
		expect(valueOf(quad.se)).toBeCloseTo(0.03535151, 7);
	});
	// irr drops the unused level and spaces the observed levels 1,2,3,4,6 equally, so 6 is recoded to 5 here.
	const anxiety23 = matrixOf(IRR_ANXIETY.map((row) => [row[1] === 6 ? 5 : row[1]!, row[2] === 6 ? 5 : row[2]!]), [1, 2, 3, 4, 5]);
	const FIVE = [1, 2, 3, 4, 5];
	it('irr kappa2(anxiety[,2:3]) (via statsmodels tests): κ −0.006289308, z −0.0604067 → se0 = κ/z', () => {
		const r = computeCohenKappa(anxiety23, agreementWeights(FIVE, 'identity'));
		expect(valueOf(r.kappa)).toBeCloseTo(-0.006289308, 8);
		expect(valueOf(r.se0)).toBeCloseTo(-0.006289308 / -0.0604067, 6);
	});
	it('irr kappa2(anxiety[,2:3], "equal"): κ 0.1459075, z 1.282472', () => {
		const r = computeCohenKappa(anxiety23, agreementWeights(FIVE, 'linear'));
		expect(valueOf(r.kappa)).toBeCloseTo(0.1459075, 7);
		expect(valueOf(r.se0)).toBeCloseTo(0.1459075 / 1.282472, 6);
	});
	it('irr kappa2(anxiety[,2:3], "squared"): κ 0.2520325, z 1.437451', () => {
		const r = computeCohenKappa(anxiety23, agreementWeights(FIVE, 'quadratic'));
		expect(valueOf(r.kappa)).toBeCloseTo(0.2520325, 7);
		expect(valueOf(r.se0)).toBeCloseTo(0.2520325 / 1.437451, 6);
	});
	it('drops units either rater left blank (listwise)', () => {
		const m = matrixOf([[1, 1], [2, 2], [1, null], [null, 2], [1, 2]], [1, 2]);
		expect(computeCohenKappa(m, agreementWeights([1, 2], 'identity')).units).toBe(3);
	});
	it('is undefined with a reason when p_e = 1 (both raters use one category)', () => {
		const m = matrixOf([[2, 2], [2, 2]], [1, 2, 3]);
		const r = computeCohenKappa(m, agreementWeights([1, 2, 3], 'identity'));
		expect(r.kappa).toMatchObject({ ok: false, reason: expect.stringContaining('0/0') });
	});
	it('is undefined when the raters share no unit', () => {
		const m = matrixOf([[1, null], [null, 2]], [1, 2]);
		expect(computeCohenKappa(m, agreementWeights([1, 2], 'identity')).kappa.ok).toBe(false);
	});
});
