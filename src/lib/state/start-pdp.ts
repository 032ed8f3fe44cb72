import type { Candidate } from '$lib/engine/model';
import { buildCandidateReport } from '$lib/engine/report/candidate-report';
import { draftPdp } from '$lib/engine/plan/draft-pdp';
import { TEXT_LIMITS } from '$lib/engine/common/text';
import { createPdp, savePdpDraft, type PdpStartResult } from '$lib/db/pdp.repo';
import { getLatestRubricContent } from '$lib/db/rubrics.repo';
import { loadReportSource } from './report-source';

/** The built-in PDP schema's rubric id (rubrics/pdp.json). */
export const PDP_SCHEMA_ID = 'pdp';

export async function loadPdpSchema() {
	return getLatestRubricContent(PDP_SCHEMA_ID, 'pdp-schema');
}

/**
 * Starts a PDP for a candidate: drafted from their assessment (needs from the gaps, suggested actions) when they took
 * part in one, otherwise empty for the coach to fill in. Drafted only from what `viewerId` may see of the assessment
 * (blind until submitted). A candidate who already has a PDP for this assessment-center gets that one (`existing`).
 */
export async function startPdp(candidate: Candidate, viewerId: string | undefined): Promise<PdpStartResult> {
	if (!candidate.sessionId) return createPdp({ candidateId: candidate.id, title: `PDP ${candidate.name}`.slice(0, TEXT_LIMITS.name) });
	const [loaded, schema] = await Promise.all([loadReportSource(candidate.sessionId, viewerId), loadPdpSchema()]);
	if (!loaded.ok) return { ok: false, problems: [loaded.problem] };
	if (!schema) return { ok: false, problems: ['Het PDP-schema staat niet op dit toestel.'] };
	const report = buildCandidateReport(loaded.source, candidate);
	return savePdpDraft(draftPdp({ report, candidateId: candidate.id, sessionId: candidate.sessionId, schema, newId: () => crypto.randomUUID() }));
}

/** Where to go after startPdp: the PDP, saying when it was the one the candidate already had. */
export function pdpHref(result: { value: { id: string }; existing: boolean }): string {
	return `/pdp/${result.value.id}${result.existing ? '?bestaand=1' : ''}`;
}
