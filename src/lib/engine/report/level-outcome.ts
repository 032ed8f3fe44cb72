import { SAM_LEVEL_IDS, samLevelLabel, samLevelValue, type SamLevelId } from '../rubric/sam-scale';
import { NOT_OBSERVED, type ConsensusDecision, type Rating } from '../model/observation';

/**
 * The level a report shows for one candidate × competency, and honestly how it was reached:
 * - `consensus`: the assessors agreed on it (Evalueren);
 * - `median`: no consensus yet; the mechanical median of the submitted ratings, shown as such;
 * - `none`: nothing to report, with the reason.
 */
export type LevelOutcome =
	| { kind: 'consensus'; level: SamLevelId; reason: string }
	| { kind: 'median'; level: SamLevelId; ratingCount: number; assessorCount: number }
	| { kind: 'none'; reason: string };

export const NO_CONSENSUS_LABEL = 'nog geen consensus';

/**
 * Resolves the level of one candidate × competency. Only submitted ratings count (a draft may still
 * change). With an even number of ratings the lower middle level is taken, as in the level proposal of
 * the observation screens: never round up, the draaiboek warns against over-rating and leniency.
 */
export function resolveLevelOutcome(consensus: ConsensusDecision | undefined, ratings: readonly Rating[]): LevelOutcome {
	if (consensus && !consensus.deletedAt) return { kind: 'consensus', level: consensus.level, reason: consensus.reason };
	const scored = ratings.filter((r) => !r.deletedAt && r.submittedAt && r.level !== NOT_OBSERVED);
	if (scored.length === 0) {
		const notObserved = ratings.some((r) => !r.deletedAt && r.submittedAt && r.level === NOT_OBSERVED);
		return {
			kind: 'none',
			reason: notObserved ? 'Niet geobserveerd: geen assessor kon dit gedrag zien.' : 'Nog geen ingediende scores.'
		};
	}
	const values = scored.map((r) => samLevelValue(r.level as SamLevelId)).sort((a, b) => a - b);
	const lowerMedian = values[Math.floor((values.length - 1) / 2)]!;
	return {
		kind: 'median',
		level: SAM_LEVEL_IDS[lowerMedian - 1]!,
		ratingCount: scored.length,
		assessorCount: new Set(scored.map((r) => r.authorId)).size
	};
}

/** The level as a report writes it, always saying when it is not a consensus. */
export function describeLevelOutcome(outcome: LevelOutcome): string {
	switch (outcome.kind) {
		case 'consensus':
			return samLevelLabel(outcome.level);
		case 'median':
			return `${samLevelLabel(outcome.level)} (${NO_CONSENSUS_LABEL}: mediaan van ${outcome.ratingCount} ${outcome.ratingCount === 1 ? 'score' : 'scores'})`;
		case 'none':
			return 'Geen niveau';
	}
}

/** Short form for overview tables: "Goed", "Matig*" (* = mediaan, nog geen consensus), "–". */
export function shortLevelLabel(outcome: LevelOutcome): string {
	if (outcome.kind === 'none') return '–';
	return outcome.kind === 'median' ? `${samLevelLabel(outcome.level)}*` : samLevelLabel(outcome.level);
}

export function outcomeLevel(outcome: LevelOutcome): SamLevelId | undefined {
	return outcome.kind === 'none' ? undefined : outcome.level;
}
