import { describe, expect, it } from 'vitest';
import { computeFleissKappa, computeGeneralizedFleiss, computeGeneralizedFleissKappa } from './fleiss-kappa';
import { FLEISS_1971_DIAGNOSES, IRRCAC_DISTRIB_6RATERS, KRIPPENDORFF_2011, WIKIPEDIA_FLEISS_COUNTS, rowsFromCounts } from '../../../../tests/fixtures/agreement/datasets';
import { countsOf, valueOf } from '../../../../tests/fixtures/agreement/helpers';

const FIVE = [1, 2, 3, 4, 5];

describe('Fleiss kappa', () => {
	it('Wikipedia "Fleiss\' kappa" example, 10 subjects × 14 raters: κ = 0.210', () => {
		const counts = countsOf(rowsFromCounts(WIKIPEDIA_FLEISS_COUNTS, FIVE), FIVE);
		expect(valueOf(computeFleissKappa(counts).kappa)).toBeCloseTo(0.21, 3);
	});
	it('irr kappam.fleiss(diagnoses) (Fleiss 1971, via statsmodels tests): κ = 0.4302445, z = 17.65183 → se0 = κ/z', () => {
		const result = computeFleissKappa(countsOf(FLEISS_1971_DIAGNOSES, FIVE));
		expect(valueOf(result.kappa)).toBeCloseTo(0.4302445, 7);
		expect(valueOf(result.se0)).toBeCloseTo(0.4302445 / 17.65183, 6);
	});
	it('irrCAC README, fleiss.kappa.dist(distrib.6raters): 0.4139265', () => {
		const counts = countsOf(rowsFromCounts(IRRCAC_DISTRIB_6RATERS, FIVE), FIVE);
		expect(valueOf(computeFleissKappa(counts).kappa)).toBeCloseTo(0.4139265, 7);
	});
	it('is undefined on data with missing ratings, which is what the generalised version is for', () => {
		expect(computeFleissKappa(countsOf(KRIPPENDORFF_2011, FIVE)).kappa.ok).toBe(false);
	});
	it('irrCAC README, fleiss.kappa.raw(cac.raw4raters) with missing data: 0.76117', () => {
		expect(valueOf(computeGeneralizedFleissKappa(countsOf(KRIPPENDORFF_2011, FIVE), FIVE))).toBeCloseTo(0.76117, 5);
	});
	it('irrCAC README, fleiss.kappa.raw(cac.raw4raters): SE 0.15302 (linearisation, not under H0)', () => {
		const r = computeGeneralizedFleiss(countsOf(KRIPPENDORFF_2011, FIVE), FIVE);
		expect(valueOf(r.kappa)).toBeCloseTo(0.76117, 5);
		expect(valueOf(r.se)).toBeCloseTo(0.15302, 5);
	});
	it('irrCAC README, fleiss.kappa.dist(distrib.6raters): SE 0.08119291 on complete data', () => {
		const counts = countsOf(rowsFromCounts(IRRCAC_DISTRIB_6RATERS, FIVE), FIVE);
		expect(valueOf(computeGeneralizedFleiss(counts, FIVE).se)).toBeCloseTo(0.08119291, 7);
	});
	it('generalised Fleiss equals Fleiss on complete data (Gwet 2014)', () => {
		const counts = countsOf(FLEISS_1971_DIAGNOSES, FIVE);
		expect(valueOf(computeGeneralizedFleissKappa(counts, FIVE))).toBeCloseTo(valueOf(computeFleissKappa(counts).kappa), 12);
	});
	it('is undefined with a reason when every rating is in one category', () => {
		const result = computeFleissKappa(countsOf([[3, 3], [3, 3]], [1, 2, 3]));
		expect(result.kappa).toMatchObject({ ok: false });
		expect(result.se0.ok).toBe(false);
	});
});
