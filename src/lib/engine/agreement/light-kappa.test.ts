import { describe, expect, it } from 'vitest';
import { computeLightKappa } from './light-kappa';
import { computeCohenKappa } from './cohen-kappa';
import { agreementWeights } from './weights';
import { IRR_ANXIETY, KRIPPENDORFF_2011 } from '../../../../tests/fixtures/agreement/datasets';
import { matrixOf, slowCohenKappa, valueOf } from '../../../../tests/fixtures/agreement/helpers';

const FIVE = [1, 2, 3, 4, 5];

describe("Light's kappa", () => {
	it('equals the mean of direct pairwise Cohen kappas on pairwise-complete units (Krippendorff 2011 data; independent method)', () => {
		const column = (j: number) => KRIPPENDORFF_2011.map((row) => row[j]!);
		const kappas: number[] = [];
		for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) kappas.push(slowCohenKappa(column(a), column(b)));
		const expected = kappas.reduce((s, x) => s + x, 0) / kappas.length;
		expect(valueOf(computeLightKappa(matrixOf(KRIPPENDORFF_2011, FIVE), agreementWeights(FIVE, 'identity')))).toBeCloseTo(expected, 12);
	});
	it('weighted version is the mean of weighted Cohen kappas per pair (irr anxiety, 3 raters)', () => {
		const six = [1, 2, 3, 4, 5, 6];
		const matrix = matrixOf(IRR_ANXIETY, six);
		const w = agreementWeights(six, 'quadratic');
		const pairs = [[0, 1], [0, 2], [1, 2]].map(([a, b]) => valueOf(computeCohenKappa(matrix, w, a, b).kappa));
		expect(valueOf(computeLightKappa(matrix, w))).toBeCloseTo(pairs.reduce((s, x) => s + x, 0) / 3, 12);
	});
	it('is undefined and names the pair when one pair has no kappa', () => {
		const result = computeLightKappa(matrixOf([[1, 1, 2], [1, 1, 1], [1, 1, 2]], [1, 2]), agreementWeights([1, 2], 'identity'));
		expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('beoordelaar 1 en beoordelaar 2') });
	});
});

describe("Light's kappa, many raters", () => {
	it('gives the same pair tables with and without the vector histogram (12 raters exceed its key space)', () => {
		const rows = Array.from({ length: 40 }, (_, u) => Array.from({ length: 12 }, (_, r) => ((u * 7 + r * 3) % 5 === 0 ? null : 1 + ((u + r * (u % 3)) % 4))));
		const matrix = matrixOf(rows, [1, 2, 3, 4]);
		const expected: number[] = [];
		for (let a = 0; a < 12; a++) for (let b = a + 1; b < 12; b++) expected.push(slowCohenKappa(rows.map((row) => row[a]!), rows.map((row) => row[b]!)));
		const mean = expected.reduce((s, x) => s + x, 0) / expected.length;
		expect(valueOf(computeLightKappa(matrix, agreementWeights([1, 2, 3, 4], 'identity')))).toBeCloseTo(mean, 12);
	});
});
