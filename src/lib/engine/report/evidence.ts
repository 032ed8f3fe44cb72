import type { Classification, Observation, Rating } from '../model/observation';
import type { Exercise, Assessor } from '../model/session';
import type { SamLevelId } from '../rubric/sam-scale';

/** One note as it appears in a report: observed behaviour, where and by whom it was seen. */
export interface ReportEvidence {
	observationId: string;
	text: string;
	exerciseName: string;
	authorName: string;
	observedAt: string;
	/** SAM levels the assessors linked this note to (Klasseren), if any. */
	levelIds: SamLevelId[];
}

export interface EvidenceIndex {
	observations: ReadonlyMap<string, Observation>;
	exerciseNames: ReadonlyMap<string, string>;
	assessorNames: ReadonlyMap<string, string>;
}

export function indexEvidence(observations: readonly Observation[], exercises: readonly Exercise[], assessors: readonly Assessor[]): EvidenceIndex {
	return {
		observations: new Map(observations.filter((o) => !o.deletedAt).map((o) => [o.id, o])),
		exerciseNames: new Map(exercises.map((e) => [e.id, e.name])),
		assessorNames: new Map(assessors.map((a) => [a.id, a.name]))
	};
}

/**
 * The notes that show a candidate's behaviour on one competency: every note classified under it (by any
 * assessor) and every note a rating cites as evidence, each once, in the order it was observed.
 * Deleted and empty notes are left out.
 */
export function collectEvidence(
	index: EvidenceIndex,
	classifications: readonly Classification[],
	ratings: readonly Rating[]
): ReportEvidence[] {
	const ids = new Set<string>();
	const levels = new Map<string, Set<SamLevelId>>();
	for (const c of classifications) {
		if (c.deletedAt) continue;
		ids.add(c.observationId);
		if (c.levelId) levels.set(c.observationId, (levels.get(c.observationId) ?? new Set()).add(c.levelId));
	}
	for (const r of ratings) if (!r.deletedAt) for (const id of r.evidenceObservationIds) ids.add(id);
	const evidence: ReportEvidence[] = [];
	for (const id of ids) {
		const note = index.observations.get(id);
		if (!note || note.text.trim() === '') continue;
		evidence.push({
			observationId: id,
			text: note.text.trim(),
			exerciseName: index.exerciseNames.get(note.exerciseId) ?? 'onbekende oefening',
			authorName: index.assessorNames.get(note.authorId) ?? 'onbekende assessor',
			observedAt: note.observedAt,
			levelIds: [...(levels.get(id) ?? [])]
		});
	}
	return evidence.sort((a, b) => a.observedAt.localeCompare(b.observedAt) || a.observationId.localeCompare(b.observationId));
}
