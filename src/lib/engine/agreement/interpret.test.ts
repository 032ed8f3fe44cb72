import { describe, expect, it } from 'vitest';
import { detectKappaParadox, interpretAlpha, interpretIcc, interpretKappa, landisKochLabel } from './interpret';

const est = (value: number) => ({ ok: true as const, value });

describe('Dutch readings', () => {
	it('uses Krippendorff thresholds: ≥ .800 betrouwbaar, ≥ .667 voorlopig, lower niet betrouwbaar', () => {
		expect(interpretAlpha(est(0.81)).verdict).toBe('betrouwbaar');
		expect(interpretAlpha(est(0.7)).verdict).toBe('voorlopig');
		expect(interpretAlpha(est(0.5)).text).toContain('niet betrouwbaar');
	});
	it('uses Landis & Koch bands in Dutch', () => {
		expect(landisKochLabel(-0.1)).toContain('slecht');
		expect(landisKochLabel(0.5)).toBe('matige');
		expect(landisKochLabel(0.85)).toBe('bijna perfecte');
		expect(interpretKappa('κ', est(0.65)).text).toContain('aanzienlijk');
	});
	it('warns for a small group and shows the wide interval', () => {
		const reading = interpretAlpha(est(0.7), { interval: { lower: est(0.31), upper: est(0.93) }, units: 18 });
		expect(reading.warnings.join(' ')).toContain('0,31');
		expect(reading.warnings.join(' ')).toContain('18');
		expect(reading.text).toContain('95%-interval 0,31 tot 0,93');
	});
	it('reports an undefined figure with its reason, never a number', () => {
		expect(interpretIcc('ICC', { ok: false, reason: 'geen spreiding' }).text).toContain('geen spreiding');
	});
	it('detects the kappa paradox and points to AC1/AC2', () => {
		const text = detectKappaParadox({ percentAgreement: est(0.9), chanceCorrected: est(0.2), dominantShare: 0.85, ac: est(0.88) });
		expect(text).toContain('AC1/AC2');
		expect(detectKappaParadox({ percentAgreement: est(0.9), chanceCorrected: est(0.8), dominantShare: 0.85 })).toBeNull();
	});
});
