import type { ReportSource } from '$lib/engine/report/report-source';
import { describeAgreement } from '$lib/engine/report/agreement-note';
import { loadConsensusSnapshot } from '$lib/db/consensus.repo';
import { listObservations } from '$lib/db/observations.repo';
import { listClassifications } from '$lib/db/classifications.repo';
import { getCompetencyProfile, listTargetJobEntries } from '$lib/db/rubrics.repo';
import { nowIso } from '$lib/db/record-meta';
import { restrictToViewer, type ExerciseAccess } from '$lib/engine/consensus/visibility';
import { visibilitySessionOf } from './blind';
import { listFinalAssessments } from '$lib/db/final-assessments.repo';

export type ReportSourceResult =
	| {
			ok: true;
			source: ReportSource;
			/** The viewer the source was restricted for (a session assessor), or undefined. */
			viewerId: string | undefined;
			/** Exercises whose others' work the report leaves out for this viewer, with who submitted. */
			blindExercises: ExerciseAccess[];
	  }
	| { ok: false; problem: string };

/**
 * Reads everything a report of one session needs, once; a clear Dutch problem when something is missing.
 * Only what `viewerId` may see goes in (the blind rule): a report made before one has submitted an
 * exercise holds nothing of the others' levels, notes or classifications there, nor the decisions it touches.
 */
export async function loadReportSource(sessionId: string, viewerId: string | undefined): Promise<ReportSourceResult> {
	const snapshot = await loadConsensusSnapshot(sessionId);
	if (!snapshot) return { ok: false, problem: 'Dit assessment-center bestaat niet (meer).' };
	const [profile, observations, classifications, targetJobs, finalAssessments] = await Promise.all([
		getCompetencyProfile(snapshot.session.rubricVersionId),
		listObservations(sessionId),
		listClassifications(sessionId),
		listTargetJobEntries(),
		listFinalAssessments(sessionId)
	]);
	if (!profile) return { ok: false, problem: `Het competentieprofiel ${snapshot.session.rubricVersionId} staat niet op dit toestel.` };
	const viewer = viewerId && snapshot.session.assessorIds.includes(viewerId) ? viewerId : undefined;
	const seen = restrictToViewer(viewer, visibilitySessionOf(snapshot), { ratings: snapshot.ratings, observations, classifications, decisions: snapshot.decisions });
	return {
		ok: true,
		viewerId: viewer,
		blindExercises: [...seen.visibility.exercises.values()].filter((a) => !a.viewerMaySee),
		source: {
			session: snapshot.session,
			profile,
			exercises: snapshot.exercises,
			assessors: snapshot.assessors,
			candidates: snapshot.candidates,
			observations: seen.observations,
			classifications: seen.classifications,
			ratings: seen.ratings,
			consensus: seen.decisions,
			targetJobs: targetJobs.filter((e) => e.profileKey === snapshot.session.rubricVersionId),
			finalAssessments,
			agreement: describeAgreement(seen.ratings),
			generatedAt: nowIso()
		}
	};
}
