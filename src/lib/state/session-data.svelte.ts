import type { AssessmentSession, Assessor, Assignment, Candidate, Exercise } from '$lib/engine/model';
import { liveQueryState, type LiveState } from '$lib/db/live.svelte';
import { getSession } from '$lib/db/sessions.repo';
import { listExercises } from '$lib/db/exercises.repo';
import { listCandidates } from '$lib/db/candidates.repo';
import { listAssessorsByIds } from '$lib/db/assessors.repo';
import { listAssignments } from '$lib/db/assignments.repo';

/** A session with everything its set-up consists of; notes and ratings are read separately. */
export interface SessionBundle {
	session: AssessmentSession;
	exercises: Exercise[];
	candidates: Candidate[];
	assessors: Assessor[];
	assignments: Assignment[];
}

/** `null` when the session does not exist (or was deleted). */
export async function loadSessionBundle(sessionId: string): Promise<SessionBundle | null> {
	const session = await getSession(sessionId);
	if (!session) return null;
	const [exercises, candidates, assessors, assignments] = await Promise.all([
		listExercises(sessionId),
		listCandidates(sessionId),
		listAssessorsByIds(session.assessorIds),
		listAssignments(sessionId)
	]);
	return { session, exercises, candidates, assessors, assignments };
}

/** The session bundle, kept up to date while the calling component lives. */
export function sessionBundleState(sessionId: () => string): LiveState<SessionBundle | null> {
	return liveQueryState(() => loadSessionBundle(sessionId()), () => [sessionId()]);
}
