/**
 * Named thresholds of the calibration profile. They turn figures into development points to talk about, never a
 * verdict, so they are deliberately mild; an organisation sets its own "gekalibreerd" threshold in the app.
 */

/** Mean signed difference (levels) beyond which the profile mentions over- or under-rating. */
export const ELEVATION_POINT = 0.5;
/** Own spread of levels below this share of the reference's spread: avoiding the extremes. */
export const SPREAD_RATIO_POINT = 0.75;
/** Own spread across competencies within a case below this share of the reference's: halo. */
export const HALO_RATIO_POINT = 0.75;
/** Share of notes the note coach marks as interpreting above which the profile says so. */
export const INTERPRETING_SHARE_POINT = 0.2;
/** Share of the reference's evidence sentences not noted above which the profile mentions "te weinig informatie". */
export const MISSED_EVIDENCE_POINT = 0.4;
/** A case needs this many rated competencies before its spread across competencies says anything about halo. */
export const MIN_COMPETENCIES_FOR_HALO = 3;

/** The example threshold an organisation starts from: MAD ≤ 0,5 level over at least 3 cases. */
export const DEFAULT_CALIBRATION_THRESHOLD = { maxMeanAbsoluteDeviation: 0.5, minCases: 3 } as const;
