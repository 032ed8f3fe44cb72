import { describe, expect, it } from 'vitest';
import { computeCongerKappa } from './conger-kappa';
import { buildPairTable, computeKappaFromTable } from './cohen-kappa';
import { agreementWeights } from './weights';
import { IRR_ANXIETY, IRRCAC_RAW4RATERS, KRIPPENDORFF_2011 } from '../../../../tests/fixtures/agreement/datasets';
import { matrixOf, valueOf } from '../../../../tests/fixtures/agreement/helpers';

const FIVE = [1, 2, 3, 4, 5];

describe("Conger's kappa", () => {
	it('irrCAC README, conger.kappa.raw(cac.raw4raters) with missing data: κ 0.76282, SE 0.14917, pa 0.8181818, pe 0.2334252', () => {
		const r = computeCongerKappa(matrixOf(IRRCAC_RAW4RATERS, FIVE), agreementWeights(FIVE, 'identity'));
		expect(valueOf(r.kappa)).toBeCloseTo(0.76282, 5);
		expect(valueOf(r.se)).toBeCloseTo(0.14917, 5);
		expect(valueOf(r.pa)).toBeCloseTo(0.8181818, 7);
		expect(valueOf(r.pe)).toBeCloseTo(0.2334252, 7);
		expect(r.raters).toBe(4);
	});
	it("equals Cohen's kappa for two raters on complete data (Conger 1980), weighted too", () => {
		const two = IRR_ANXIETY.map((row) => row.slice(0, 2));
		const six = [1, 2, 3, 4, 5, 6];
		const matrix = matrixOf(two, six);
		for (const kind of ['identity', 'quadratic'] as const) {
			const w = agreementWeights(six, kind);
			const cohen = computeKappaFromTable(buildPairTable(matrix, 0, 1), 6, w).kappa;
			expect(valueOf(computeCongerKappa(matrix, w).kappa)).toBeCloseTo(valueOf(cohen), 12);
		}
	});
	it("differs from Krippendorff's layout of the same unit counts: who gave a rating matters to Conger", () => {
		const r = computeCongerKappa(matrixOf(KRIPPENDORFF_2011, FIVE), agreementWeights(FIVE, 'identity'));
		expect(valueOf(r.kappa)).not.toBeCloseTo(0.76282, 4);
	});
	it('leaves out a rater without any rating and rows without any rating', () => {
		const rows = IRRCAC_RAW4RATERS.map((row) => [...row, null]);
		const withEmpty = matrixOf([...rows, [null, null, null, null, null]], FIVE);
		const r = computeCongerKappa(withEmpty, agreementWeights(FIVE, 'identity'));
		expect(valueOf(r.kappa)).toBeCloseTo(0.76282, 5);
		expect(valueOf(r.se)).toBeCloseTo(0.14917, 5);
		expect(r.raters).toBe(4);
	});
	it('is undefined with a reason when every rating is in one category or no unit has two ratings', () => {
		expect(computeCongerKappa(matrixOf([[3, 3], [3, 3]], [1, 2, 3]), agreementWeights([1, 2, 3], 'identity')).kappa).toMatchObject({ ok: false });
		const lonely = computeCongerKappa(matrixOf([[1, null], [null, 2]], [1, 2, 3]), agreementWeights([1, 2, 3], 'identity'));
		expect(lonely.kappa).toMatchObject({ ok: false, reason: expect.stringContaining('twee of meer') });
	});
});
