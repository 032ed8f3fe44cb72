import { SAM_ATTENTION_LEVELS, SAM_STRENGTH_LEVELS, samLevelLabel, type SamLevelId } from '../rubric/sam-scale';
import type { AssessmentSession, Assessor } from '../model/session';
import type { ConsensusDecision } from '../model/observation';
import type { FinalAdviceId, FinalAssessment } from '../model/final-assessment';
import { formatDateNl } from '../common/format-nl';

export const FINAL_ADVICE_LABELS: Record<FinalAdviceId, string> = {
	doorstroomklaar: 'Doorstroomklaar',
	'bijna-doorstroomklaar': 'Bijna doorstroomklaar',
	'nog-niet-doorstroomklaar': 'Nog niet doorstroomklaar'
};

/** What each advice means, said on the screen next to the choice so every lead reads it the same way. */
export const FINAL_ADVICE_HINTS: Record<FinalAdviceId, string> = {
	doorstroomklaar: 'Klaar voor een doorstroomtraject naar het jobdoelwit.',
	'bijna-doorstroomklaar': 'Klaar na werk aan een paar groeipunten, met een PDP.',
	'nog-niet-doorstroomklaar': 'Eerst verder groeien in de huidige werkplek.'
};

/** Levels that make a competency a sterk punt; the lower two make it a groeipunt (draaiboek: groeipunten). */
export const STRENGTH_LEVELS = SAM_STRENGTH_LEVELS;
export const GROWTH_LEVELS = SAM_ATTENTION_LEVELS;

/** What the lead changes in one step; fields left out stay as they are. */
export interface FinalAssessmentPatch {
	advice?: FinalAdviceId;
	motivation?: string;
	strengthIds?: string[];
	growthPointIds?: string[];
	attentionPoints?: string;
}

export interface AgreedLevel {
	competencyId: string;
	level: SamLevelId;
}

/** The consensus levels of one candidate, in the order of `competencyIds`; cells without a level are left out. */
export function agreedLevels(decisions: readonly ConsensusDecision[], candidateId: string, competencyIds: readonly string[]): AgreedLevel[] {
	const byCompetency = new Map(decisions.filter((d) => !d.deletedAt && d.candidateId === candidateId).map((d) => [d.competencyId, d]));
	return competencyIds.flatMap((id) => {
		const level = byCompetency.get(id)?.level;
		return level ? [{ competencyId: id, level }] : [];
	});
}

/** The competencies of the session that have no consensus decision yet for this candidate. */
export function findUndecidedCompetencies(decisions: readonly ConsensusDecision[], candidateId: string, competencyIds: readonly string[]): string[] {
	const decided = new Set(decisions.filter((d) => !d.deletedAt && d.candidateId === candidateId).map((d) => d.competencyId));
	return competencyIds.filter((id) => !decided.has(id));
}

/** The proposal a new eindbeoordeling starts from: sterke punten and groeipunten drawn from the agreed levels. */
export function proposeFinalPoints(levels: readonly AgreedLevel[]): { strengthIds: string[]; growthPointIds: string[] } {
	return {
		strengthIds: levels.filter((l) => STRENGTH_LEVELS.includes(l.level)).map((l) => l.competencyId),
		growthPointIds: levels.filter((l) => GROWTH_LEVELS.includes(l.level)).map((l) => l.competencyId)
	};
}

/**
 * Why `actorId` may not write the eindbeoordeling of this candidate now, or undefined when they may: the lead
 * writes it (any assessor of the session when no lead is named), after every competency has a consensus decision.
 */
export function finalAssessmentRefusal(session: AssessmentSession, actorId: string | undefined, undecided: readonly string[]): string | undefined {
	if (!actorId) return 'Kies bij “Ik ben” de hoofdassessor: die schrijft de eindbeoordeling.';
	if (session.leadAssessorId ? session.leadAssessorId !== actorId : !session.assessorIds.includes(actorId))
		return 'Alleen de hoofdassessor schrijft de eindbeoordeling.';
	if (session.competencyIds.length === 0) return 'Dit assessment-center meet nog geen competenties.';
	if (undecided.length > 0)
		return `Eerst consensus: nog ${undecided.length === 1 ? '1 competentie' : `${undecided.length} competenties`} zonder consensusbesluit voor deze kandidaat.`;
	return undefined;
}

/** What is still missing before an eindbeoordeling is complete; empty when it is. */
export function missingInFinalAssessment(assessment: Pick<FinalAssessment, 'advice' | 'motivation'> | undefined): string[] {
	const missing: string[] = [];
	if (!assessment?.advice) missing.push('een advies');
	if (!assessment?.motivation.trim()) missing.push('een motivatie');
	return missing;
}

/** An eindbeoordeling as a report prints it, every name resolved and dates written the Flemish way. */
export interface FinalAssessmentText {
	adviceLabel: string | undefined;
	motivation: string;
	strengths: { name: string; levelLabel: string }[];
	growthPoints: { competencyId: string; name: string; levelLabel: string }[];
	attentionPoints: string;
	writtenBy: string;
	writtenOn: string;
}

export function describeFinalAssessment(
	assessment: FinalAssessment,
	levels: readonly AgreedLevel[],
	competencyName: (id: string) => string,
	assessors: readonly Assessor[]
): FinalAssessmentText {
	const levelOf = new Map(levels.map((l) => [l.competencyId, l.level]));
	const named = (id: string) => {
		const level = levelOf.get(id);
		return { competencyId: id, name: competencyName(id), levelLabel: level ? samLevelLabel(level) : 'geen niveau' };
	};
	return {
		adviceLabel: assessment.advice ? FINAL_ADVICE_LABELS[assessment.advice] : undefined,
		motivation: assessment.motivation,
		strengths: assessment.strengthIds.map(named),
		growthPoints: assessment.growthPointIds.map(named),
		attentionPoints: assessment.attentionPoints,
		writtenBy: assessors.find((a) => a.id === assessment.authorId)?.name ?? 'onbekende assessor',
		writtenOn: formatDateNl(assessment.updatedAt)
	};
}
