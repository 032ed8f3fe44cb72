import { NOT_OBSERVED, type RatingLevel } from '../model/observation';
import { clampToSamValue, SAM_SCALE_KEY, samLevelFromValue, samLevelLabel, type SamLevelId } from '../rubric/sam-scale';
import { isCountedRating, ratingValue, type RatingInput } from './rating-input';
import { formatFixedNl } from '../common/format-nl';

/**
 * The integration rule: how the levels one candidate got on one competency in several exercises, from
 * several assessors, become one combined score. Said in the UI, the PDFs and docs/consensus.md in these words.
 *
 * Why a mean and not a median or a minimum: the draaiboek spreads exercises over days "to avoid a bad
 * day". With two exercises a lower median is the minimum, so one bad exercise decides by construction; a
 * mean lets every exercise weigh the same. The level proposed is the one nearest that mean; exactly halfway
 * between two levels the rule proposes none and says so ("tussen matig en goed"): choosing one would again
 * let the rule, not the assessor or the group, decide.
 */
export const INTEGRATION_RULE =
	`Per assessor: het gemiddelde van de ingediende niveaus over de oefeningen, op één decimaal (${SAM_SCALE_KEY}). Voorgesteld niveau: het niveau dat het dichtst bij dat gemiddelde ligt; ligt het precies tussen twee niveaus (bv. 2,5: tussen matig en goed), dan beslist de assessor of de consensus. Over de assessoren: het gemiddelde van hun gemiddelden, met hetzelfde voorstel. "Niet geobserveerd" en klad tellen niet mee.`;

/** "Eensgezind" needs at least this many assessors with a level (one assessor agrees with nobody). */
export const MIN_ASSESSORS_FOR_AGREEMENT = 2;

/** The level the rule proposes: one level, or none because the mean lies exactly between two. */
export type ProposedLevel = { kind: 'level'; level: SamLevelId } | { kind: 'between'; lower: SamLevelId; upper: SamLevelId };

export type AssessorScoreStatus = 'rated' | 'not-observed' | 'missing';

export interface AssessorScore {
	assessorId: string;
	status: AssessorScoreStatus;
	/** The submitted per-exercise levels behind it ("niet geobserveerd" included, as given). */
	exerciseLevels: { exerciseId: string; level: RatingLevel }[];
	/** Mean on one decimal, when `status` is 'rated'. */
	mean?: number;
	proposal?: ProposedLevel;
}

export interface CombinedScore {
	assessors: AssessorScore[];
	/** Mean of the assessors' means, on one decimal; absent when no assessor gave a level. */
	mean?: number;
	proposal?: ProposedLevel;
	/** Assessors with at least one level. */
	ratedAssessors: number;
	/** True only when at least two assessors gave a level and every submitted level (all exercises) is the same. */
	agreed: boolean;
	/** The level they all gave, when `agreed`. */
	agreedLevel?: SamLevelId;
}

const DECIMALS = 10;
/** Halfway tests on a value already rounded to one decimal: exact up to floating noise. */
const EPSILON = 1e-9;

/** 2.45 → 2.5: one decimal, halves away from zero (the figure shown is the figure the proposal uses). */
export function roundToOneDecimal(value: number): number {
	return Math.round(value * DECIMALS + EPSILON) / DECIMALS;
}

function mean(values: readonly number[]): number {
	return values.reduce((s, v) => s + v, 0) / values.length;
}

/** The level nearest a mean on one decimal; exactly halfway between two levels: none, both named. */
export function proposeLevelFromMean(value: number): ProposedLevel {
	const rounded = roundToOneDecimal(value);
	const lower = Math.floor(rounded + EPSILON);
	if (Math.abs(rounded - lower - 0.5) < EPSILON) {
		const low = samLevelFromValue(lower);
		const high = samLevelFromValue(lower + 1);
		if (low && high) return { kind: 'between', lower: low, upper: high };
	}
	const level = samLevelFromValue(clampToSamValue(rounded))!;
	return { kind: 'level', level };
}

/** "Goed", or "tussen Matig en Goed". */
export function describeProposal(proposal: ProposedLevel): string {
	return proposal.kind === 'level' ? samLevelLabel(proposal.level) : `tussen ${samLevelLabel(proposal.lower)} en ${samLevelLabel(proposal.upper)}`;
}

/** 2.5 → "2,5": the mean as every screen, PDF and CSV writes it. */
export function formatMean(value: number): string {
	return formatFixedNl(roundToOneDecimal(value), 1);
}

function scoreAssessor(assessorId: string, ratings: readonly RatingInput[], exerciseRank: (id: string) => number): AssessorScore {
	const own = ratings.filter((r) => r.authorId === assessorId && isCountedRating(r)).sort((a, b) => exerciseRank(a.exerciseId) - exerciseRank(b.exerciseId));
	const exerciseLevels = own.map((r) => ({ exerciseId: r.exerciseId, level: r.level }));
	if (own.length === 0) return { assessorId, status: 'missing', exerciseLevels };
	const values = own.flatMap((r) => (r.level === NOT_OBSERVED ? [] : [ratingValue(r.level)!]));
	if (values.length === 0) return { assessorId, status: 'not-observed', exerciseLevels };
	const m = mean(values);
	return { assessorId, status: 'rated', exerciseLevels, mean: roundToOneDecimal(m), proposal: proposeLevelFromMean(m) };
}

export interface CombinedScoreInput {
	assessorIds: readonly string[];
	/** The ratings of ONE candidate × competency (any exercise); drafts and deleted ones are ignored. */
	ratings: readonly RatingInput[];
	/** Exercise order for listing the per-exercise levels; unknown exercises come last. */
	exerciseIds?: readonly string[];
}

/**
 * The one combined score of a candidate × competency, following `INTEGRATION_RULE`. The matrix, the
 * cell panel, the dashboard, the reports and the CSV all call this; nothing else combines levels.
 */
export function computeCombinedScore(input: CombinedScoreInput): CombinedScore {
	const order = new Map((input.exerciseIds ?? []).map((id, i) => [id, i]));
	const rank = (id: string) => order.get(id) ?? order.size;
	const assessors = input.assessorIds.map((a) => scoreAssessor(a, input.ratings, rank));
	const rated = assessors.filter((a) => a.status === 'rated');
	const score: CombinedScore = { assessors, ratedAssessors: rated.length, agreed: false };
	if (rated.length === 0) return score;
	// Exact means, not the rounded ones: rounding twice could move the aggregate across a halfway point.
	const exactMeans = rated.map((a) => {
		const values = a.exerciseLevels.flatMap((e) => (e.level === NOT_OBSERVED ? [] : [ratingValue(e.level)!]));
		return mean(values);
	});
	const aggregate = mean(exactMeans);
	score.mean = roundToOneDecimal(aggregate);
	score.proposal = proposeLevelFromMean(aggregate);
	const levels = new Set(rated.flatMap((a) => a.exerciseLevels.flatMap((e) => (e.level === NOT_OBSERVED ? [] : [e.level]))));
	if (rated.length >= MIN_ASSESSORS_FOR_AGREEMENT && levels.size === 1) {
		score.agreed = true;
		score.agreedLevel = [...levels][0] as SamLevelId;
	}
	return score;
}
