import { describe, expect, it } from 'vitest';
import { fCdf, fQuantile, incompleteBeta, inverseIncompleteBeta, logGamma, tQuantile } from './special-functions';

describe('special functions', () => {
	it('log-gamma: Γ(5) = 24, Γ(0.5) = √π', () => {
		expect(Math.exp(logGamma(5))).toBeCloseTo(24, 10);
		expect(Math.exp(logGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 12);
	});
	it('incomplete beta: I_x(1, 1) = x and I_x(a, 1) = x^a (closed forms)', () => {
		expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
		expect(incompleteBeta(0.7, 3.5, 1)).toBeCloseTo(0.7 ** 3.5, 13);
	});
	it('inverse incomplete beta round-trips across shapes', () => {
		for (const [a, b] of [[0.5, 0.5], [0.5, 40], [2.5, 7.5], [30, 0.7], [200, 300]] as const) {
			for (const p of [1e-6, 0.025, 0.5, 0.975, 1 - 1e-6]) {
				expect(incompleteBeta(inverseIncompleteBeta(p, a, b), a, b)).toBeCloseTo(p, 9);
			}
		}
	});
	it('F(1, 1) quantile at .95 = tan(.475π)² = 161.4476 (F(1,1) is a squared Cauchy; independent closed form)', () => {
		expect(fQuantile(0.95, 1, 1)).toBeCloseTo(Math.tan(0.475 * Math.PI) ** 2, 6);
	});
	it('F(2, d) quantile equals the closed form d/2 · ((1−p)^(−2/d) − 1)', () => {
		for (const d of [3, 10, 57.3]) {
			for (const p of [0.025, 0.5, 0.975]) expect(fQuantile(p, 2, d)).toBeCloseTo((d / 2) * ((1 - p) ** (-2 / d) - 1), 9);
		}
	});
	it('F quantile and CDF are inverse for non-integer df (Satterthwaite df in ICC2)', () => {
		expect(fCdf(fQuantile(0.975, 5, 7.37), 5, 7.37)).toBeCloseTo(0.975, 12);
	});
	it('t quantile: t(.975, 1) = tan(.475π) = 12.7062, t(.975, ∞-like 1e6) ≈ 1.959966', () => {
		expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062047, 6);
		expect(tQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 5);
		expect(tQuantile(0.025, 10)).toBeCloseTo(-tQuantile(0.975, 10), 12);
	});
});
