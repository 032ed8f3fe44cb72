import { AuditEntry, FinalAssessment } from '$lib/engine/model';
import { agreedLevels, FINAL_ADVICE_LABELS, finalAssessmentRefusal, findUndecidedCompetencies, proposeFinalPoints, type FinalAssessmentPatch } from '$lib/engine/report/final-assessment';
import { validateRecord, type SaveResult } from '$lib/engine/observation/validate-input';
import { getDb, ofSession } from './db';
import { newMeta, nowIso, touched } from './record-meta';

/** Audit entries of eindbeoordelingen: who chose which advice, and when. */
export const FINAL_ASSESSMENT_AUDIT = { entity: 'finalAssessment', set: 'advice' } as const;

/** The live eindbeoordelingen of one assessment-center. */
export async function listFinalAssessments(sessionId: string): Promise<FinalAssessment[]> {
	return (await ofSession(getDb().finalAssessments, sessionId).toArray()).filter((f) => !f.deletedAt);
}

export type { FinalAssessmentPatch };

export interface FinalAssessmentInput {
	sessionId: string;
	candidateId: string;
	actorId: string | undefined;
	patch: FinalAssessmentPatch;
}

/**
 * Writes (part of) the eindbeoordeling of one candidate. Only the lead, and only once every competency of
 * the candidate has a consensus decision; a new one starts with the sterke punten and groeipunten of the
 * agreed levels. A change of advice is logged.
 */
export async function saveFinalAssessment(input: FinalAssessmentInput): Promise<SaveResult<FinalAssessment>> {
	const db = getDb();
	return db.transaction('rw', [db.sessions, db.candidates, db.consensusDecisions, db.finalAssessments, db.auditLog, db.settings], async (): Promise<SaveResult<FinalAssessment>> => {
		const session = await db.sessions.get(input.sessionId);
		if (!session || session.deletedAt) return { ok: false, problems: ['Dit assessment-center bestaat niet (meer).'] };
		const candidate = await db.candidates.get(input.candidateId);
		if (!candidate || candidate.deletedAt || candidate.sessionId !== input.sessionId) return { ok: false, problems: ['Deze kandidaat hoort niet bij dit assessment-center.'] };
		const decisions = await ofSession(db.consensusDecisions, input.sessionId).toArray();
		const refusal = finalAssessmentRefusal(session, input.actorId, findUndecidedCompetencies(decisions, input.candidateId, session.competencyIds));
		if (refusal || !input.actorId) return { ok: false, problems: [refusal ?? 'Kies eerst wie je bent.'] };

		const existing = (await db.finalAssessments.where('[sessionId+candidateId]').equals([input.sessionId, input.candidateId]).toArray()).find((f) => !f.deletedAt);
		const base: FinalAssessment = existing
			? await touched(existing)
			: {
					...(await newMeta()),
					sessionId: input.sessionId,
					candidateId: input.candidateId,
					motivation: '',
					...proposeFinalPoints(agreedLevels(decisions, input.candidateId, session.competencyIds)),
					attentionPoints: '',
					authorId: input.actorId
				};
		const result = validateRecord(FinalAssessment, { ...base, ...input.patch, authorId: input.actorId });
		if (!result.ok) return result;
		await db.finalAssessments.put(result.value);
		if (input.patch.advice && input.patch.advice !== existing?.advice) {
			const audit = validateRecord(AuditEntry, {
				id: crypto.randomUUID(),
				at: nowIso(),
				actorId: input.actorId,
				sessionId: input.sessionId,
				entity: FINAL_ASSESSMENT_AUDIT.entity,
				entityId: result.value.id,
				action: FINAL_ASSESSMENT_AUDIT.set,
				summary: `Eindbeoordeling ${candidate.name}: advies ${FINAL_ADVICE_LABELS[input.patch.advice]}${existing?.advice ? ` (was ${FINAL_ADVICE_LABELS[existing.advice]})` : ''}.`.slice(0, 2_000)
			});
			if (!audit.ok) return audit;
			await db.auditLog.add(audit.value);
		}
		return result;
	});
}
