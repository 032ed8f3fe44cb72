/**
 * Thresholds used to put agreement figures into words, each with its source.
 */

/** Krippendorff (2004), Content Analysis, 2nd ed., p. 241: rely on data with α ≥ .800. */
export const ALPHA_RELIABLE = 0.8;
/** Krippendorff (2004), p. 241: .667 ≤ α < .800 only for drawing tentative conclusions. */
export const ALPHA_TENTATIVE = 0.667;

/** Landis & Koch (1977), Biometrics 33:159–174, benchmark bands for kappa-type coefficients (upper bounds), as Dutch adjectives. */
export const LANDIS_KOCH_BANDS: readonly { upTo: number; label: string }[] = [
	{ upTo: 0, label: 'slechte (minder dan toeval)' },
	{ upTo: 0.2, label: 'geringe' },
	{ upTo: 0.4, label: 'redelijke' },
	{ upTo: 0.6, label: 'matige' },
	{ upTo: 0.8, label: 'aanzienlijke' },
	{ upTo: 1, label: 'bijna perfecte' }
];

/** Koo & Li (2016), J Chiropr Med 15:155–163: ICC < .5 poor, .5–.75 moderate, .75–.9 good, > .9 excellent. */
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
