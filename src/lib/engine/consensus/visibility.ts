import { resolveAssignments } from '../observation/setup-checks';
import { CONSENSUS_AUDIT, consensusCellKey } from './audit';
import { countingAssessorIds, countsAsJudgement, isObserverOf } from './who-counts';

/**
 * Blind rating, decided in this one place. Every screen, export and report that shows anything of one
 * assessor's work to another (levels, notes used as evidence, SAM-grid initials, counts, agreement figures,
 * consensus decisions, audit lines) gets its records through `restrictToViewer`.
 *
 * The rule, per exercise:
 * - your own work you always see (drafts included);
 * - someone else's draft rating you never see;
 * - someone else's work in an exercise (notes, classifications, submitted ratings) you see only once they
 *   submitted for that exercise, and only when you "may see" that exercise:
 *   - you are an assessor of it and have submitted your own ratings for it (or the lead marked you absent), or
 *   - you are an assessor of the session but not of this exercise (your judgement there cannot be swayed);
 * - a viewer who is not (known as) an assessor of the session sees an exercise only when every one of its
 *   assessors has submitted or is marked absent: otherwise "nobody chosen" on a shared tablet would open
 *   what the assessor holding it may not see yet.
 * The lead follows the same rule for content, and like everyone sees who has submitted (status, not content).
 * A consensus cell (candidate × competency) is visible only when every exercise measuring it is.
 *
 * Observers-in-training (who-counts.ts) are blind too: an observer sees the others' work in an exercise only
 * once they submitted their own practice for it and every assessor of it is done (so switching "Ik ben" to an
 * observer opens nothing an assessor may not see yet). Their own practice never counts and nobody else sees
 * it, except the lead once the consensus is locked (to give feedback): their submission unlocks nothing.
 */
export const BLIND_RULE =
	'Blind beoordelen: je ziet niets van het werk van de andere assessoren in een oefening (niveaus, notities, initialen, tellingen, overeenstemming) tot je je eigen beoordelingen van die oefening hebt ingediend. Een klad van een ander zie je nooit.';

export interface VisibilitySession {
	assessorIds: readonly string[];
	candidateIds: readonly string[];
	exercises: readonly { id: string; competencyIds: readonly string[] }[];
	assignments: readonly { exerciseId: string; assessorId: string; candidateId: string }[];
	/** Assessors the lead marked absent for an exercise: they will not submit, and are not waited for. */
	absences?: readonly { exerciseId: string; assessorId: string }[] | undefined;
	/** Observers-in-training: their work is practice (who-counts.ts). */
	observerIds?: readonly string[] | undefined;
	leadAssessorId?: string | undefined;
	/** Whether the consensus is locked: only then does the lead see the observers' practice. */
	consensusLocked?: boolean | undefined;
}

export interface RatingStatusInput {
	authorId: string;
	exerciseId: string;
	submittedAt?: string | undefined;
	deletedAt?: string | undefined;
	practice?: true | undefined;
}

export interface ExerciseAccess {
	exerciseId: string;
	/** Who observes someone in this exercise. */
	assessorIds: string[];
	/** Of those: who submitted their ratings of it. */
	submittedIds: string[];
	/** Of those: who is marked absent for it. */
	absentIds: string[];
	/** Whether the viewer may see the others' (submitted) work in this exercise. */
	viewerMaySee: boolean;
}

export interface Visibility {
	viewerId: string | undefined;
	exercises: Map<string, ExerciseAccess>;
}

/** An assessor has submitted for an exercise when they rated in it and every rating of theirs there is submitted. */
export function hasSubmittedExercise(ratings: readonly RatingStatusInput[], assessorId: string, exerciseId: string): boolean {
	const own = ratings.filter((r) => r.authorId === assessorId && r.exerciseId === exerciseId && !r.deletedAt);
	return own.length > 0 && own.every((r) => Boolean(r.submittedAt));
}

/** Who may see what of which exercise, for one viewer (undefined: nobody chosen on this tablet). */
export function decideVisibility(viewerId: string | undefined, session: VisibilitySession, ratings: readonly RatingStatusInput[]): Visibility {
	const counting = countingAssessorIds(session);
	const isObserver = isObserverOf(session, viewerId);
	const isSessionAssessor = viewerId !== undefined && counting.includes(viewerId);
	const exercises = new Map<string, ExerciseAccess>();
	for (const exercise of session.exercises) {
		const assessorIds = [...new Set(resolveAssignments(exercise.id, counting, session.candidateIds, session.assignments).map((p) => p.assessorId))];
		const submittedIds = assessorIds.filter((a) => hasSubmittedExercise(ratings, a, exercise.id));
		const absentIds = assessorIds.filter((a) => (session.absences ?? []).some((x) => x.exerciseId === exercise.id && x.assessorId === a));
		const done = (a: string) => submittedIds.includes(a) || absentIds.includes(a);
		let viewerMaySee: boolean;
		if (isObserver) viewerMaySee = hasSubmittedExercise(ratings, viewerId!, exercise.id) && assessorIds.every(done);
		else if (!isSessionAssessor) viewerMaySee = assessorIds.every(done);
		else if (assessorIds.includes(viewerId)) viewerMaySee = done(viewerId);
		else viewerMaySee = true;
		exercises.set(exercise.id, { exerciseId: exercise.id, assessorIds, submittedIds, absentIds, viewerMaySee });
	}
	return { viewerId, exercises };
}

/** May the viewer see this record of `authorId` in `exerciseId`? Drafts are handled by the caller (ratings only). */
function maySeeWork(visibility: Visibility, authorId: string, exerciseId: string): boolean {
	if (authorId === visibility.viewerId) return true;
	const access = visibility.exercises.get(exerciseId);
	// Work in an exercise the session does not know (deleted, not yet imported): nobody else's to see.
	if (!access) return false;
	return access.viewerMaySee && access.submittedIds.includes(authorId);
}

export function maySeeRating(visibility: Visibility, r: RatingStatusInput): boolean {
	if (r.authorId === visibility.viewerId) return true;
	return Boolean(r.submittedAt) && maySeeWork(visibility, r.authorId, r.exerciseId);
}

/** The exercises that measure `competencyId`, for the cell rule. */
function exercisesMeasuring(session: VisibilitySession, competencyId: string): string[] {
	return session.exercises.filter((e) => e.competencyIds.includes(competencyId)).map((e) => e.id);
}

/** A consensus cell is open to the viewer only when every exercise measuring its competency is. */
export function maySeeCell(visibility: Visibility, session: VisibilitySession, competencyId: string): boolean {
	return exercisesMeasuring(session, competencyId).every((id) => visibility.exercises.get(id)?.viewerMaySee ?? false);
}

export interface WorkRecords<R, O, C, D, A> {
	ratings: readonly R[];
	observations?: readonly O[];
	classifications?: readonly C[];
	decisions?: readonly D[];
	audit?: readonly A[];
}

export interface VisibleWork<R, O, C, D, A> {
	visibility: Visibility;
	ratings: R[];
	observations: O[];
	classifications: C[];
	decisions: D[];
	audit: A[];
	/** Keys (`consensusCellKey`) of the cells whose others' content the viewer may not see yet. */
	blindCells: Set<string>;
	/**
	 * Practice work (who-counts.ts) the viewer may see, apart from everything above (which never holds any):
	 * an observer's own, and for the lead after the lock every observer's submitted practice ratings.
	 */
	practice: { ratings: R[]; observations: O[]; classifications: C[] };
}

/**
 * The records of a session the viewer may see, by the rule above. Everything that shows others' work
 * takes its records from here: there is no second place that decides this.
 */
export function restrictToViewer<
	R extends RatingStatusInput & { candidateId: string; competencyId: string },
	O extends { authorId: string; exerciseId: string; practice?: true | undefined },
	C extends { authorId: string; exerciseId: string; practice?: true | undefined },
	D extends { candidateId: string; competencyId: string },
	A extends { entity: string; entityId: string }
>(viewerId: string | undefined, session: VisibilitySession, records: WorkRecords<R, O, C, D, A>): VisibleWork<R, O, C, D, A> {
	return applyVisibility(decideVisibility(viewerId, session, records.ratings), session, records);
}

/**
 * The same filter with a visibility already decided on the whole session's ratings: for a part of the
 * records (one cell's notes), whose own ratings alone cannot tell who has submitted an exercise.
 */
export function applyVisibility<
	R extends RatingStatusInput & { competencyId: string },
	O extends { authorId: string; exerciseId: string; practice?: true | undefined },
	C extends { authorId: string; exerciseId: string; practice?: true | undefined },
	D extends { candidateId: string; competencyId: string },
	A extends { entity: string; entityId: string }
>(visibility: Visibility, session: VisibilitySession, records: WorkRecords<R, O, C, D, A>): VisibleWork<R, O, C, D, A> {
	const cellOpen = new Map<string, boolean>();
	const competencyOpen = (competencyId: string) => {
		let open = cellOpen.get(competencyId);
		if (open === undefined) cellOpen.set(competencyId, (open = maySeeCell(visibility, session, competencyId)));
		return open;
	};
	const ratings = records.ratings.filter((r) => countsAsJudgement(r, session));
	const observations = (records.observations ?? []).filter((o) => countsAsJudgement(o, session));
	const classifications = (records.classifications ?? []).filter((c) => countsAsJudgement(c, session));
	const viewerId = visibility.viewerId;
	const leadAfterLock = viewerId !== undefined && viewerId === session.leadAssessorId && session.consensusLocked === true;
	const ownPractice = <T extends { authorId: string; practice?: true | undefined }>(list: readonly T[] | undefined) =>
		(list ?? []).filter((r) => !countsAsJudgement(r, session) && r.authorId === viewerId);
	const blindCells = new Set<string>();
	const competencyIds = new Set([...session.exercises.flatMap((e) => e.competencyIds), ...ratings.map((r) => r.competencyId)]);
	for (const competencyId of competencyIds)
		if (!competencyOpen(competencyId)) for (const candidateId of session.candidateIds) blindCells.add(consensusCellKey(candidateId, competencyId));
	return {
		visibility,
		ratings: ratings.filter((r) => maySeeRating(visibility, r)),
		observations: observations.filter((o) => maySeeWork(visibility, o.authorId, o.exerciseId)),
		classifications: classifications.filter((c) => maySeeWork(visibility, c.authorId, c.exerciseId)),
		decisions: (records.decisions ?? []).filter((d) => competencyOpen(d.competencyId)),
		// A consensus line in the log names levels and reasons: it follows its cell.
		audit: (records.audit ?? []).filter((a) => a.entity !== CONSENSUS_AUDIT.entity || !blindCells.has(a.entityId)),
		blindCells,
		practice: {
			ratings: records.ratings.filter(
				(r) => !countsAsJudgement(r, session) && !r.deletedAt && (r.authorId === viewerId || (leadAfterLock && Boolean(r.submittedAt)))
			),
			observations: ownPractice(records.observations),
			classifications: ownPractice(records.classifications)
		}
	};
}
