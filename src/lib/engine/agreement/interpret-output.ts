import type { AgreementOutput } from './compute-all';
import type { Estimate } from './estimate';
import { detectKappaParadox, interpretAlpha, interpretChanceCorrected, interpretIcc, interpretKappa, type IntervalLike, type Reading } from './interpret';
import { Z_95 } from './interpret-thresholds';
import { ICC_NAMES } from './icc';

/** Unweighted kappas: Landis & Koch apply (their bands were made for these). */
const UNWEIGHTED_KAPPAS: Readonly<Record<string, string>> = {
	cohen_kappa: 'Cohens kappa',
	fleiss_kappa: "Fleiss' kappa",
	fleiss_kappa_generalized: "Fleiss' kappa (met ontbrekende scores)",
	conger_kappa: 'Congers kappa',
	light_kappa: 'Lights kappa'
};

/** Weighted kappas and Gwet's coefficients: read without benchmark bands (`weighted`: near misses get credit). */
const OTHER_CHANCE_CORRECTED: Readonly<Record<string, { label: string; weighted: boolean }>> = {
	cohen_kappa_linear: { label: 'Cohens gewogen kappa (lineair)', weighted: true },
	cohen_kappa_quadratic: { label: 'Cohens gewogen kappa (kwadratisch)', weighted: true },
	gwet_ac1: { label: 'Gwets AC1', weighted: false },
	gwet_ac2_linear: { label: 'Gwets AC2 (lineair)', weighted: true },
	gwet_ac2_quadratic: { label: 'Gwets AC2 (kwadratisch)', weighted: true },
	gwet_ac2_ordinal: { label: 'Gwets AC2 (ordinaal)', weighted: true },
	light_kappa_linear: { label: 'Lights kappa (lineair)', weighted: true },
	light_kappa_quadratic: { label: 'Lights kappa (kwadratisch)', weighted: true }
};

const ICC_LABELS: Readonly<Record<string, string>> = {
	icc1: 'ICC(1,1)',
	icc2_1: 'ICC(2,1) absolute overeenstemming',
	icc3_1: 'ICC(3,1) consistentie',
	icc1_k: 'ICC(1,k)',
	icc2_k: 'ICC(2,k)',
	icc3_k: 'ICC(3,k)'
};

/** Plain Dutch readings for every figure in the command-line output, plus the kappa paradox when it shows. */
export function readAgreementOutput(out: AgreementOutput): { readings: Record<string, Reading>; paradox: string | null } {
	const estimateAt = (key: string): Estimate | undefined => {
		if (!(key in out)) return undefined;
		const value = out[key];
		return typeof value === 'number' ? { ok: true, value } : { ok: false, reason: out.notes[key] ?? 'niet gedefinieerd' };
	};
	/**
	 * The 95% interval of a figure: its bootstrap limits when the output has them (`_ci95_lower/_upper`), else
	 * estimate ± 1.96·SE from its large-sample standard error (`_se`, as irrCAC and psych print them); none otherwise.
	 */
	const intervalAt = (key: string): { interval?: IntervalLike } => {
		const lower = estimateAt(`${key}_ci95_lower`);
		const upper = estimateAt(`${key}_ci95_upper`);
		if (lower?.ok && upper?.ok) return { interval: { lower, upper } };
		const value = estimateAt(key);
		const se = estimateAt(`${key}_se`);
		if (!value?.ok || !se?.ok) return {};
		// Clipped to [−1, 1]: a symmetric normal interval can pass the coefficient's own bounds on small data.
		const clip = (x: number) => Math.max(-1, Math.min(1, x));
		return { interval: { lower: { ok: true, value: clip(value.value - Z_95 * se.value) }, upper: { ok: true, value: clip(value.value + Z_95 * se.value) } } };
	};
	const readings: Record<string, Reading> = {};
	for (const metric of ['nominal', 'ordinal', 'interval', 'ratio']) {
		const key = `krippendorff_alpha_${metric}`;
		const alpha = estimateAt(key);
		if (alpha) readings[key] = interpretAlpha(alpha, { units: out.units, ...intervalAt(key) });
	}
	for (const [key, label] of Object.entries(UNWEIGHTED_KAPPAS)) {
		const kappa = estimateAt(key);
		if (kappa) readings[key] = interpretKappa(label, kappa, { units: out.units, ...intervalAt(key) });
	}
	for (const [key, { label, weighted }] of Object.entries(OTHER_CHANCE_CORRECTED)) {
		const value = estimateAt(key);
		if (value) readings[key] = interpretChanceCorrected(label, value, { units: out.units, weighted, ...intervalAt(key) });
	}
	for (const name of ICC_NAMES) {
		const icc = estimateAt(name);
		if (!icc) continue;
		const lower = estimateAt(`${name}_ci95_lower`)!;
		const upper = estimateAt(`${name}_ci95_upper`)!;
		readings[name] = interpretIcc(ICC_LABELS[name]!, icc, { lower, upper }, out.units);
	}
	const percent = estimateAt('percent_agreement');
	const chanceCorrected = estimateAt('fleiss_kappa') ?? estimateAt('fleiss_kappa_generalized');
	const paradox =
		percent && chanceCorrected
			? detectKappaParadox({
					percentAgreement: percent,
					chanceCorrected,
					dominantShare: Math.max(0, ...out.category_shares),
					ac: estimateAt('gwet_ac1')
				})
			: null;
	return { readings, paradox };
}
