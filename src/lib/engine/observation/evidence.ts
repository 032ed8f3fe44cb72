import type { SamLevelId } from '../rubric/sam-scale';

export interface EvidenceLink {
	observationId: string;
	indicatorId?: string | undefined;
	levelId?: SamLevelId | undefined;
}

/** Per indicator row and SAM level, how many notes point at that cell (`indicatorId|levelId`). */
export interface EvidenceCounts {
	/** Notes linked to the competency, each once. */
	observationIds: string[];
	cells: Map<string, number>;
	/** Notes linked without an indicator row. */
	withoutIndicator: number;
	/** Levels of every link that names one, for the level proposal. */
	levels: SamLevelId[];
}

export function cellKey(indicatorId: string, levelId: SamLevelId): string {
	return `${indicatorId}|${levelId}`;
}

/**
 * Kwantificeren: counts the links of one candidate × competency (in one exercise) per indicator row and
 * level, so the SAM grid can show which cells the notes point at, and how often.
 * `liveObservationIds` drops links to notes that were deleted or are still empty.
 */
export function countEvidence(links: readonly EvidenceLink[], liveObservationIds: ReadonlySet<string>): EvidenceCounts {
	const cells = new Map<string, number>();
	const observationIds = new Set<string>();
	const levels: SamLevelId[] = [];
	let withoutIndicator = 0;
	for (const link of links) {
		if (!liveObservationIds.has(link.observationId)) continue;
		observationIds.add(link.observationId);
		if (link.levelId) levels.push(link.levelId);
		if (!link.indicatorId) {
			withoutIndicator++;
			continue;
		}
		if (link.levelId) {
			const key = cellKey(link.indicatorId, link.levelId);
			cells.set(key, (cells.get(key) ?? 0) + 1);
		}
	}
	return { observationIds: [...observationIds], cells, withoutIndicator, levels };
}
