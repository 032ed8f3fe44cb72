import { Rating, type RatingLevel } from '$lib/engine/model';
import { decideVisibility, maySeeRating } from '$lib/engine/consensus/visibility';
import { practiceMarkFor } from '$lib/engine/consensus/who-counts';
import { validateRecord, type SaveResult } from '$lib/engine/observation/validate-input';
import { getDb, ofSession } from './db';
import { nowIso, newMeta, touched } from './record-meta';

export interface RatingInput {
	sessionId: string;
	exerciseId: string;
	candidateId: string;
	competencyId: string;
	authorId: string;
	level: RatingLevel;
	evidenceObservationIds: string[];
}

const SUBMITTED = 'Je beoordelingen van deze oefening zijn ingediend en blijven zoals je ze gaf; je kan ze niet meer wijzigen.';

/** Every rating of a session (not deleted), all authors: for consensus and reports, not for a blind assessor. */
export async function listRatings(sessionId: string): Promise<Rating[]> {
	const all = await ofSession(getDb().ratings, sessionId).toArray();
	return all.filter((r) => !r.deletedAt);
}

/** One assessor's ratings in an exercise. */
export async function listOwnRatings(exerciseId: string, authorId: string): Promise<Rating[]> {
	const all = await getDb().ratings.where('[exerciseId+authorId]').equals([exerciseId, authorId]).toArray();
	return all.filter((r) => !r.deletedAt);
}

/**
 * The ratings of an exercise that `viewerId` may see, by the one blind rule (engine/consensus/visibility.ts):
 * their own, and the others' submitted ones only once the viewer submitted their own.
 */
export async function listVisibleRatings(sessionId: string, exerciseId: string, viewerId: string): Promise<Rating[]> {
	const db = getDb();
	const [session, candidates, exercises, assignments, ratings] = await Promise.all([
		db.sessions.get(sessionId),
		db.candidates.where('sessionId').equals(sessionId).toArray(),
		db.exercises.where('sessionId').equals(sessionId).toArray(),
		db.assignments.where('sessionId').equals(sessionId).toArray(),
		listRatings(sessionId)
	]);
	if (!session) return [];
	const visibility = decideVisibility(
		viewerId,
		{ assessorIds: session.assessorIds, observerIds: session.observerIds ?? [], candidateIds: candidates.filter((c) => !c.deletedAt).map((c) => c.id), exercises: exercises.filter((e) => !e.deletedAt), assignments: assignments.filter((a) => !a.deletedAt) },
		ratings
	);
	return ratings.filter((r) => r.exerciseId === exerciseId && maySeeRating(visibility, r));
}

/** Gives or changes this assessor's level for a candidate × competency in an exercise; refused once submitted. */
export async function saveRating(input: RatingInput): Promise<SaveResult<Rating>> {
	const db = getDb();
	return db.transaction('rw', db.ratings, db.settings, db.sessions, async () => {
		const own = await db.ratings.where('[exerciseId+authorId]').equals([input.exerciseId, input.authorId]).toArray();
		if (own.some((r) => r.submittedAt && !r.deletedAt)) return { ok: false, problems: [SUBMITTED] };
		const existing = own.find((r) => r.candidateId === input.candidateId && r.competencyId === input.competencyId);
		const base = existing ? await touched(existing) : await newMeta();
		const { deletedAt: _, practice: _p, ...meta } = base as typeof base & { deletedAt?: string; practice?: true };
		// An observer-in-training's rating is marked practice here (who-counts.ts), so it never counts anywhere.
		const session = await db.sessions.get(input.sessionId);
		const result = validateRecord(Rating, { ...meta, ...input, evidenceObservationIds: [...new Set(input.evidenceObservationIds)], ...practiceMarkFor(session, input.authorId) });
		if (result.ok) await db.ratings.put(result.value);
		return result;
	});
}

/** Withdraws a rating that was not submitted yet (back to "nog niet beoordeeld"). */
export async function clearRating(id: string): Promise<SaveResult<null>> {
	const db = getDb();
	return db.transaction('rw', db.ratings, db.settings, async () => {
		const current = await db.ratings.get(id);
		if (!current || current.deletedAt) return { ok: true as const, value: null };
		if (current.submittedAt) return { ok: false as const, problems: [SUBMITTED] };
		await db.ratings.put({ ...(await touched(current)), deletedAt: nowIso() });
		return { ok: true as const, value: null };
	});
}

/**
 * Submits all of an assessor's ratings of an exercise at once (sets `submittedAt`). From then on they
 * are kept as given and the assessor sees the other assessors' ratings of that exercise.
 */
export async function submitRatings(exerciseId: string, authorId: string): Promise<SaveResult<Rating[]>> {
	const db = getDb();
	return db.transaction('rw', db.ratings, db.settings, async () => {
		const own = (await db.ratings.where('[exerciseId+authorId]').equals([exerciseId, authorId]).toArray()).filter((r) => !r.deletedAt);
		if (own.length === 0) return { ok: false, problems: ['Je hebt in deze oefening nog niets beoordeeld: er is niets om in te dienen.'] };
		const at = nowIso();
		const submitted: Rating[] = [];
		for (const rating of own) {
			if (rating.submittedAt) {
				submitted.push(rating);
				continue;
			}
			const next = { ...(await touched(rating)), submittedAt: at };
			await db.ratings.put(next);
			submitted.push(next);
		}
		return { ok: true, value: submitted };
	});
}
