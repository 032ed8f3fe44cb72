import { samLevelLabel, samLevelValue, type SamLevelId } from '../rubric/sam-scale';
import { computeCombinedScore, describeProposal, formatMean, type ProposedLevel } from '../consensus/combined-score';
import { isCountedRating } from '../consensus/rating-input';
import { NOT_OBSERVED, type ConsensusDecision, type Rating } from '../model/observation';

/**
 * The level a report shows for one candidate × competency, and honestly how it was reached:
 * - `consensus`: the assessors agreed on it (Evalueren);
 * - `no-consensus`: the meeting decided it could not agree, with the reason (no level is shown);
 * - `combined`: no consensus yet; the combined score of the submitted ratings (the one integration rule,
 *   engine/consensus/combined-score.ts), shown as such; `level` only when the rule proposes one level;
 * - `none`: nothing to report, with the reason.
 */
export type LevelOutcome =
	| { kind: 'consensus'; level: SamLevelId; reason: string }
	| { kind: 'no-consensus'; reason: string }
	| { kind: 'combined'; level?: SamLevelId; mean: number; proposal: ProposedLevel; ratingCount: number; assessorCount: number }
	| { kind: 'none'; reason: string };

export const NO_CONSENSUS_LABEL = 'nog geen consensus';
/** The meeting decided it could not agree on a level. */
export const NO_AGREEMENT_LABEL = 'Geen consensus';

/**
 * Resolves the level of one candidate × competency. Only submitted ratings count (a draft may still
 * change). Without a consensus the report shows the same combined score as the consensus matrix: per
 * assessor the mean over the exercises, then the mean of those means, and the level nearest it.
 */
export function resolveLevelOutcome(consensus: ConsensusDecision | undefined, ratings: readonly Rating[]): LevelOutcome {
	if (consensus && !consensus.deletedAt) {
		if (consensus.noConsensus) return { kind: 'no-consensus', reason: consensus.reason };
		if (consensus.level) return { kind: 'consensus', level: consensus.level, reason: consensus.reason };
	}
	const submitted = ratings.filter(isCountedRating);
	const score = computeCombinedScore({ assessorIds: [...new Set(submitted.map((r) => r.authorId))], ratings: submitted });
	if (score.mean === undefined || !score.proposal) {
		const notObserved = submitted.some((r) => r.level === NOT_OBSERVED);
		return {
			kind: 'none',
			reason: notObserved ? 'Niet geobserveerd: geen assessor kon dit gedrag zien.' : 'Nog geen ingediende scores.'
		};
	}
	return {
		kind: 'combined',
		...(score.proposal.kind === 'level' ? { level: score.proposal.level } : {}),
		mean: score.mean,
		proposal: score.proposal,
		ratingCount: submitted.filter((r) => r.level !== NOT_OBSERVED).length,
		assessorCount: score.ratedAssessors
	};
}

/** The level as a report writes it, always saying when it is not a consensus. */
export function describeLevelOutcome(outcome: LevelOutcome): string {
	switch (outcome.kind) {
		case 'consensus':
			return samLevelLabel(outcome.level);
		case 'no-consensus':
			return `${NO_AGREEMENT_LABEL} (${outcome.reason})`;
		case 'combined':
			return `${describeProposal(outcome.proposal)} (${NO_CONSENSUS_LABEL}: gemiddelde ${formatMean(outcome.mean)} van ${outcome.ratingCount} ${outcome.ratingCount === 1 ? 'score' : 'scores'})`;
		case 'none':
			return 'Geen niveau';
	}
}

/** Short form for overview tables: "Goed", "2,5 Matig–Goed*" (* = gecombineerde score, nog geen consensus), "–". */
export function shortLevelLabel(outcome: LevelOutcome): string {
	if (outcome.kind === 'none') return '–';
	if (outcome.kind === 'no-consensus') return NO_AGREEMENT_LABEL;
	if (outcome.kind === 'consensus') return samLevelLabel(outcome.level);
	const p = outcome.proposal;
	return `${formatMean(outcome.mean)} ${p.kind === 'level' ? samLevelLabel(p.level) : `${samLevelLabel(p.lower)}–${samLevelLabel(p.upper)}`}*`;
}

/** The one level of an outcome; none for "geen niveau" and for a combined score halfway between two levels. */
export function outcomeLevel(outcome: LevelOutcome): SamLevelId | undefined {
	return outcome.kind === 'none' || outcome.kind === 'no-consensus' ? undefined : outcome.level;
}

/** The value on the 1..4 scale a chart draws: the consensus level, or the combined mean. */
export function outcomeValue(outcome: LevelOutcome): number | undefined {
	if (outcome.kind === 'none' || outcome.kind === 'no-consensus') return undefined;
	return outcome.kind === 'combined' ? outcome.mean : samLevelValue(outcome.level);
}
