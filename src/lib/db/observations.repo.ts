import { Dexie } from 'dexie';
import { Observation } from '$lib/engine/model';
import { validateRecord, type SaveResult } from '$lib/engine/observation/validate-input';
import { getDb } from './db';
import { newMeta, nowIso, touched } from './record-meta';

export interface NewObservation {
	sessionId: string;
	exerciseId: string;
	candidateId: string;
	authorId: string;
	text: string;
	/** The note's first keystroke. */
	observedAt: string;
}

/** Stores a new note (usually at its first keystroke, so nothing typed is ever only in memory). */
export async function createObservation(input: NewObservation): Promise<SaveResult<Observation>> {
	const result = validateRecord(Observation, { ...(await newMeta()), ...input });
	if (result.ok) await getDb().observations.add(result.value);
	return result;
}

/**
 * Saves a note's text as typed. Called on every input (debounced by the caller) and on page hide;
 * the text is stored as is (no trim) so the cursor and spacing survive a reload.
 */
export async function saveObservationText(id: string, text: string): Promise<SaveResult<Observation>> {
	const db = getDb();
	return db.transaction('rw', db.observations, db.settings, async () => {
		const current = await db.observations.get(id);
		if (!current) return { ok: false, problems: ['Deze notitie bestaat niet (meer).'] };
		if (current.text === text) return { ok: true, value: current };
		const result = validateRecord(Observation, { ...(await touched(current)), text });
		if (result.ok) await db.observations.put(result.value);
		return result;
	});
}

/** Soft delete, so "Ongedaan maken" can bring the note back with its classifications. */
export async function deleteObservation(id: string): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.observations, db.settings, async () => {
		const current = await db.observations.get(id);
		if (current && !current.deletedAt) await db.observations.put({ ...(await touched(current)), deletedAt: nowIso() });
	});
}

export async function restoreObservation(id: string): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.observations, db.settings, async () => {
		const current = await db.observations.get(id);
		if (!current?.deletedAt) return;
		const { deletedAt: _, ...rest } = await touched(current);
		await db.observations.put(rest);
	});
}

export async function getObservation(id: string): Promise<Observation | undefined> {
	return getDb().observations.get(id);
}

/** Every note of a session (not deleted), oldest first; includes empty drafts. */
export async function listObservations(sessionId: string): Promise<Observation[]> {
	const all = await getDb().observations.where('sessionId').equals(sessionId).toArray();
	return all.filter((o) => !o.deletedAt).sort(byObservedAt);
}

/** Notes of one candidate in one exercise (all authors, not deleted), newest first. */
export async function listObservationsFor(exerciseId: string, candidateId: string): Promise<Observation[]> {
	const all = await getDb().observations.where('[exerciseId+candidateId]').equals([exerciseId, candidateId]).toArray();
	return all.filter((o) => !o.deletedAt).sort((a, b) => byObservedAt(b, a));
}

/**
 * One author's notes in an exercise (all candidates, not deleted), newest first. Reads only the exercise's range
 * of the [exerciseId+candidateId] index, so a live query re-runs only for changes in this exercise; the author is
 * filtered in JS (there is no author index per exercise).
 */
export async function listObservationsByAuthor(sessionId: string, exerciseId: string, authorId: string): Promise<Observation[]> {
	const all = await getDb()
		.observations.where('[exerciseId+candidateId]')
		.between([exerciseId, Dexie.minKey], [exerciseId, Dexie.maxKey])
		.toArray();
	return all.filter((o) => !o.deletedAt && o.sessionId === sessionId && o.authorId === authorId).sort((a, b) => byObservedAt(b, a));
}

function byObservedAt(a: Observation, b: Observation): number {
	return a.observedAt.localeCompare(b.observedAt) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}
