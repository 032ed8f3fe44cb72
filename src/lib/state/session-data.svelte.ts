import type { AssessmentSession, Assessor, Assignment, Candidate, Exercise } from '$lib/engine/model';
import { liveQueryState, type LiveState } from '$lib/db/live.svelte';
import { getSession } from '$lib/db/sessions.repo';
import { listExercises } from '$lib/db/exercises.repo';
import { listCandidates } from '$lib/db/candidates.repo';
import { listAssessorsByIds } from '$lib/db/assessors.repo';
import { listAssignments } from '$lib/db/assignments.repo';
import { resolveAssignments } from '$lib/engine/observation/setup-checks';
import { isObserverOf } from '$lib/engine/consensus/who-counts';

/** A session with everything its set-up consists of; notes and ratings are read separately. */
export interface SessionBundle {
	session: AssessmentSession;
	exercises: Exercise[];
	candidates: Candidate[];
	assessors: Assessor[];
	/** Observers-in-training (engine/consensus/who-counts.ts): their work is practice, it never counts. */
	observers: Assessor[];
	assignments: Assignment[];
}

/** `null` when the session does not exist (or was deleted). */
export async function loadSessionBundle(sessionId: string): Promise<SessionBundle | null> {
	const session = await getSession(sessionId);
	if (!session) return null;
	const [exercises, candidates, assessors, observers, assignments] = await Promise.all([
		listExercises(sessionId),
		listCandidates(sessionId),
		listAssessorsByIds(session.assessorIds),
		listAssessorsByIds(session.observerIds ?? []),
		listAssignments(sessionId)
	]);
	return { session, exercises, candidates, assessors, observers, assignments };
}

/** The session bundle, kept up to date while the calling component lives. */
export function sessionBundleState(sessionId: () => string): LiveState<SessionBundle | null> {
	return liveQueryState(() => loadSessionBundle(sessionId()), () => [sessionId()]);
}

/**
 * The candidates `assessorId` observes in an exercise (everyone when the exercise has no assignments). An
 * observer-in-training practises on every candidate: their work never counts, so it needs no assignment.
 */
export function candidatesObservedBy(bundle: SessionBundle, exerciseId: string, assessorId: string): Candidate[] {
	if (isObserverOf(bundle.session, assessorId)) return bundle.candidates;
	const ids = new Set(
		resolveAssignments(exerciseId, bundle.session.assessorIds, bundle.candidates.map((c) => c.id), bundle.assignments)
			.filter((a) => a.assessorId === assessorId)
			.map((a) => a.candidateId)
	);
	return bundle.candidates.filter((c) => ids.has(c.id));
}
