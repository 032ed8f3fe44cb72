import { handleError } from './app-problem.svelte';
import { problemsOf } from '$lib/engine/common/result';
import { setGroupSizeOverride, updateSession, type SessionPatch } from '$lib/db/sessions.repo';
import { addExercise, deleteExercise, setExerciseCompetency, updateExercise, type ExerciseInput, type ExercisePatch } from '$lib/db/exercises.repo';
import { addCandidate, deleteCandidate, restoreCandidate, updateCandidate, type CandidateInput, type CandidatePatch } from '$lib/db/candidates.repo';
import { addAssessorToSession, addObserverToSession, removeAssessorFromSession, removeObserverFromSession } from '$lib/db/assessors.repo';
import { setAssignment } from '$lib/db/assignments.repo';

/** What the set-up screen can change, bound to one session; every action returns Dutch problems or []. */
export function sessionSetupActions(sessionId: string, actorId: () => string | undefined) {
	return {
		updateSession: async (patch: SessionPatch) => problemsOf(await updateSession(sessionId, patch)),
		addExercise: async (input: ExerciseInput) => problemsOf(await addExercise(sessionId, input)),
		updateExercise: async (id: string, patch: ExercisePatch) => problemsOf(await updateExercise(id, patch)),
		deleteExercise: (id: string) => handleError(deleteExercise(id)),
		toggleMatrix: (exerciseId: string, competencyId: string, measured: boolean) => handleError(setExerciseCompetency(exerciseId, competencyId, measured)),
		addCandidate: async (input: CandidateInput) => problemsOf(await addCandidate(sessionId, input)),
		updateCandidate: async (id: string, patch: CandidatePatch) => problemsOf(await updateCandidate(id, patch)),
		deleteCandidate: (id: string) => deleteCandidate(id),
		restoreCandidate: (id: string) => restoreCandidate(id),
		allowLargerGroup: async (reason: string) => {
			const by = actorId();
			if (!by) return ['Kies bij “Ik ben” de hoofdassessor: alleen die kan meer kandidaten toelaten.'];
			return problemsOf(await setGroupSizeOverride(sessionId, reason, by));
		},
		addAssessor: async (name: string) => problemsOf(await addAssessorToSession(sessionId, name)),
		removeAssessor: (id: string) => handleError(removeAssessorFromSession(sessionId, id)),
		addObserver: async (name: string) => problemsOf(await addObserverToSession(sessionId, name)),
		removeObserver: (id: string) => handleError(removeObserverFromSession(sessionId, id)),
		setLead: (id: string) => handleError(updateSession(sessionId, { leadAssessorId: id })),
		toggleAssignment: (exerciseId: string, assessorId: string, candidateId: string, observes: boolean) =>
			handleError(setAssignment(sessionId, exerciseId, assessorId, candidateId, observes))
	};
}

export type SessionSetupActions = ReturnType<typeof sessionSetupActions>;
