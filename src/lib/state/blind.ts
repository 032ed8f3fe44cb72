import type { AssessmentSession, Assignment, Candidate, Exercise } from '$lib/engine/model';
import type { VisibilitySession } from '$lib/engine/consensus';

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
		absences: data.session.absences ?? []
	};
}
