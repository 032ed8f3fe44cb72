import { describe, expect, it } from 'vitest';
import { computeIcc, type IccName } from './icc';
import { IRR_ANXIETY, MCGRAW_WONG_TABLE6, SHROUT_FLEISS_1979 } from '../../../../tests/fixtures/agreement/datasets';
import { matrixOf, valueOf } from '../../../../tests/fixtures/agreement/helpers';

function iccOf(rows: number[][]) {
	const categories = [...new Set(rows.flat())];
	const result = computeIcc(matrixOf(rows, categories));
	if (!result.ok) throw new Error(result.reason);
	return result.icc;
}

type Expected = Record<IccName, [number, number, number]>;
function expectIccs(actual: ReturnType<typeof iccOf>, expected: Expected, digits: number, limitDigits: number) {
	for (const [name, [value, lower, upper]] of Object.entries(expected) as [IccName, [number, number, number]][]) {
		expect(valueOf(actual[name].value), name).toBeCloseTo(value, digits);
		expect(valueOf(actual[name].lower), `${name} lower`).toBeCloseTo(lower, limitDigits);
		expect(valueOf(actual[name].upper), `${name} upper`).toBeCloseTo(upper, limitDigits);
	}
}

describe('ICC', () => {
	it('Shrout & Fleiss 1979, 6 targets × 4 judges: .17 .29 .71 .44 .62 .91, with psych::ICC 95% limits', () => {
		expectIccs(
			iccOf(SHROUT_FLEISS_1979),
			{
				icc1: [0.17, -0.133, 0.72],
				icc2_1: [0.29, 0.019, 0.76],
				icc3_1: [0.71, 0.342, 0.95],
				icc1_k: [0.44, -0.884, 0.91],
				icc2_k: [0.62, 0.071, 0.93],
				icc3_k: [0.91, 0.676, 0.99]
			},
			2,
			2
		);
	});
	it('psych::ICC(anxiety), 20 subjects × 3 raters: ICC1 0.1750225 [−0.0774465, 0.4843362] … ICC3k 0.4525861 [−0.1529215, 0.7663308]', () => {
		expectIccs(
			iccOf(IRR_ANXIETY),
			{
				icc1: [0.1750225, -0.0774465, 0.4843362],
				icc2_1: [0.1979983, -0.03891068, 0.493574],
				icc3_1: [0.2160493, -0.04625793, 0.522259],
				icc1_k: [0.3889259, -0.27492318, 0.7380652],
				icc2_k: [0.4254988, -0.12658288, 0.7451493],
				icc3_k: [0.4525861, -0.15292145, 0.7663308]
			},
			6,
			6
		);
	});
	it('McGraw & Wong 1996 Table 6 (10 × 2), R verification printed in f_ICC: ICC1 .722 [.241, .922] … ICC3k .833 [.329, .959]', () => {
		expectIccs(
			iccOf(MCGRAW_WONG_TABLE6),
			{
				icc1: [0.722, 0.241, 0.922],
				icc2_1: [0.72, 0.228, 0.922],
				icc3_1: [0.714, 0.197, 0.92],
				icc1_k: [0.838, 0.389, 0.959],
				icc2_k: [0.837, 0.371, 0.959],
				icc3_k: [0.833, 0.329, 0.959]
			},
			3,
			3
		);
	});
	it('refuses incomplete data with a reason', () => {
		const result = computeIcc(matrixOf([[1, 2], [2, null], [3, 3]], [1, 2, 3]));
		expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('volledige') });
	});
	it('is undefined (not NaN) when every rating is the same', () => {
		const result = computeIcc(matrixOf([[2, 2], [2, 2], [2, 2]], [1, 2, 3]));
		expect(result.ok && result.icc.icc1.value.ok).toBe(false);
	});
	it('gives ICC(2,1) no limits when its Satterthwaite df is zero, whatever the raters\' order', () => {
		// 2 units × 3 raters with equal unit means: ICC(2,1) = −0.4 and the df's numerator vanishes exactly.
		for (const rows of [
			[[1, 2, 4], [1, 4, 2]],
			[[4, 2, 1], [2, 4, 1]]
		]) {
			const result = computeIcc(matrixOf(rows, [1, 2, 3, 4]));
			if (!result.ok) throw new Error(result.reason);
			expect(result.icc.icc2_1.value).toMatchObject({ ok: true });
			expect(result.icc.icc2_1.lower).toMatchObject({ ok: false, reason: 'betrouwbaarheidsgrens niet berekenbaar' });
			expect(result.icc.icc2_k.upper).toMatchObject({ ok: false });
		}
	});
});
