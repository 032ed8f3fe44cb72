import { SAM_LEVEL_IDS, type SamLevelId } from '../rubric/sam-scale';
import type { RatingLevel } from '../model/observation';
import { isCountedRating, type RatingInput } from './rating-input';

export interface EvidenceInput {
	assessorIds: readonly string[];
	exercises: readonly { id: string; name: string; order: number }[];
	/** Notes of this candidate (any competency); the linked ones are picked here. */
	observations: readonly { id: string; exerciseId: string; authorId: string; text: string; observedAt: string; deletedAt?: string | undefined }[];
	/** Classifications of this candidate × competency. */
	classifications: readonly { observationId: string; authorId: string; competencyId: string; indicatorId?: string | undefined; levelId?: SamLevelId | undefined; deletedAt?: string | undefined }[];
	/** Ratings of this candidate × competency. */
	ratings: readonly (RatingInput & { evidenceObservationIds: readonly string[] })[];
	competency: { id: string; indicators: readonly { id: string; behaviour: string; levels: Record<SamLevelId, string> }[] };
}

export interface EvidenceNote {
	observationId: string;
	exerciseId: string;
	exerciseName: string;
	text: string;
	observedAt: string;
	/** SAM cells this note was classified to by its author. */
	cells: { indicatorId: string; levelId: SamLevelId }[];
	/** Linked as evidence to one of the author's ratings. */
	usedAsEvidence: boolean;
}

export interface AssessorEvidence {
	assessorId: string;
	notes: EvidenceNote[];
	exerciseRatings: { exerciseId: string; exerciseName: string; level: RatingLevel; submitted: boolean }[];
}

export interface SamGridRow {
	indicatorId: string;
	behaviour: string;
	cells: { levelId: SamLevelId; text: string; assessorIds: string[] }[];
}

export interface CellEvidence {
	byAssessor: AssessorEvidence[];
	grid: SamGridRow[];
}

/**
 * Everything behind one matrix cell: each assessor's linked notes (by exercise), their per-exercise
 * levels and the SAM cells they pointed at, so the group discusses facts instead of impressions.
 */
export function buildCellEvidence(input: EvidenceInput): CellEvidence {
	const exerciseById = new Map(input.exercises.map((e) => [e.id, e]));
	const classifications = input.classifications.filter((c) => !c.deletedAt && c.competencyId === input.competency.id);
	const ratings = input.ratings.filter((r) => !r.deletedAt && r.competencyId === input.competency.id);

	const byAssessor = input.assessorIds.map((assessorId): AssessorEvidence => {
		const own = classifications.filter((c) => c.authorId === assessorId);
		const ownRatings = ratings.filter((r) => r.authorId === assessorId);
		const evidenceIds = new Set(ownRatings.flatMap((r) => r.evidenceObservationIds));
		const linkedIds = new Set([...own.map((c) => c.observationId), ...evidenceIds]);
		const notes = input.observations
			.filter((o) => !o.deletedAt && o.authorId === assessorId && linkedIds.has(o.id))
			.map((o): EvidenceNote => ({
				observationId: o.id,
				exerciseId: o.exerciseId,
				exerciseName: exerciseById.get(o.exerciseId)?.name ?? 'Onbekende oefening',
				text: o.text,
				observedAt: o.observedAt,
				cells: own.flatMap((c) => (c.observationId === o.id && c.indicatorId && c.levelId ? [{ indicatorId: c.indicatorId, levelId: c.levelId }] : [])),
				usedAsEvidence: evidenceIds.has(o.id)
			}))
			.sort((a, b) => (exerciseById.get(a.exerciseId)?.order ?? 0) - (exerciseById.get(b.exerciseId)?.order ?? 0) || a.observedAt.localeCompare(b.observedAt));
		const exerciseRatings = ownRatings
			.map((r) => ({ exerciseId: r.exerciseId, exerciseName: exerciseById.get(r.exerciseId)?.name ?? 'Onbekende oefening', level: r.level, submitted: isCountedRating(r) }))
			.sort((a, b) => (exerciseById.get(a.exerciseId)?.order ?? 0) - (exerciseById.get(b.exerciseId)?.order ?? 0));
		return { assessorId, notes, exerciseRatings };
	});

	const grid = input.competency.indicators.map((row): SamGridRow => ({
		indicatorId: row.id,
		behaviour: row.behaviour,
		cells: SAM_LEVEL_IDS.map((levelId) => ({
			levelId,
			text: row.levels[levelId],
			assessorIds: input.assessorIds.filter((a) => classifications.some((c) => c.authorId === a && c.indicatorId === row.id && c.levelId === levelId))
		}))
	}));
	return { byAssessor, grid };
}
