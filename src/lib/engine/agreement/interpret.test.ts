import { describe, expect, it } from 'vitest';
import {
	detectKappaParadox,
	explainDivergence,
	interpretAlpha,
	interpretChanceCorrected,
	interpretIcc,
	interpretKappa,
	kooLiLabel,
	landisKochLabel,
	precisionWarnings,
	quadraticOneStepCredit,
	readSessionAgreement
} from './interpret';
import { readAgreementOutput } from './interpret-output';
import type { AgreementOutput } from './compute-all';

const est = (value: number) => ({ ok: true as const, value });
const none = { ok: false as const, reason: 'geen spreiding in de scores' };
const iv = (lower: number, upper: number) => ({ lower: est(lower), upper: est(upper) });

describe('Krippendorff: the verdict follows the lower limit of the 95% interval', () => {
	it.each([
		// point, lower, upper, verdict, words the text must hold
		[0.89, 0.82, 0.95, 'betrouwbaar', ['betrouwbaar', 'ondergrens 0,82']],
		[0.89, 0.68, 0.96, 'voorlopig', ['voorlopige conclusies', 'ondergrens 0,68', 'Het getal zelf haalt 0,800']],
		[0.75, 0.7, 0.8, 'voorlopig', ['voorlopige conclusies']],
		[0.72, 0.55, 0.86, 'onvoldoende', ['niet aangetoond', 'ondergrens 0,55', 'ook al ligt het getal zelf hoger']],
		[0.4, 0.2, 0.6, 'onvoldoende', ['het hele 95%-interval ligt onder 0,667']],
		[0.36, 0.24, 0.45, 'onvoldoende', ['niet betrouwbaar']]
	] as const)('α = %s [%s; %s] reads %s', (a, lower, upper, verdict, words) => {
		const reading = interpretAlpha(est(a), { interval: iv(lower, upper) });
		expect(reading.verdict).toBe(verdict);
		for (const w of words) expect(reading.text).toContain(w);
	});

	it('prints a limit near a threshold with enough decimals to stay on its side', () => {
		const reading = interpretAlpha(est(0.75), { interval: iv(0.6665, 0.82) });
		expect(reading.text).toContain('0,6665');
		expect(reading.verdict).toBe('onvoldoende');
		expect(reading.text).not.toMatch(/ondergrens 0,67\b/);
	});

	it('gives no verdict without an interval, only where the number lies', () => {
		const reading = interpretAlpha(est(0.85));
		expect(reading.verdict).toBe('beschrijvend');
		expect(reading.text).toContain('op of boven 0,800');
		expect(reading.text).toContain('geen oordeel');
	});

	it('reports an undefined α with its reason, never a number', () => {
		const reading = interpretAlpha(none);
		expect(reading.verdict).toBe('onbepaald');
		expect(reading.text).toContain('geen spreiding');
		expect(reading.text).not.toMatch(/NaN|undefined/);
	});
});

describe('Landis & Koch, for unweighted kappas only, at both limits', () => {
	it.each([
		[0.65, undefined, 'aanzienlijke overeenstemming boven toeval (Landis & Koch)'],
		[0.65, iv(0.61, 0.79), 'aanzienlijke overeenstemming boven toeval (Landis & Koch, beide grenzen'],
		[0.5, iv(0.3, 0.7), 'van redelijke tot aanzienlijke overeenstemming boven toeval'],
		[0.1, iv(-0.05, 0.25), 'van minder dan toeval tot redelijke overeenstemming boven toeval'],
		[-0.1, undefined, 'minder overeenstemming dan toeval'],
		[-0.1, iv(-0.3, -0.02), 'minder overeenstemming dan toeval (beide grenzen'],
		[0, undefined, 'niet meer overeenstemming dan toeval']
	] as const)('κ = %s %o', (k, interval, words) => {
		const reading = interpretKappa('κ', est(k), interval ? { interval } : {});
		expect(reading.text).toContain(words);
		// Never the contradiction "minder dan toeval … boven toeval" for one value.
		if (k <= 0 && !interval) expect(reading.text).not.toContain('boven toeval');
	});

	it('bands positive values and has no band for values ≤ 0', () => {
		expect(landisKochLabel(0.1)).toBe('geringe');
		expect(landisKochLabel(0.5)).toBe('matige');
		expect(landisKochLabel(0.85)).toBe('bijna perfecte');
	});
});

describe('weighted kappas and Gwet: no bands', () => {
	it('says what the figure means, what weights do, and when the interval reaches chance', () => {
		const reading = interpretChanceCorrected('AC2', est(0.79), { interval: iv(-0.02, 0.9), weighted: true });
		expect(reading.text).toContain('overeenstemming boven toeval (0 = toeval, 1 = volledig eens)');
		expect(reading.text).toContain('Een verschil van één niveau telt gedeeltelijk mee');
		expect(reading.text).toContain('reikt tot toevalsniveau');
		expect(reading.text).toContain('Geen klasse');
		expect(reading.text).not.toContain('aanzienlijke');
	});
	it('AC1 is not said to be weighted', () => {
		expect(interpretChanceCorrected('AC1', est(0.3)).text).not.toContain('telt gedeeltelijk mee');
	});
});

describe('Koo & Li on both limits of the interval', () => {
	it.each([
		[0.8, iv(0.4, 0.95), 'zwak tot uitstekend'],
		[0.8, iv(0.76, 0.88), 'goed (Koo & Li: beide grenzen'],
		[0.6, iv(0.5, 0.74), 'matig (Koo & Li: beide grenzen']
	] as const)('ICC = %s reads by its limits', (value, interval, words) => {
		expect(interpretIcc('ICC', est(value), interval).text).toContain(words);
	});
	it('without an interval it names the point’s band and says the verdict needs the interval', () => {
		expect(interpretIcc('ICC', est(0.8)).text).toContain('Koo & Li oordelen op het 95%-interval');
		expect(kooLiLabel(0.9)).toBe('uitstekend');
	});
	it('reports an undefined ICC with its reason', () => {
		expect(interpretIcc('ICC', none).text).toContain('geen spreiding');
	});
});

describe('plurals and small groups', () => {
	it('one unit is "eenheid", many are "eenheden"', () => {
		expect(precisionWarnings(undefined, 1).join(' ')).toContain('1 beoordeelde eenheid:');
		expect(precisionWarnings(undefined, 18).join(' ')).toContain('18 beoordeelde eenheden');
	});
	it('warns for a small group and shows the wide interval', () => {
		const reading = interpretAlpha(est(0.7), { interval: iv(0.31, 0.93), units: 18 });
		expect(reading.warnings.join(' ')).toContain('0,31');
		expect(reading.text).toContain('95%-interval 0,31 tot 0,93');
	});
});

describe('one headline for a session, AC2 explained when it diverges', () => {
	const credit = quadraticOneStepCredit([1, 2, 3, 4])!;
	it('a one-step difference gets 8/9 credit under quadratic weights on four levels', () => {
		expect(credit).toBeCloseTo(8 / 9, 12);
	});
	it('α 0,36 next to AC2 0,79 with exact agreement at chance: near misses carry AC2', () => {
		const reading = readSessionAgreement({
			alpha: { estimate: est(0.36), ...iv(0.24, 0.45) },
			ac2: { estimate: est(0.79), ...iv(0.7, 0.86) },
			ac1: est(0.23),
			oneStepCredit: credit
		});
		expect(reading.headline.verdict).toBe('onvoldoende');
		expect(reading.rule).toContain('Kopregel');
		expect(reading.divergence).toContain('voor 0,89 als overeenstemming');
		expect(reading.divergence).toContain('nauwelijks vaker dan toeval (AC1 = 0,23)');
		expect(reading.ac2.text).not.toContain('aanzienlijke');
		expect(reading.ac2.text).toContain('Geen klasse');
	});
	it('from the pair shares when AC1 is not at hand', () => {
		const text = explainDivergence({
			alpha: { estimate: est(0.36) },
			ac2: { estimate: est(0.79) },
			shares: { exact: est(0.41), withinOne: est(0.93) },
			oneStepCredit: credit
		});
		expect(text).toContain('41% van de assessorparen gaf exact hetzelfde niveau, 93%');
	});
	it('no sentence when they are close, or when the paradox already explains it', () => {
		expect(explainDivergence({ alpha: { estimate: est(0.7) }, ac2: { estimate: est(0.8) } })).toBeNull();
		expect(explainDivergence({ alpha: { estimate: est(0.3) }, ac2: { estimate: est(0.8) }, paradox: 'paradox' })).toBeNull();
		expect(explainDivergence({ alpha: { estimate: none }, ac2: { estimate: est(0.8) } })).toBeNull();
	});
});

describe('command-line readings', () => {
	it('reads kappas from their SE interval and weighted ones without bands', () => {
		const out = {
			units: 40,
			notes: {},
			category_shares: [0.5, 0.5],
			cohen_kappa: 0.65,
			cohen_kappa_se: 0.05,
			cohen_kappa_quadratic: 0.8,
			cohen_kappa_quadratic_se: 0.3,
			percent_agreement: 0.8
		} as unknown as AgreementOutput;
		const { readings } = readAgreementOutput(out);
		expect(readings.cohen_kappa!.text).toContain('95%-interval 0,55 tot 0,75');
		expect(readings.cohen_kappa!.text).toContain('van matige tot aanzienlijke');
		// 0,80 ± 1,96 · 0,30 passes 1: the interval stops at the coefficient's bound.
		expect(readings.cohen_kappa_quadratic!.text).toContain('tot 1,00');
		expect(readings.cohen_kappa_quadratic!.text).toContain('Geen klasse');
	});
});

describe('the kappa paradox', () => {
	it('detects it and points to AC1/AC2', () => {
		const text = detectKappaParadox({ percentAgreement: est(0.9), chanceCorrected: est(0.2), dominantShare: 0.85, ac: est(0.88) });
		expect(text).toContain('AC1/AC2');
		expect(detectKappaParadox({ percentAgreement: est(0.9), chanceCorrected: est(0.8), dominantShare: 0.85 })).toBeNull();
	});
});
