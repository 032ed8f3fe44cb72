import type { Estimate } from './estimate';
import {
	AC1_NEAR_CHANCE,
	ALPHA_RELIABLE,
	DIVERGENCE_GAP,
	NEAR_MISS_GAP,
	ALPHA_TENTATIVE,
	ICC_BANDS,
	LANDIS_KOCH_BANDS,
	PARADOX_MIN_DOMINANT_SHARE,
	PARADOX_MIN_GAP,
	PARADOX_MIN_RAW_AGREEMENT,
	SMALL_SAMPLE_UNITS,
	WIDE_INTERVAL
} from './interpret-thresholds';
import { formatFixedNl, formatNumberNl, formatShareNl } from '../common/format-nl';

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

/** Flemish decimal comma and a true minus sign (screen readers say "min"). */
const fmt = (x: number, digits = 2) =>
	formatFixedNl(x, digits).replace('-', '−');

const percent = formatShareNl;

/**
 * A limit that is judged against thresholds, with enough decimals that the printed number is on the same side of
 * each threshold as the number itself: 0,6665 is not printed as "0,67" next to "onder 0,667".
 */
function limitText(x: number, thresholds: readonly number[]): string {
	for (let digits = 2; digits < 6; digits++) {
		// Rounded as the printed text is (toLocaleString), not as toFixed rounds: they differ on halves like 0,6665.
		const rounded = Number(x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }));
		if (thresholds.every((t) => rounded >= t === x >= t)) return fmt(x, digits);
	}
	return fmt(x, 6);
}

/** Both limits when known; the lower alone still bounds a reading from below. */
function limitsOf(interval?: IntervalLike): { lower: number; upper: number | null } | null {
	if (!interval?.lower.ok) return null;
	return { lower: interval.lower.value, upper: interval.upper.ok ? interval.upper.value : null };
}

const ALPHA_THRESHOLDS = [ALPHA_TENTATIVE, ALPHA_RELIABLE] as const;

/**
 * Krippendorff's thresholds judged on the LOWER limit of the 95% interval (Krippendorff 2004, p. 241: rely on data
 * whose α is at least .800, .667 for tentative conclusions, "at a chosen level of significance"): a reading is never
 * stronger than its interval. Without an interval there is no verdict, only where the point lies.
 */
export function interpretAlpha(alpha: Estimate, options: { interval?: IntervalLike; units?: number } = {}): Reading {
	if (!alpha.ok) return undefinedReading(alpha.reason);
	const warnings = precisionWarnings(options.interval, options.units);
	const a = alpha.value;
	const limits = limitsOf(options.interval);
	const shown = `α = ${fmt(a)}${intervalText(options.interval, ALPHA_THRESHOLDS)}`;
	if (!limits) {
		const where = a >= ALPHA_RELIABLE ? 'op of boven 0,800' : a >= ALPHA_TENTATIVE ? 'tussen 0,667 en 0,800' : 'onder 0,667';
		return {
			verdict: 'beschrijvend',
			text: `${shown}: het getal ligt ${where}, maar zonder 95%-interval is er geen oordeel (Krippendorff oordeelt op de ondergrens).`,
			warnings
		};
	}
	const low = limitText(limits.lower, ALPHA_THRESHOLDS);
	if (limits.lower >= ALPHA_RELIABLE) {
		return { verdict: 'betrouwbaar', text: `${shown}: betrouwbaar: ook de ondergrens ${low} haalt 0,800 (Krippendorff).`, warnings };
	}
	if (limits.lower >= ALPHA_TENTATIVE) {
		const point = a >= ALPHA_RELIABLE ? ' Het getal zelf haalt 0,800, maar met deze gegevens staat dat niet vast.' : '';
		return {
			verdict: 'voorlopig',
			text: `${shown}: enkel voorlopige conclusies: de ondergrens ${low} haalt 0,667 maar niet 0,800 (Krippendorff).${point}`,
			warnings
		};
	}
	if (limits.upper !== null && limits.upper < ALPHA_TENTATIVE) {
		return {
			verdict: 'onvoldoende',
			text: `${shown}: niet betrouwbaar: het hele 95%-interval ligt onder 0,667 (Krippendorff). Bespreek de verschillen voor je conclusies trekt.`,
			warnings
		};
	}
	const point = a >= ALPHA_TENTATIVE ? ', ook al ligt het getal zelf hoger' : '';
	return {
		verdict: 'onvoldoende',
		text: `${shown}: niet aangetoond: de ondergrens ${low} ligt onder 0,667${point}, dus de overeenstemming kan ook onvoldoende zijn (Krippendorff). Bespreek de verschillen voor je conclusies trekt.`,
		warnings
	};
}

/** Landis & Koch band of a positive value (≤ 0 is worded as chance, not as a band). */
export function landisKochLabel(value: number): string {
	for (const band of LANDIS_KOCH_BANDS) if (value <= band.upTo) return band.label;
	return LANDIS_KOCH_BANDS[LANDIS_KOCH_BANDS.length - 1]!.label;
}

/** "minder overeenstemming dan toeval", "niet meer … dan toeval" or "<band> overeenstemming boven toeval". */
function chancePhrase(value: number): string {
	if (value < 0) return 'minder overeenstemming dan toeval';
	if (value === 0) return 'niet meer overeenstemming dan toeval';
	return `${landisKochLabel(value)} overeenstemming boven toeval`;
}

/** The class of a value for comparing two limits: below chance, chance, or a band. */
const lkClass = (value: number) => (value < 0 ? 'onder' : value === 0 ? 'toeval' : landisKochLabel(value));

/**
 * Unweighted kappas only (Cohen, Fleiss, Conger, Light): Landis & Koch, at both limits of the interval when there is
 * one. κ ≤ 0 reads as chance ("κ = −0,10: minder overeenstemming dan toeval"), never as a band.
 */
export function interpretKappa(name: string, kappa: Estimate, options: { interval?: IntervalLike; units?: number } = {}): Reading {
	if (!kappa.ok) return undefinedReading(kappa.reason);
	const warnings = precisionWarnings(options.interval, options.units);
	const shown = `${name} = ${fmt(kappa.value)}${intervalText(options.interval)}`;
	const limits = limitsOf(options.interval);
	if (!limits || limits.upper === null) {
		const source = kappa.value > 0 ? ' (Landis & Koch)' : '';
		return { verdict: 'beschrijvend', text: `${shown}: ${chancePhrase(kappa.value)}${source}.`, warnings };
	}
	const { lower, upper } = limits;
	if (lkClass(lower) === lkClass(upper)) {
		const source = lower > 0 ? ' (Landis & Koch, beide grenzen van het 95%-interval)' : ' (beide grenzen van het 95%-interval)';
		return { verdict: 'beschrijvend', text: `${shown}: ${chancePhrase(lower)}${source}.`, warnings };
	}
	const from = lower < 0 ? 'minder dan toeval' : lower === 0 ? 'toevalsniveau' : landisKochLabel(lower);
	const to = upper === 0 ? 'toevalsniveau' : `${landisKochLabel(upper)} overeenstemming boven toeval`;
	return { verdict: 'beschrijvend', text: `${shown}: van ${from} tot ${to} (Landis & Koch, op de grenzen van het 95%-interval).`, warnings };
}

/**
 * Weighted kappas and Gwet's AC1/AC2: no benchmark bands. Landis & Koch made theirs for unweighted kappa, and weights
 * give near misses credit, so a band would read a weighted figure too strongly. The reading says what 0 and 1 mean,
 * what the weights do, and whether the interval reaches chance level.
 */
export function interpretChanceCorrected(
	name: string,
	value: Estimate,
	options: { interval?: IntervalLike; units?: number; weighted?: boolean } = {}
): Reading {
	if (!value.ok) return undefinedReading(value.reason);
	const warnings = precisionWarnings(options.interval, options.units);
	const shown = `${name} = ${fmt(value.value)}${intervalText(options.interval)}`;
	const limits = limitsOf(options.interval);
	const weights = options.weighted ? ' Een verschil van één niveau telt gedeeltelijk mee als overeenstemming.' : '';
	const reach = limits && limits.lower <= 0 && value.value > 0 ? ' Het 95%-interval reikt tot toevalsniveau: ook geen overeenstemming boven toeval is niet uitgesloten.' : '';
	const what =
		value.value < 0
			? 'minder overeenstemming dan toeval.'
			: value.value === 0
				? 'niet meer overeenstemming dan toeval.'
				: 'overeenstemming boven toeval (0 = toeval, 1 = volledig eens).';
	return {
		verdict: 'beschrijvend',
		text: `${shown}: ${what}${weights}${reach} Geen klasse: de grenzen van Landis & Koch gelden voor ongewogen kappa.`,
		warnings
	};
}

export function interpretIcc(name: string, icc: Estimate, interval?: IntervalLike, units?: number): Reading {
	if (!icc.ok) return undefinedReading(icc.reason);
	const warnings = precisionWarnings(interval, units);
	const shown = `${name} = ${fmt(icc.value)}${intervalText(interval, ICC_LIMITS)}`;
	const limits = limitsOf(interval);
	if (!limits || limits.upper === null) {
		return {
			verdict: 'beschrijvend',
			text: `${shown}: het getal valt in de klasse ${kooLiLabel(icc.value)}, maar Koo & Li oordelen op het 95%-interval en dat ontbreekt.`,
			warnings
		};
	}
	const low = kooLiLabel(limits.lower);
	const high = kooLiLabel(limits.upper);
	const text = low === high ? `${low} (Koo & Li: beide grenzen van het 95%-interval)` : `${low} tot ${high} (Koo & Li, op de grenzen van het 95%-interval)`;
	return { verdict: 'beschrijvend', text: `${shown}: ${text}.`, warnings };
}

const ICC_LIMITS = ICC_BANDS.slice(0, -1).map((b) => b.upTo);

/** Koo & Li band: < .5 zwak, < .75 matig, < .9 goed, else uitstekend. */
export function kooLiLabel(value: number): string {
	for (const band of ICC_BANDS) if (value < band.upTo) return band.label;
	return ICC_BANDS[ICC_BANDS.length - 1]!.label;
}

/** The stated rule for the one headline reading of a session (shown beside it, and in docs/agreement.md). */
export const HEADLINE_RULE =
	'Kopregel: Krippendorffs α (ordinaal), beoordeeld op de ondergrens van het 95%-interval (vanaf 0,800 betrouwbaar, vanaf 0,667 voorlopig). ' +
	'α is de kopregel omdat het de volgorde van de niveaus gebruikt, ontbrekende scores toelaat en vaste drempels heeft; AC2 staat ernaast maar beslist niet.';

export interface SessionReadingInput {
	readonly alpha: IntervalLike & { readonly estimate: Estimate };
	readonly ac2: IntervalLike & { readonly estimate: Estimate };
	/** Gwet's AC1 (exact agreement, chance-corrected), to tell near misses from exact agreement. */
	readonly ac1?: Estimate;
	/** Credit a one-level difference gets from AC2's quadratic weights (0,89 on a 4-level scale). */
	readonly oneStepCredit?: number;
	/** Share of assessor pairs giving exactly the same level, and at most one level apart (when AC1 is not at hand). */
	readonly shares?: { readonly exact: Estimate; readonly withinOne: Estimate };
	/** The kappa-paradox text, when it shows: it already explains a high AC2 next to a low α. */
	readonly paradox?: string | null;
	readonly units?: number;
}

export interface SessionReading {
	/** The headline: α's reading (HEADLINE_RULE). */
	readonly headline: Reading;
	readonly ac2: Reading;
	/** One sentence why AC2 and α differ so much, or null when they do not (or the paradox already says why). */
	readonly divergence: string | null;
	readonly rule: string;
}

/** The one headline reading of a group of units, AC2's reading beside it and, when they diverge, why. */
export function readSessionAgreement(input: SessionReadingInput): SessionReading {
	const headline = interpretAlpha(input.alpha.estimate, { interval: input.alpha, ...(input.units === undefined ? {} : { units: input.units }) });
	const ac2 = interpretChanceCorrected('AC2', input.ac2.estimate, { interval: input.ac2, weighted: true });
	return { headline, ac2, divergence: explainDivergence(input), rule: HEADLINE_RULE };
}

/** One sentence why AC2 and α are far apart (at least DIVERGENCE_GAP), or null. */
export function explainDivergence(input: Pick<SessionReadingInput, 'ac1' | 'oneStepCredit' | 'paradox' | 'shares'> & { alpha: { estimate: Estimate }; ac2: { estimate: Estimate } }): string | null {
	const alpha = input.alpha.estimate;
	const ac2 = input.ac2.estimate;
	if (!alpha.ok || !ac2.ok) return null;
	const gap = ac2.value - alpha.value;
	if (Math.abs(gap) < DIVERGENCE_GAP) return null;
	const both = `AC2 (${fmt(ac2.value)}) ligt veel ${gap > 0 ? 'hoger' : 'lager'} dan α (${fmt(alpha.value)})`;
	if (gap < 0) {
		return `${both}: ze wegen verschillen anders (α op de rangorde van de niveaus, AC2 op hun kwadratische afstand) en corrigeren anders voor toeval; volg de kopregel.`;
	}
	if (input.paradox) return null;
	const ac1 = input.ac1;
	if (ac1?.ok && ac2.value - ac1.value >= NEAR_MISS_GAP) {
		const credit = input.oneStepCredit === undefined ? 'grotendeels' : `voor ${fmt(input.oneStepCredit)}`;
		const exact =
			ac1.value < AC1_NEAR_CHANCE
				? `exact hetzelfde niveau geven de assessoren nauwelijks vaker dan toeval (AC1 = ${fmt(ac1.value)})`
				: `exact hetzelfde niveau geven de assessoren veel minder vaak (AC1 = ${fmt(ac1.value)})`;
		return `${both} omdat AC2 een verschil van één niveau ${credit} als overeenstemming telt: ${exact}, ze zitten vooral dicht bij elkaar.`;
	}
	const exact = input.shares?.exact;
	const withinOne = input.shares?.withinOne;
	if (!ac1?.ok && exact?.ok && withinOne?.ok && withinOne.value - exact.value >= NEAR_MISS_GAP) {
		const credit = input.oneStepCredit === undefined ? 'grotendeels' : `voor ${fmt(input.oneStepCredit)}`;
		return (
			`${both} omdat AC2 een verschil van één niveau ${credit} als overeenstemming telt: ${percent(exact.value)} van de assessorparen gaf ` +
			`exact hetzelfde niveau, ${percent(withinOne.value)} lag hoogstens één niveau uit elkaar.`
		);
	}
	return `${both} omdat ze anders voor toeval corrigeren: α rekent met hoe vaak elk niveau gegeven werd en ziet bij scores op weinig niveaus veel toevallige overeenstemming, AC2 (Gwet) veel minder.`;
}

/** Credit of a one-step difference under quadratic weights: 1 − (smallest step / range)². */
export function quadraticOneStepCredit(categories: readonly number[]): number | undefined {
	if (categories.length < 2) return undefined;
	const range = categories[categories.length - 1]! - categories[0]!;
	let step = Infinity;
	for (let k = 1; k < categories.length; k++) step = Math.min(step, categories[k]! - categories[k - 1]!);
	return 1 - (step / range) ** 2;
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
			`Gebaseerd op slechts ${formatNumberNl(units)} ${units === 1 ? 'beoordeelde eenheid' : 'beoordeelde eenheden'}: één meningsverschil meer of minder verschuift dit getal merkbaar.`
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
function intervalText(interval?: IntervalLike, thresholds: readonly number[] = []): string {
	if (!interval?.lower.ok || !interval.upper.ok) return '';
	return ` (95%-interval ${limitText(interval.lower.value, thresholds)} tot ${limitText(interval.upper.value, thresholds)})`;
}

function undefinedReading(reason: string): Reading {
	return { verdict: 'onbepaald', text: `Niet te berekenen: ${reason}.`, warnings: [] };
}
