import { NOT_OBSERVED, type RatingLevel } from '../model/observation';
import { samLevelValue, type SamLevelId } from '../rubric/sam-scale';
import { proposeLevelFromMean, roundToOneDecimal, type ProposedLevel } from './combined-score';

export interface PracticeRatingInput {
	candidateId: string;
	competencyId: string;
	exerciseId: string;
	level: RatingLevel;
	submittedAt?: string | undefined;
	deletedAt?: string | undefined;
}

export interface PracticeComparisonRow {
	candidateId: string;
	competencyId: string;
	/** The observer's submitted practice levels, per exercise in session order. */
	practiceLevels: { exerciseId: string; level: RatingLevel }[];
	/** Their mean (one decimal) and the level it proposes, by the same rule as the assessors' combined score. */
	practiceMean?: number;
	practiceProposal?: ProposedLevel;
	/** What the consensus decided: a level, "geen consensus", or nothing (not decided). */
	consensus: SamLevelId | 'geen-consensus' | undefined;
	/** Practice mean minus the consensus level (positive: the observer rated higher); only when both exist. */
	difference?: number;
}

/**
 * The observer's learning comparison, after the consensus is locked: their submitted practice beside what
 * the assessors agreed, per candidate × competency. It reads the observer's practice and the decisions only,
 * and feeds nothing back: the comparison is for the observer (and the lead giving feedback), never a figure.
 */
export function comparePractice(input: {
	candidateIds: readonly string[];
	competencyIds: readonly string[];
	exerciseIds: readonly string[];
	practiceRatings: readonly PracticeRatingInput[];
	decisions: readonly { candidateId: string; competencyId: string; level?: SamLevelId | undefined; noConsensus?: true | undefined; deletedAt?: string | undefined }[];
}): PracticeComparisonRow[] {
	const rank = new Map(input.exerciseIds.map((id, i) => [id, i]));
	const rows: PracticeComparisonRow[] = [];
	for (const candidateId of input.candidateIds)
		for (const competencyId of input.competencyIds) {
			const own = input.practiceRatings
				.filter((r) => r.candidateId === candidateId && r.competencyId === competencyId && r.submittedAt && !r.deletedAt)
				.sort((a, b) => (rank.get(a.exerciseId) ?? rank.size) - (rank.get(b.exerciseId) ?? rank.size));
			if (own.length === 0) continue;
			const decision = input.decisions.find((d) => d.candidateId === candidateId && d.competencyId === competencyId && !d.deletedAt);
			const consensus = !decision ? undefined : decision.noConsensus ? 'geen-consensus' : decision.level;
			const values = own.flatMap((r) => (r.level === NOT_OBSERVED ? [] : [samLevelValue(r.level)]));
			const row: PracticeComparisonRow = { candidateId, competencyId, practiceLevels: own.map((r) => ({ exerciseId: r.exerciseId, level: r.level })), consensus };
			if (values.length > 0) {
				const mean = values.reduce((s, v) => s + v, 0) / values.length;
				row.practiceMean = roundToOneDecimal(mean);
				row.practiceProposal = proposeLevelFromMean(mean);
				if (consensus && consensus !== 'geen-consensus') row.difference = roundToOneDecimal(mean - samLevelValue(consensus));
			}
			rows.push(row);
		}
	return rows;
}
