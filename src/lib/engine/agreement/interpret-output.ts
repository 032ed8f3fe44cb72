import type { AgreementOutput } from './compute-all';
import type { Estimate } from './estimate';
import { detectKappaParadox, interpretAlpha, interpretIcc, interpretKappa, type Reading } from './interpret';
import { ICC_NAMES } from './icc';

const KAPPA_LIKE: Readonly<Record<string, string>> = {
	cohen_kappa: "Cohens kappa",
	cohen_kappa_linear: "Cohens gewogen kappa (lineair)",
	cohen_kappa_quadratic: "Cohens gewogen kappa (kwadratisch)",
	fleiss_kappa: "Fleiss' kappa",
	fleiss_kappa_generalized: "Fleiss' kappa (met ontbrekende scores)",
	gwet_ac1: 'Gwets AC1',
	gwet_ac2_linear: 'Gwets AC2 (lineair)',
	gwet_ac2_quadratic: 'Gwets AC2 (kwadratisch)',
	gwet_ac2_ordinal: 'Gwets AC2 (ordinaal)',
	light_kappa: "Lights kappa",
	light_kappa_linear: "Lights kappa (lineair)",
	light_kappa_quadratic: "Lights kappa (kwadratisch)"
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
	const readings: Record<string, Reading> = {};
	for (const metric of ['nominal', 'ordinal', 'interval', 'ratio']) {
		const key = `krippendorff_alpha_${metric}`;
		const alpha = estimateAt(key);
		if (alpha) readings[key] = interpretAlpha(alpha, { units: out.units });
	}
	for (const [key, label] of Object.entries(KAPPA_LIKE)) {
		const kappa = estimateAt(key);
		if (kappa) readings[key] = interpretKappa(label, kappa, { units: out.units });
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
