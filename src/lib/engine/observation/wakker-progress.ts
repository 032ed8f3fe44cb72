import { measuredCompetencyIds, resolveAssignments } from './setup-checks';

/**
 * Where one assessor stands in WAKKER (Waarnemen, Aantekenen, Klasseren, Kwantificeren en
 * kwalificeren) per exercise and candidate. Evalueren and Rapporteren happen together, elsewhere.
 * Nothing is forced: the overview shows what is still open and links to the next step.
 */
export interface CandidateProgress {
	candidateId: string;
	notes: number;
	unclassified: number;
	/** Competencies of the exercise this assessor has not rated yet for this candidate. */
	ratingsMissing: number;
	ratingsGiven: number;
}

export type ExerciseStatus = 'niet-gestart' | 'bezig' | 'afgelopen';
export type WakkerStep = 'waarnemen' | 'klasseren' | 'kwantificeren' | 'indienen' | 'klaar';

export interface ExerciseProgress {
	exerciseId: string;
	status: ExerciseStatus;
	candidates: CandidateProgress[];
	/** All of this assessor's ratings in the exercise are submitted. */
	submitted: boolean;
	/** The first step with something still open, to link to. */
	nextStep: WakkerStep;
}

export interface ProgressInput {
	assessorId: string;
	assessorIds: readonly string[];
	/** The session's competencies; an exercise's other matrix cells do not count. */
	competencyIds: readonly string[];
	exercises: readonly { id: string; competencyIds: readonly string[]; startedAt?: string | undefined; endedAt?: string | undefined }[];
	candidates: readonly { id: string }[];
	assignments: readonly { exerciseId: string; assessorId: string; candidateId: string }[];
	observations: readonly { id: string; exerciseId: string; candidateId: string; authorId: string; text: string; deletedAt?: string | undefined }[];
	classifications: readonly { observationId: string; authorId: string; deletedAt?: string | undefined }[];
	ratings: readonly { exerciseId: string; candidateId: string; competencyId: string; authorId: string; submittedAt?: string | undefined; deletedAt?: string | undefined }[];
}

export function exerciseStatus(exercise: { startedAt?: string | undefined; endedAt?: string | undefined }): ExerciseStatus {
	if (exercise.endedAt) return 'afgelopen';
	return exercise.startedAt ? 'bezig' : 'niet-gestart';
}

/** A note counts once it has text; an empty draft is not a note yet. */
export function isNote(o: { text: string; deletedAt?: string | undefined }): boolean {
	return !o.deletedAt && o.text.trim() !== '';
}

export function computeWakkerProgress(input: ProgressInput): ExerciseProgress[] {
	const me = input.assessorId;
	const classified = new Set(input.classifications.filter((c) => !c.deletedAt && c.authorId === me).map((c) => c.observationId));
	const myNotes = input.observations.filter((o) => o.authorId === me && isNote(o));
	const myRatings = input.ratings.filter((r) => r.authorId === me && !r.deletedAt);
	const candidateIds = input.candidates.map((c) => c.id);

	return input.exercises.map((exercise) => {
		const competencyIds = measuredCompetencyIds(exercise, input.competencyIds);
		const observed = new Set(
			resolveAssignments(exercise.id, input.assessorIds, candidateIds, input.assignments)
				.filter((a) => a.assessorId === me)
				.map((a) => a.candidateId)
		);
		const candidates = input.candidates
			.filter((c) => observed.has(c.id))
			.map((c): CandidateProgress => {
				const notes = myNotes.filter((o) => o.exerciseId === exercise.id && o.candidateId === c.id);
				const rated = new Set(myRatings.filter((r) => r.exerciseId === exercise.id && r.candidateId === c.id).map((r) => r.competencyId));
				const ratingsGiven = competencyIds.filter((id) => rated.has(id)).length;
				return {
					candidateId: c.id,
					notes: notes.length,
					unclassified: notes.filter((o) => !classified.has(o.id)).length,
					ratingsGiven,
					ratingsMissing: competencyIds.length - ratingsGiven
				};
			});
		const mine = myRatings.filter((r) => r.exerciseId === exercise.id);
		const submitted = mine.length > 0 && mine.every((r) => r.submittedAt);
		const status = exerciseStatus(exercise);
		const totalNotes = candidates.reduce((s, c) => s + c.notes, 0);
		// While the exercise runs the step is observing. The clock is optional: without it the steps follow the
		// notes (a rating given before the end is marked instead, see flagRating).
		const nextStep: WakkerStep = submitted
			? 'klaar'
			: totalNotes === 0 || status === 'bezig'
				? 'waarnemen'
				: candidates.some((c) => c.unclassified > 0)
					? 'klasseren'
					: candidates.some((c) => c.ratingsMissing > 0)
						? 'kwantificeren'
						: 'indienen';
		return { exerciseId: exercise.id, status, candidates, submitted, nextStep };
	});
}
