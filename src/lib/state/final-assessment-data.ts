import type { AssessmentSession, Assessor, Candidate, ConsensusDecision, FinalAssessment } from '$lib/engine/model';
import type { CompetencyProfile } from '$lib/engine/rubric';
import { loadConsensusSnapshot } from '$lib/db/consensus.repo';
import { listFinalAssessments, saveFinalAssessment } from '$lib/db/final-assessments.repo';
import type { FinalAssessmentPatch } from '$lib/engine/report/final-assessment';
import type { SaveResult } from '$lib/engine/observation/validate-input';
import { getCompetencyProfile } from '$lib/db/rubrics.repo';

/** What the eindbeoordeling screen reads of one session. */
export interface FinalAssessmentData {
	session: AssessmentSession;
	candidates: Candidate[];
	assessors: Assessor[];
	decisions: ConsensusDecision[];
	assessments: FinalAssessment[];
	/** Undefined when the session's competency profile is not on this device. */
	profile: CompetencyProfile | undefined;
}

/** Seeds the built-in rubrics once, before the live read (which may not write). */
export async function prepareFinalAssessmentData(): Promise<void> {
}

/** `null` when the session does not exist (any more). Read-only, so it can run as a live query. */
export async function loadFinalAssessmentData(sessionId: string): Promise<FinalAssessmentData | null> {
	const snapshot = await loadConsensusSnapshot(sessionId);
	if (!snapshot) return null;
	const [assessments, profile] = await Promise.all([listFinalAssessments(sessionId), getCompetencyProfile(snapshot.session.rubricVersionId)]);
	return { session: snapshot.session, candidates: snapshot.candidates, assessors: snapshot.assessors, decisions: snapshot.decisions, assessments, profile };
}

/** Saves part of one candidate's eindbeoordeling as `actorId` (the lead). */
export function finalAssessmentSaver(sessionId: string, actorId: () => string | undefined) {
	return (candidateId: string, patch: FinalAssessmentPatch): Promise<SaveResult<FinalAssessment>> =>
		saveFinalAssessment({ sessionId, candidateId, actorId: actorId(), patch });
}
