import { bootstrapAgreement, BOOTSTRAP_DEFAULTS, type BootstrapInterval } from '../agreement/bootstrap';
import { clustersOfCountedUnits } from '../agreement/bootstrap-output';
import { categoryCountsFromTallies, countCategories, type CategoryCounts } from '../agreement/category-counts';
import { buildPairTable, computeKappaFromTable } from '../agreement/cohen-kappa';
import { estimateOf, undefinedBecause, type Estimate } from '../agreement/estimate';
import { detectKappaParadox, interpretAlpha, type Reading } from '../agreement/interpret';
import { computePercentAgreement } from '../agreement/percent-agreement';
import { agreementWeights, toleranceWeights } from '../agreement/weights';
import { sampleSizeWarning } from './sample-size';
import { buildSessionMatrix, SAM_CATEGORIES, type SessionMatrix, type SessionRating } from './session-ratings';
import { formatNumberNl } from '../common/format-nl';

/**
 * Agreement among the assessors of one group of units (the whole session, one competency or one exercise).
 * Unit = candidate × competency × exercise; raters = assessors (see session-ratings.ts).
 * - exact: Gwet's/Fleiss' percent agreement p_a (share of agreeing assessor pairs, averaged over units);
 * - withinOne: the same with weights 1 for levels at most one apart (a near miss on the SAM scale);
 * - alphaOrdinal: Krippendorff's ordinal alpha with a percentile bootstrap interval that resamples candidates with
 *   all their units (a cluster bootstrap: the units of one candidate share the candidate, so they are not independent);
 * - ac2: Gwet's AC2 with quadratic weights, with the same bootstrap.
 */
export interface GroupAgreement {
	readonly units: number;
	readonly pairableUnits: number;
	/** Candidates in the group: what the interval resamples (units, with `resample: 'units'`). */
	readonly candidates: number;
	/** Plain Dutch small-sample warning counting candidates and units, or null; also among `reading.warnings`. */
	readonly sampleWarning: string | null;
	readonly exact: Estimate;
	readonly withinOne: Estimate;
	readonly alphaOrdinal: BootstrapInterval;
	readonly ac2: BootstrapInterval;
	/** Dutch reading of alpha with its interval and a small-sample warning. */
	readonly reading: Reading;
	/** Dutch explanation when raw agreement is high but alpha low because one level dominates; else null. */
	readonly paradox: string | null;
}

export interface PairAgreement {
	readonly assessorA: string;
	readonly assessorB: string;
	/** Units both assessors rated. */
	readonly units: number;
	readonly exact: Estimate;
	readonly withinOne: Estimate;
	/** Cohen's kappa with quadratic weights over the shared units. */
	readonly weightedKappa: Estimate;
}

/** How the intervals were made, for the one line that states it on screen and in reports. */
export interface IntervalMethod {
	readonly resampled: 'candidates' | 'units';
	/**
	 * Resamples behind the overall interval: drawn at random, or, when `exact`, the number of different resamples,
	 * each taken once with its probability (few candidates; see exact-resamples.ts).
	 */
	readonly resamples: number;
	readonly exact: boolean;
	readonly seed: number;
	/** What was resampled for the overall figures: candidates (or units). */
	readonly count: number;
	/** The one Dutch line that states the convention, e.g. "95%-interval: kandidaten herbemonsterd, 10.000 herhalingen". */
	readonly line: string;
}

/**
 * The convention of the intervals in one Dutch line. The seed is named for random resamples only: with every
 * possible resample taken, it plays no part.
 */
export function intervalMethodLine(method: Omit<IntervalMethod, 'line'>): string {
	const what = method.resampled === 'candidates' ? 'kandidaten herbemonsterd' : 'eenheden herbemonsterd alsof ze onafhankelijk zijn';
	const times = `${formatNumberNl(method.resamples)} ${method.resamples === 1 ? 'herhaling' : 'herhalingen'}`;
	if (method.exact) {
		const drawn = method.resampled === 'candidates' ? `${method.count} kandidaten` : `${method.count} eenheden`;
		return `95%-interval: ${what}, ${times} (elke mogelijke trekking uit de ${drawn} één keer, met haar kans).`;
	}
	return `95%-interval: ${what}, ${times} (seed ${method.seed}).`;
}

export interface SessionAgreement {
	readonly interval: IntervalMethod;
	readonly overall: GroupAgreement;
	readonly byCompetency: ({ competencyId: string } & GroupAgreement)[];
	readonly byExercise: ({ exerciseId: string } & GroupAgreement)[];
	readonly byAssessorPair: PairAgreement[];
	readonly assessorIds: readonly string[];
	readonly duplicates: number;
}

export interface SessionAgreementOptions {
	readonly categories?: readonly number[];
	readonly resamples?: number;
	readonly seed?: number;
	/** What the bootstrap resamples: candidates with all their units (the default), or units as if independent. */
	readonly resample?: 'candidates' | 'units';
}

export function computeSessionAgreement(
	ratings: readonly SessionRating[],
	options: SessionAgreementOptions = {}
): { ok: true; value: SessionAgreement } | { ok: false; reason: string } {
	const built = buildSessionMatrix(ratings, options.categories ?? SAM_CATEGORIES);
	if (!built.ok) return built;
	return { ok: true, value: computeSessionAgreementFromMatrix(built.value, options) };
}

export function computeSessionAgreementFromMatrix(session: SessionMatrix, options: SessionAgreementOptions = {}): SessionAgreement {
	const { matrix, units } = session;
	const categories = matrix.categories;
	const resampled = options.resample ?? 'candidates';
	const group = ({ counts, clusterOf }: ClusteredCounts) => agreementOfGroup(counts, clusterOf, categories, { ...options, resample: resampled });
	const competencyIds = [...new Set(units.map((u) => u.competencyId))];
	const exerciseIds = [...new Set(units.map((u) => u.exerciseId))];
	const overall = group({ counts: countCategories(matrix), clusterOf: clustersOfCountedUnits(matrix, candidateOfUnit(session)) });
	const asked = options.resamples ?? BOOTSTRAP_DEFAULTS.resamples;
	const method = {
		resampled,
		exact: overall.alphaOrdinal.exact,
		resamples: overall.alphaOrdinal.exact ? overall.alphaOrdinal.resamples : asked,
		seed: options.seed ?? BOOTSTRAP_DEFAULTS.seed,
		count: resampled === 'candidates' ? overall.candidates : overall.units
	};
	return {
		interval: { ...method, line: intervalMethodLine(method) },
		overall,
		byCompetency: competencyIds.map((competencyId) => ({
			competencyId,
			...group(subsetCounts(session, (u) => units[u]!.competencyId === competencyId))
		})),
		byExercise: exerciseIds.map((exerciseId) => ({
			exerciseId,
			...group(subsetCounts(session, (u) => units[u]!.exerciseId === exerciseId))
		})),
		byAssessorPair: pairAgreements(session),
		assessorIds: session.assessorIds,
		duplicates: session.duplicates
	};
}

/** Candidate index (0..C−1, in order of first appearance) of each unit of the session matrix. */
export function candidateOfUnit(session: SessionMatrix): Int32Array {
	const index = new Map<string, number>();
	return Int32Array.from(session.units, (unit) => {
		let c = index.get(unit.candidateId);
		if (c === undefined) {
			c = index.size;
			index.set(unit.candidateId, c);
		}
		return c;
	});
}

/** Category counts of a group of units, with the candidate (cluster) of each counted unit. */
interface ClusteredCounts {
	readonly counts: CategoryCounts;
	readonly clusterOf: Int32Array;
}

function agreementOfGroup(counts: CategoryCounts, clusterOf: Int32Array, categories: readonly number[], options: SessionAgreementOptions): GroupAgreement {
	const exact = computePercentAgreement(counts, agreementWeights(categories, 'identity'));
	const withinOne = computePercentAgreement(counts, toleranceWeights(categories, 1));
	const boot = bootstrapAgreement(counts, categories, {
		alphaMetric: 'ordinal',
		ac2Weights: agreementWeights(categories, 'quadratic'),
		resamples: options.resamples ?? BOOTSTRAP_DEFAULTS.resamples,
		seed: options.seed ?? BOOTSTRAP_DEFAULTS.seed,
		...(options.resample === 'units' ? {} : { clusterOf })
	});
	let pairable = 0;
	for (let i = 0; i < counts.unitCount; i++) if (counts.totals[i]! >= 2) pairable++;
	let candidates = 0;
	for (let i = 0; i < clusterOf.length; i++) candidates = Math.max(candidates, clusterOf[i]! + 1);
	const sampleWarning = sampleSizeWarning({ candidates, units: pairable }, options.resample ?? 'candidates');
	// The reading gets no unit count: its own small-sample warning counts units, which overstates what 6 candidates say.
	const alphaReading = interpretAlpha(boot.alpha.estimate, { interval: boot.alpha });
	return {
		units: counts.unitCount,
		pairableUnits: pairable,
		candidates,
		sampleWarning,
		exact,
		withinOne,
		alphaOrdinal: boot.alpha,
		ac2: boot.ac2,
		reading: sampleWarning ? { ...alphaReading, warnings: [...alphaReading.warnings, sampleWarning] } : alphaReading,
		paradox: detectKappaParadox({
			percentAgreement: exact,
			chanceCorrected: boot.alpha.estimate,
			dominantShare: dominantShare(counts),
			ac: boot.ac2.estimate
		})
	};
}

/**
 * Category counts of the units that pass `keep` (small groups: plain arrays are fine here), with the candidate of
 * each counted unit renumbered 0..C−1 within the group.
 */
function subsetCounts(session: SessionMatrix, keep: (unit: number) => boolean): ClusteredCounts {
	const { matrix } = session;
	const q = matrix.categories.length;
	const m = matrix.raterCount;
	const candidateOf = candidateOfUnit(session);
	const tallies: number[][] = [];
	const clusters: number[] = [];
	const renumber = new Map<number, number>();
	for (let u = 0; u < matrix.unitCount; u++) {
		if (!keep(u)) continue;
		const row = new Array<number>(q).fill(0);
		let total = 0;
		for (let j = 0; j < m; j++) {
			const k = matrix.codes[u * m + j]!;
			if (k >= 0) {
				row[k]!++;
				total++;
			}
		}
		// Units without a rating are not counted (categoryCountsFromTallies drops them), so they get no cluster either.
		if (total === 0) continue;
		tallies.push(row);
		const c = candidateOf[u]!;
		if (!renumber.has(c)) renumber.set(c, renumber.size);
		clusters.push(renumber.get(c)!);
	}
	return { counts: categoryCountsFromTallies(tallies, m), clusterOf: Int32Array.from(clusters) };
}

function dominantShare(counts: CategoryCounts): number {
	const totals = new Array<number>(counts.q).fill(0);
	let all = 0;
	for (let i = 0; i < counts.unitCount; i++) {
		for (let k = 0; k < counts.q; k++) {
			const x = counts.counts[i * counts.q + k]!;
			totals[k]! += x;
			all += x;
		}
	}
	return all === 0 ? 0 : Math.max(...totals) / all;
}

function pairAgreements(session: SessionMatrix): PairAgreement[] {
	const { matrix, assessorIds } = session;
	const q = matrix.categories.length;
	const quadratic = agreementWeights(matrix.categories, 'quadratic');
	const pairs: PairAgreement[] = [];
	for (let a = 0; a < assessorIds.length; a++) {
		for (let b = a + 1; b < assessorIds.length; b++) {
			const table = buildPairTable(matrix, a, b);
			let total = 0;
			let same = 0;
			let near = 0;
			for (let k = 0; k < q; k++) {
				for (let l = 0; l < q; l++) {
					const x = table[k * q + l]!;
					total += x;
					if (k === l) same += x;
					if (Math.abs(matrix.categories[k]! - matrix.categories[l]!) <= 1) near += x;
				}
			}
			const none = undefinedBecause('deze twee assessoren beoordeelden geen enkele eenheid samen');
			pairs.push({
				assessorA: assessorIds[a]!,
				assessorB: assessorIds[b]!,
				units: total,
				exact: total === 0 ? none : estimateOf(same / total),
				withinOne: total === 0 ? none : estimateOf(near / total),
				weightedKappa: computeKappaFromTable(table, q, quadratic).kappa
			});
		}
	}
	return pairs;
}
