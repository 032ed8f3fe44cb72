/**
 * Minimum-data rules and flag thresholds for the rater diagnostics. A flag is a prompt for discussion, never a
 * verdict: the thresholds are deliberately conservative, and below the minimum data no flag is raised at all (the
 * diagnostics say so instead). Values are design choices unless a source is given.
 */

/** Confidence of the t-intervals around mean offsets. */
export const CONFIDENCE = 0.95;

/** Leniency/severity needs at least this many units the assessor shares with another assessor. */
export const MIN_SHARED_UNITS = 10;
/** … and a mean offset of at least half a SAM level: smaller offsets do not change a conclusion on a 4-point scale. */
export const MIN_MEAN_OFFSET = 0.5;

/** Leniency towards one candidate ("hulpverlenersfout"): at least this many shared units for that candidate. */
export const MIN_UNITS_PER_CANDIDATE = 5;
/** … and at least this much more lenient for that candidate than the assessor is on average. */
export const MIN_CANDIDATE_EXCESS = 0.5;

/** Central tendency: the other assessors must use the extreme levels on at least this share of the shared units… */
export const MIN_OTHERS_EXTREME_SHARE = 0.15;
/** …and the assessor must use them at least this much less often (difference in shares). */
export const MIN_EXTREME_SHORTFALL = 0.15;

/** Halo: a profile is one assessor's ratings of one candidate in one exercise; it needs this many competencies. */
export const MIN_COMPETENCIES_PER_PROFILE = 4;
/** … at least this many profiles that can be compared with another assessor's profile of the same candidate. */
export const MIN_HALO_PROFILES = 3;
/** … flagged when the assessor's spread across competencies is at most this fraction of the others' spread… */
export const HALO_SPREAD_RATIO = 0.5;
/** … provided the others do vary (mean standard deviation across competencies at least this, in SAM levels). */
export const MIN_OTHERS_SPREAD = 0.4;

/** Disagreement hot spots: a competency or exercise needs this many units with two or more ratings… */
export const MIN_UNITS_PER_HOT_SPOT = 4;
/** … and is flagged when the assessors give the same level in fewer than this share of their comparisons… */
export const HOT_SPOT_MAX_EXACT_AGREEMENT = 0.5;
/** … at most this many hot spots are flagged, lowest agreement first, so the discussion stays focused. */
export const MAX_HOT_SPOTS = 3;

/**
 * Agreement figures of fewer candidates than this get a small-sample warning that counts candidates, not units: the
 * units of one candidate share the candidate, so precision grows with the number of candidates. 30 follows Gwet
 * (2014, ch. 10), whose standard errors shrink slowly below about 30 subjects; here the subjects are the candidates.
 */
export const SMALL_SAMPLE_CANDIDATES = 30;
/** Below this many candidates the warning says plainly that one candidate more or less moves the figure. (Design choice.) */
export const VERY_FEW_CANDIDATES = 10;
