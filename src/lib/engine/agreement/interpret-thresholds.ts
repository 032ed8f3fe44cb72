/**
 * Thresholds used to put agreement figures into words, each with its source.
 */

/** Krippendorff (2004), Content Analysis, 2nd ed., p. 241: rely on data with α ≥ .800. */
export const ALPHA_RELIABLE = 0.8;
/** Krippendorff (2004), p. 241: .667 ≤ α < .800 only for drawing tentative conclusions. */
export const ALPHA_TENTATIVE = 0.667;

/**
 * Landis & Koch (1977), Biometrics 33:159–174, benchmark bands (upper bounds) as Dutch adjectives. They were made for
 * unweighted kappa, so they are applied to unweighted kappas only (Cohen, Fleiss, Conger, Light), never to weighted
 * kappas or Gwet's AC1/AC2. Values ≤ 0 are not a band: they are worded as "(minder dan) toeval".
 */
export const LANDIS_KOCH_BANDS: readonly { upTo: number; label: string }[] = [
	{ upTo: 0.2, label: 'geringe' },
	{ upTo: 0.4, label: 'redelijke' },
	{ upTo: 0.6, label: 'matige' },
	{ upTo: 0.8, label: 'aanzienlijke' },
	{ upTo: 1, label: 'bijna perfecte' }
];

/**
 * Koo & Li (2016), J Chiropr Med 15:155–163: ICC < .5 poor, .5–.75 moderate, .75–.9 good, > .9 excellent. They judge
 * on the 95% interval ("based on the 95% confidence interval of the ICC estimate"), so both limits get a band.
 */
export const ICC_BANDS: readonly { upTo: number; label: string }[] = [
	{ upTo: 0.5, label: 'zwak' },
	{ upTo: 0.75, label: 'matig' },
	{ upTo: 0.9, label: 'goed' },
	{ upTo: 1, label: 'uitstekend' }
];

/**
 * An interval wider than this says little: it spans more than two Landis & Koch bands (each .20 wide).
 * (Design choice derived from the band width above.)
 */
export const WIDE_INTERVAL = 0.4;

/**
 * Fewer units than this: warn that one disagreement moves the figure a lot. A group of 6 candidates × a few
 * competencies is typically below it. (Design choice; Gwet 2014, ch. 10, shows SEs shrinking slowly below ~30 subjects.)
 */
export const SMALL_SAMPLE_UNITS = 30;

/**
 * Kappa paradox (Feinstein & Cicchetti 1990, J Clin Epidemiol 43:543–549): high raw agreement with a low kappa
 * because one level dominates. We call it so when raw agreement ≥ .80, the chance-corrected value is at least .30 below
 * it, and one category holds ≥ 70% of all ratings. (Thresholds are a design choice.)
 */
export const PARADOX_MIN_RAW_AGREEMENT = 0.8;
export const PARADOX_MIN_GAP = 0.3;
export const PARADOX_MIN_DOMINANT_SHARE = 0.7;

/**
 * AC2 (or AC1) and α are said to diverge, and the reading explains why in one sentence, when they are this far apart.
 * (Design choice: a difference of .20 is the width of one Landis & Koch band, enough to change what a reader concludes.)
 */
export const DIVERGENCE_GAP = 0.2;
/**
 * AC2 is carried by near misses (quadratic weights) rather than by exact agreement when AC1 is this much below it.
 * (Design choice, same size as DIVERGENCE_GAP.)
 */
export const NEAR_MISS_GAP = 0.2;
/** AC1 below this: exact agreement is "nauwelijks boven toeval" (design choice: the lowest Landis & Koch band is ≤ .20). */
export const AC1_NEAR_CHANCE = 0.25;
/** Normal quantile for a 95% interval from a standard error (κ ± 1.96·SE, psych's convention for Cohen's kappa). */
export const Z_95 = 1.959963984540054;
