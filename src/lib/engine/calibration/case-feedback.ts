import type { CalibrationCase, ReferenceRating } from '../rubric/calibration-case.schema';
import type { RatingLevel } from '../model/observation';
import { describeLevelDifference, levelDifference } from './level-difference';
import type { PracticeWork } from './practice-work';

/**
 * What became of one sentence the reference counts as evidence:
 * - `used`: the assessor noted it and classified the note to this competency;
 * - `elsewhere`: noted, but classified only to other competencies;
 * - `unclassified`: noted, not classified at all;
 * - `missed`: no note describes it.
 */
export type EvidenceStatus = 'used' | 'elsewhere' | 'unclassified' | 'missed';

export interface EvidenceFeedback {
	readonly sentenceId: string;
	readonly text: string;
	readonly indicatorId: string;
	readonly status: EvidenceStatus;
	/** For `elsewhere`: the competencies the assessor put the note under. */
	readonly otherCompetencyIds: readonly string[];
}

export interface CompetencyFeedback {
	readonly competencyId: string;
	readonly reference: ReferenceRating;
	readonly own: RatingLevel | undefined;
	readonly ownReason: string;
	/** Own minus reference, in levels; null without an own level. */
	readonly difference: number | null;
	readonly sentence: string;
	readonly evidence: readonly EvidenceFeedback[];
}

export interface CaseFeedback {
	readonly competencies: readonly CompetencyFeedback[];
	/** Competencies with an own level (not "niet geobserveerd"): the base of the shares below. */
	readonly ratedCount: number;
	/** Share of rated competencies at exactly the reference level, or null when none was rated. */
	readonly exactShare: number | null;
	/** Share within one level of the reference, or null when none was rated. */
	readonly withinOneShare: number | null;
	/** Reference evidence sentences that no note describes, over all competencies. */
	readonly missedEvidenceCount: number;
	readonly evidenceCount: number;
}

/** Compares submitted practice work with the case's reference, competency by competency. */
export function computeCaseFeedback(calibrationCase: CalibrationCase, work: PracticeWork): CaseFeedback {
	const sentenceText = new Map(calibrationCase.vignette.map((s) => [s.id, s.text]));
	const notesBySentence = new Map<string, string[]>();
	for (const note of work.notes) {
		if (note.text.trim() === '') continue;
		for (const sentenceId of note.sentenceIds) notesBySentence.set(sentenceId, [...(notesBySentence.get(sentenceId) ?? []), note.id]);
	}
	const competenciesByNote = new Map<string, Set<string>>();
	for (const c of work.classifications) {
		const set = competenciesByNote.get(c.noteId) ?? new Set<string>();
		set.add(c.competencyId);
		competenciesByNote.set(c.noteId, set);
	}
	const ratingByCompetency = new Map(work.ratings.map((r) => [r.competencyId, r]));

	let missedEvidenceCount = 0;
	let evidenceCount = 0;
	const competencies = calibrationCase.reference.ratings.map((reference): CompetencyFeedback => {
		const own = ratingByCompetency.get(reference.competencyId);
		const evidence = reference.evidence.map((e): EvidenceFeedback => {
			const noteIds = notesBySentence.get(e.sentenceId) ?? [];
			const classified = new Set(noteIds.flatMap((id) => [...(competenciesByNote.get(id) ?? [])]));
			const status: EvidenceStatus =
				noteIds.length === 0 ? 'missed' : classified.has(reference.competencyId) ? 'used' : classified.size > 0 ? 'elsewhere' : 'unclassified';
			evidenceCount++;
			if (status === 'missed') missedEvidenceCount++;
			return {
				sentenceId: e.sentenceId,
				text: sentenceText.get(e.sentenceId) ?? '',
				indicatorId: e.indicatorId,
				status,
				otherCompetencyIds: status === 'elsewhere' ? [...classified].sort() : []
			};
		});
		return {
			competencyId: reference.competencyId,
			reference,
			own: own?.level,
			ownReason: own?.reason ?? '',
			difference: levelDifference(own?.level, reference.level),
			sentence: describeLevelDifference(own?.level, reference.level),
			evidence
		};
	});
	const differences = competencies.map((c) => c.difference).filter((d): d is number => d !== null);
	const share = (predicate: (d: number) => boolean) =>
		differences.length === 0 ? null : differences.filter(predicate).length / differences.length;
	return {
		competencies,
		ratedCount: differences.length,
		exactShare: share((d) => d === 0),
		withinOneShare: share((d) => Math.abs(d) <= 1),
		missedEvidenceCount,
		evidenceCount
	};
}
