import type { AssessmentSession, Assignment, Candidate, Exercise } from '$lib/engine/model';
import { restrictToViewer, type ExerciseAccess, type VisibilitySession } from '$lib/engine/consensus';
import type { ConsensusSnapshot } from '$lib/db/consensus.repo';

/** The parts of a stored session the blind rule (engine/consensus/visibility.ts) reads. */
export function visibilitySessionOf(data: {
	session: AssessmentSession;
	candidates: readonly Pick<Candidate, 'id'>[];
	exercises: readonly Pick<Exercise, 'id' | 'competencyIds'>[];
	assignments: readonly Pick<Assignment, 'exerciseId' | 'assessorId' | 'candidateId'>[];
}): VisibilitySession {
	return {
		assessorIds: data.session.assessorIds,
		candidateIds: data.candidates.map((c) => c.id),
		exercises: data.exercises,
		assignments: data.assignments,
		absences: data.session.absences ?? [],
		observerIds: data.session.observerIds ?? [],
		leadAssessorId: data.session.leadAssessorId,
		consensusLocked: Boolean(data.session.consensusLock)
	};
}

export interface BlindSnapshot {
	/** The session as this viewer may see it: others' ratings and the decisions of blind cells left out. */
	snapshot: ConsensusSnapshot;
	/** Exercises whose others' work the viewer may not see yet, with who submitted (status, not content). */
	blindExercises: ExerciseAccess[];
}

/**
 * A session snapshot through the blind rule, for screens that are not the meeting itself (the dashboard):
 * agreement figures, counts and exports are then computed only from what the viewer may see.
 */
export function restrictSnapshot(snapshot: ConsensusSnapshot, viewerId: string | undefined): BlindSnapshot {
	const seen = restrictToViewer(viewerId, visibilitySessionOf(snapshot), { ratings: snapshot.ratings, decisions: snapshot.decisions });
	return {
		snapshot: { ...snapshot, ratings: seen.ratings, decisions: seen.decisions },
		blindExercises: snapshot.exercises.flatMap((e) => {
			const access = seen.visibility.exercises.get(e.id);
			return access && !access.viewerMaySee ? [access] : [];
		})
	};
}
