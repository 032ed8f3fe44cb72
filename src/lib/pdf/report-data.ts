import type { ReportSource } from '$lib/engine/report/report-source';
import { describeAgreement } from '$lib/engine/report/agreement-note';
import { loadConsensusSnapshot } from '$lib/db/consensus.repo';
import { listObservations } from '$lib/db/observations.repo';
import { listClassifications } from '$lib/db/classifications.repo';
import { ensureBuiltinRubrics, getCompetencyProfile, listTargetJobEntries } from '$lib/db/rubrics.repo';
import { nowIso } from '$lib/db/record-meta';

export type ReportSourceResult = { ok: true; source: ReportSource } | { ok: false; problem: string };

/** Reads everything a report of one session needs, once; a clear Dutch problem when something is missing. */
export async function loadReportSource(sessionId: string): Promise<ReportSourceResult> {
	await ensureBuiltinRubrics();
	const snapshot = await loadConsensusSnapshot(sessionId);
	if (!snapshot) return { ok: false, problem: 'Dit assessment-center bestaat niet (meer).' };
	const [profile, observations, classifications, targetJobs] = await Promise.all([
		getCompetencyProfile(snapshot.session.rubricVersionId),
		listObservations(sessionId),
		listClassifications(sessionId),
		listTargetJobEntries()
	]);
	if (!profile) return { ok: false, problem: `Het competentieprofiel ${snapshot.session.rubricVersionId} staat niet op dit toestel.` };
	return {
		ok: true,
		source: {
			session: snapshot.session,
			profile,
			exercises: snapshot.exercises,
			assessors: snapshot.assessors,
			candidates: snapshot.candidates,
			observations,
			classifications,
			ratings: snapshot.ratings,
			consensus: snapshot.decisions,
			targetJobs: targetJobs.filter((e) => e.profileKey === snapshot.session.rubricVersionId),
			agreement: describeAgreement(snapshot.ratings),
			generatedAt: nowIso()
		}
	};
}
