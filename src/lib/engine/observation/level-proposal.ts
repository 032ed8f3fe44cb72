import { SAM_LEVEL_IDS, samLevelValue, type SamLevelId } from '../rubric/sam-scale';

export type LevelProposal =
	| { level: SamLevelId; basedOn: number; counts: Record<SamLevelId, number> }
	| { level: undefined; basedOn: 0; reason: string };

/** Counts how many linked notes point at each SAM level. */
export function countLevels(levels: readonly SamLevelId[]): Record<SamLevelId, number> {
	const counts = Object.fromEntries(SAM_LEVEL_IDS.map((id) => [id, 0])) as Record<SamLevelId, number>;
	for (const level of levels) counts[level]++;
	return counts;
}

/**
 * Proposes a level from the SAM levels the linked notes point at (Kwantificeren: count per indicator,
 * then compare with the level descriptions).
 *
 * Rule: the median of the linked levels, each note counted once (so a level seen three times weighs
 * three times). With an even number of notes the lower of the two middle levels is taken: the
 * proposal never rounds up, because the draaiboek warns against over-rating and leniency
 * ("de hulpverlenersfout"). Notes linked without a level do not count. No levels: no proposal, with
 * the reason. It is a hint; the assessor decides.
 */
export function proposeLevel(levels: readonly SamLevelId[]): LevelProposal {
	if (levels.length === 0)
		return { level: undefined, basedOn: 0, reason: 'Geen enkele gekoppelde notitie wijst naar een niveau van het SAM-rooster.' };
	const sorted = [...levels].sort((a, b) => samLevelValue(a) - samLevelValue(b));
	const lowerMedian = sorted[Math.floor((sorted.length - 1) / 2)]!;
	return { level: lowerMedian, basedOn: levels.length, counts: countLevels(levels) };
}
