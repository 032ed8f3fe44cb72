import { describe, expect, it } from 'vitest';
import { computeGwetAc } from './gwet-ac';
import { agreementWeights } from './weights';
import { IRRCAC_CONT3X3, IRRCAC_DISTRIB_6RATERS, KRIPPENDORFF_2011, rowsFromCounts, rowsFromTable } from '../../../../tests/fixtures/agreement/datasets';
import { countsOf, valueOf } from '../../../../tests/fixtures/agreement/helpers';

const FIVE = [1, 2, 3, 4, 5];

describe('Gwet AC1 / AC2', () => {
	const raw4 = countsOf(KRIPPENDORFF_2011, FIVE);
	it('irrCAC README, gwet.ac1.raw(cac.raw4raters): AC1 0.77544, SE 0.14295, pa 0.8181818, pe 0.1903212', () => {
		const r = computeGwetAc(raw4, agreementWeights(FIVE, 'identity'));
		expect(valueOf(r.coefficient)).toBeCloseTo(0.77544, 5);
		expect(valueOf(r.se)).toBeCloseTo(0.14295, 5);
		expect(valueOf(r.pa)).toBeCloseTo(0.8181818, 7);
		expect(valueOf(r.pe)).toBeCloseTo(0.1903212, 7);
	});
	it('irrCAC weighting vignette, gwet.ac1.raw(cac.raw4raters, "quadratic"): AC2 0.914, SE 0.10396, pa 0.9753788, pe 0.7137044', () => {
		const r = computeGwetAc(raw4, agreementWeights(FIVE, 'quadratic'));
		expect(valueOf(r.coefficient)).toBeCloseTo(0.914, 5);
		expect(valueOf(r.se)).toBeCloseTo(0.10396, 5);
		expect(valueOf(r.pa)).toBeCloseTo(0.9753788, 7);
		expect(valueOf(r.pe)).toBeCloseTo(0.7137044, 7);
	});
	it('irrCAC README, gwet.ac1.dist(distrib.6raters): AC1 0.4448007, SE 0.08418757', () => {
		const r = computeGwetAc(countsOf(rowsFromCounts(IRRCAC_DISTRIB_6RATERS, FIVE), FIVE), agreementWeights(FIVE, 'identity'));
		expect(valueOf(r.coefficient)).toBeCloseTo(0.4448007, 7);
		expect(valueOf(r.se)).toBeCloseTo(0.08418757, 7);
	});
	it('irrCAC weighting vignette, gwet.ac1.dist(distrib.6raters, quadratic): AC2 0.4837438, SE 0.1058227', () => {
		const r = computeGwetAc(countsOf(rowsFromCounts(IRRCAC_DISTRIB_6RATERS, FIVE), FIVE), agreementWeights(FIVE, 'quadratic'));
		expect(valueOf(r.coefficient)).toBeCloseTo(0.4837438, 7);
		expect(valueOf(r.se)).toBeCloseTo(0.1058227, 6);
	});
	it('irrCAC README, gwet.ac1.table(cont3x3abstractors): AC1 0.8493305; quadratic AC2 0.9402369', () => {
		const c = countsOf(rowsFromTable(IRRCAC_CONT3X3, [1, 2, 3]), [1, 2, 3]);
		expect(valueOf(computeGwetAc(c, agreementWeights([1, 2, 3], 'identity')).coefficient)).toBeCloseTo(0.8493305, 7);
		expect(valueOf(computeGwetAc(c, agreementWeights([1, 2, 3], 'quadratic')).coefficient)).toBeCloseTo(0.9402369, 7);
	});
	it('irrCAC ordinal.weights(1:3): 1, 2/3, 0 (Gwet rank weights)', () => {
		const w = agreementWeights([1, 2, 3], 'ordinal');
		expect([...w.slice(0, 3)].map((x) => Number(x.toFixed(7)))).toEqual([1, 0.6666667, 0]);
	});
	it('uses the declared categories for q: an unused declared category changes AC1 (irrCAC categ.labels)', () => {
		const rows = [[1, 1], [2, 2], [1, 2]];
		const two = valueOf(computeGwetAc(countsOf(rows, [1, 2]), agreementWeights([1, 2], 'identity')).coefficient);
		const three = valueOf(computeGwetAc(countsOf(rows, [1, 2, 3]), agreementWeights([1, 2, 3], 'identity')).coefficient);
		expect(three).not.toBeCloseTo(two, 6);
	});
	it('is 1 when every rating is in one category (p_e = 0), where kappa and alpha are undefined', () => {
		const r = computeGwetAc(countsOf([[2, 2], [2, 2], [2, 2]], [1, 2, 3, 4]), agreementWeights([1, 2, 3, 4], 'identity'));
		expect(valueOf(r.coefficient)).toBe(1);
	});
	it('counts single-rating units in π_k: removing one changes AC1 while alpha does not change', () => {
		const full = valueOf(computeGwetAc(raw4, agreementWeights(FIVE, 'identity')).coefficient);
		const without = valueOf(computeGwetAc(countsOf(KRIPPENDORFF_2011.slice(0, 11), FIVE), agreementWeights(FIVE, 'identity')).coefficient);
		expect(without).not.toBeCloseTo(full, 4);
	});
});
