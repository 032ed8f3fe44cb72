import type { Pdp } from '$lib/engine/model';
import type { PdpSchema } from '$lib/engine/rubric';
import type { SaveResult } from '$lib/engine/observation/validate-input';
import { buildCandidateReport } from '$lib/engine/report/candidate-report';
import { draftPdp, type PdpDraft } from '$lib/engine/plan/draft-pdp';
import { findAssessmentChanges, hasAssessmentChanges, type AssessmentChanges } from '$lib/engine/plan/level-changes';
import { getDb } from '$lib/db/db';
import { takeOverLevels } from '$lib/db/pdp.repo';
import { loadReportSource } from './report-source';

/** What the assessment says now, next to what the PDP was drafted from. */
export interface PdpAssessmentState {
	changes: AssessmentChanges;
	/** A fresh draft from today's levels, to take over on request. */
	draft: PdpDraft;
	names: ReadonlyMap<string, string>;
}

/**
 * Reads the candidate's assessment as `viewerId` may see it and compares it with the levels the PDP was drafted from.
 * Undefined when the PDP has no assessment behind it, or nothing changed.
 */
export async function loadPdpAssessment(pdp: Pdp, schema: PdpSchema, viewerId: string | undefined): Promise<PdpAssessmentState | undefined> {
	if (!pdp.sessionId || !pdp.assessedLevels) return undefined;
	const candidate = await getDb().candidates.get(pdp.candidateId);
	if (!candidate || candidate.deletedAt) return undefined;
	const loaded = await loadReportSource(pdp.sessionId, viewerId);
	if (!loaded.ok) return undefined;
	const report = buildCandidateReport(loaded.source, candidate);
	const changes = findAssessmentChanges(pdp, report);
	if (!hasAssessmentChanges(changes)) return undefined;
	const draft = draftPdp({ report, candidateId: candidate.id, sessionId: pdp.sessionId, schema, newId: () => crypto.randomUUID() });
	return { changes, draft, names: new Map(report.sections.map((s) => [s.competencyId, s.name])) };
}

export function takeOverAssessment(pdpId: string, state: PdpAssessmentState): Promise<SaveResult<{ pdp: Pdp; summary: string }>> {
	return takeOverLevels(pdpId, state.draft, (id) => state.names.get(id) ?? id);
}
