import type { Estimate } from './estimate';
import {
	ALPHA_RELIABLE,
	ALPHA_TENTATIVE,
	ICC_BANDS,
	LANDIS_KOCH_BANDS,
	PARADOX_MIN_DOMINANT_SHARE,
	PARADOX_MIN_GAP,
	PARADOX_MIN_RAW_AGREEMENT,
	SMALL_SAMPLE_UNITS,
	WIDE_INTERVAL
} from './interpret-thresholds';

/** A plain Dutch reading of one figure for non-statisticians, plus warnings (small sample, wide interval, paradox). */
export interface Reading {
	readonly verdict: 'betrouwbaar' | 'voorlopig' | 'onvoldoende' | 'onbepaald' | 'beschrijvend';
	readonly text: string;
	readonly warnings: readonly string[];
}

export interface IntervalLike {
	readonly lower: Estimate;
	readonly upper: Estimate;
}

const fmt = (x: number) => x.toLocaleString('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Krippendorff's thresholds: α ≥ .800 betrouwbaar; ≥ .667 enkel voorlopige conclusies; lager: niet betrouwbaar. */
export function interpretAlpha(alpha: Estimate, options: { interval?: IntervalLike; units?: number } = {}): Reading {
	if (!alpha.ok) return undefinedReading(alpha.reason);
	const warnings = precisionWarnings(options.interval, options.units);
	const a = alpha.value;
	const shown = `α = ${fmt(a)}${intervalText(options.interval)}`;
	if (a >= ALPHA_RELIABLE) {
		return { verdict: 'betrouwbaar', text: `${shown}: de assessoren oordelen betrouwbaar eensgezind (≥ 0,80).`, warnings };
	}
	if (a >= ALPHA_TENTATIVE) {
		return {
			verdict: 'voorlopig',
			text: `${shown}: de overeenstemming laat enkel voorlopige conclusies toe (tussen 0,667 en 0,80).`,
			warnings
		};
	}
	return {
		verdict: 'onvoldoende',
		text: `${shown}: de assessoren oordelen niet betrouwbaar eensgezind (onder 0,667). Bespreek de verschillen voor je conclusies trekt.`,
		warnings
	};
}

/** Landis & Koch bands for kappa-type coefficients, in Dutch. */
export function landisKochLabel(value: number): string {
	for (const band of LANDIS_KOCH_BANDS) if (value <= band.upTo) return band.label;
	return LANDIS_KOCH_BANDS[LANDIS_KOCH_BANDS.length - 1]!.label;
}

export function interpretKappa(name: string, kappa: Estimate, options: { interval?: IntervalLike; units?: number } = {}): Reading {
	if (!kappa.ok) return undefinedReading(kappa.reason);
	const label = landisKochLabel(kappa.value);
	return {
		verdict: 'beschrijvend',
		text: `${name} = ${fmt(kappa.value)}${intervalText(options.interval)}: ${label} overeenstemming boven wat toeval zou geven (Landis & Koch).`,
		warnings: precisionWarnings(options.interval, options.units)
	};
}

export function interpretIcc(name: string, icc: Estimate, interval?: IntervalLike, units?: number): Reading {
	if (!icc.ok) return undefinedReading(icc.reason);
	let label = ICC_BANDS[ICC_BANDS.length - 1]!.label;
	for (const band of ICC_BANDS) {
		if (icc.value < band.upTo) {
			label = band.label;
			break;
		}
	}
	return {
		verdict: 'beschrijvend',
		text: `${name} = ${fmt(icc.value)}${intervalText(interval)}: ${label} (Koo & Li).`,
		warnings: precisionWarnings(interval, units)
	};
}

/** Warnings about precision: few units, and an interval too wide to say much. The interval is shown, not hidden. */
export function precisionWarnings(interval?: IntervalLike, units?: number): string[] {
	const warnings: string[] = [];
	if (interval?.lower.ok && interval.upper.ok) {
		const width = interval.upper.value - interval.lower.value;
		if (width > WIDE_INTERVAL) {
			warnings.push(
				`Het 95%-interval loopt van ${fmt(interval.lower.value)} tot ${fmt(interval.upper.value)}: zo breed dat het getal weinig zegt. Lees het als een ruwe indicatie.`
			);
		}
	}
	if (units !== undefined && units < SMALL_SAMPLE_UNITS) {
		warnings.push(
			`Gebaseerd op slechts ${units} beoordeelde eenheden: één meningsverschil meer of minder verschuift dit getal merkbaar.`
		);
	}
	return warnings;
}

/**
 * Kappa paradox: high raw agreement but a low kappa/alpha because one level dominates (Feinstein & Cicchetti 1990).
 * Returns a Dutch explanation that points to AC1/AC2, or null.
 */
export function detectKappaParadox(input: {
	percentAgreement: Estimate;
	chanceCorrected: Estimate;
	/** Share of all ratings in the most used category. */
	dominantShare: number;
	ac?: Estimate;
}): string | null {
	const { percentAgreement: pa, chanceCorrected: cc, dominantShare } = input;
	if (!pa.ok) return null;
	if (pa.value < PARADOX_MIN_RAW_AGREEMENT || dominantShare < PARADOX_MIN_DOMINANT_SHARE) return null;
	if (cc.ok && pa.value - cc.value < PARADOX_MIN_GAP) return null;
	const ac = input.ac?.ok ? ` Gwets AC1/AC2 (${fmt(input.ac.value)}) is minder gevoelig hiervoor en geeft een eerlijker beeld.` : ' Kijk naar Gwets AC1/AC2, die hier minder gevoelig voor zijn.';
	const low = cc.ok ? `slechts ${fmt(cc.value)}` : 'niet berekenbaar';
	return (
		`De assessoren geven in ${Math.round(pa.value * 100)}% van de vergelijkingen hetzelfde niveau, maar de kanscorrectie is ${low}: ` +
		`${Math.round(dominantShare * 100)}% van alle scores valt op één niveau, waardoor toevallige overeenstemming zeer groot lijkt (kappa-paradox).` +
		ac
	);
}

/** " (95%-interval a tot b)" when both limits are known: a small group's wide interval is shown, not hidden. */
function intervalText(interval?: IntervalLike): string {
	if (!interval?.lower.ok || !interval.upper.ok) return '';
	return ` (95%-interval ${fmt(interval.lower.value)} tot ${fmt(interval.upper.value)})`;
}

function undefinedReading(reason: string): Reading {
	return { verdict: 'onbepaald', text: `Niet te berekenen: ${reason}.`, warnings: [] };
}
