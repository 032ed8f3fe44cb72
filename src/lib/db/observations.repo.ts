import { Dexie } from 'dexie';
import { z } from '$lib/engine/common/zod-nl';
import { Observation } from '$lib/engine/model';
import { validateRecord, type SaveResult } from '$lib/engine/observation/validate-input';
import { practiceMarkFor } from '$lib/engine/consensus/who-counts';
import { getDb, ofSession } from './db';
import { getDeviceId, newMeta, nowIso, touched } from './record-meta';

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
	// An observer-in-training's note is marked practice here, so no screen has to remember it.
	const session = await getDb().sessions.get(input.sessionId);
	const result = validateRecord(Observation, { ...(await newMeta()), ...input, ...practiceMarkFor(session, input.authorId) });
	if (result.ok) await getDb().observations.add(result.value);
	return result;
}

/**
 * Saves a note's text as typed: called on every change (one write at a time, see state/note-autosave) and on page
 * hide; the text is stored as is (no trim) so the cursor and spacing survive a reload. Written with `bulkUpdate`, so
 * Dexie knows the previous version and sees that no indexed field changed: a live list that reads only the keys
 * of an index range (`listObservationsByAuthor` with the open notes left out) does not re-run per keystroke.
 */
export async function saveObservationText(id: string, text: string): Promise<SaveResult<Observation>> {
	const db = getDb();
	// Known before the transaction (cached after the first call), so it spans the notes alone.
	await getDeviceId();
	return db.transaction('rw', db.observations, async () => {
		const current = await db.observations.get(id);
		if (!current) return { ok: false, problems: ['Deze notitie bestaat niet (meer).'] };
		if (current.text === text) return { ok: true, value: current };
		const result = validateRecord(Observation, { ...(await touched(current)), text });
		if (result.ok) await db.observations.bulkUpdate([{ key: id, changes: { text: result.value.text, updatedAt: result.value.updatedAt, vv: result.value.vv } }]);
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
	const all = await ofSession(getDb().observations, sessionId).toArray();
	return all.filter((o) => !o.deletedAt).sort(byObservedAt);
}

/** Notes of one candidate in one exercise (all authors, not deleted), newest first. */
export async function listObservationsFor(exerciseId: string, candidateId: string): Promise<Observation[]> {
	const all = await getDb().observations.where('[exerciseId+candidateId]').equals([exerciseId, candidateId]).toArray();
	return all.filter((o) => !o.deletedAt).sort((a, b) => byObservedAt(b, a));
}

/**
 * One author's notes in an exercise (all candidates, not deleted), newest first, without the notes in `leaveOut`
 * (the notes open in the editor). Reads the keys of the exercise's range of the [exerciseId+candidateId] index,
 * then the records except those left out: a live query over it re-runs when a note is added, deleted or changed
 * among those it shows, never for the text typed into a note left out. The author is filtered in JS (there is no
 * author index per exercise).
 */
export async function listObservationsByAuthor(
	sessionId: string,
	exerciseId: string,
	authorId: string,
	leaveOut: ReadonlySet<string> = new Set()
): Promise<Observation[]> {
	const table = getDb().observations;
	const ids = await table.where('[exerciseId+candidateId]').between([exerciseId, Dexie.minKey], [exerciseId, Dexie.maxKey]).primaryKeys();
	const all = await table.bulkGet(ids.filter((id) => !leaveOut.has(id)));
	return all
		.filter((o): o is Observation => o !== undefined && !o.deletedAt && o.sessionId === sessionId && o.authorId === authorId)
		.sort((a, b) => byObservedAt(b, a));
}

/**
 * The note open in the editor per candidate (candidate id → note id), for one assessor in one exercise, on this
 * device. Kept in the settings table, which is IndexedDB like the notes themselves, so it survives a crash and a
 * browser restart (localStorage commits to disk seconds later; sessionStorage does not survive a restart).
 * The key stays within the 100 characters a backup bundle allows for a setting's key.
 */
const OpenObservations = z.record(z.string().max(64), z.string().max(64));
export type OpenObservations = z.infer<typeof OpenObservations>;

function openObservationsKey(exerciseId: string, authorId: string): string {
	return `openNotes:${exerciseId}:${authorId}`;
}

export async function getOpenObservations(exerciseId: string, authorId: string): Promise<OpenObservations> {
	const record = await getDb().settings.get(openObservationsKey(exerciseId, authorId));
	const parsed = OpenObservations.safeParse(record?.value ?? {});
	return parsed.success ? parsed.data : {};
}

/** Marks `observationId` as the candidate's open note, or none with `undefined` (the note is finished). */
export async function setOpenObservation(exerciseId: string, authorId: string, candidateId: string, observationId: string | undefined): Promise<void> {
	const db = getDb();
	const key = openObservationsKey(exerciseId, authorId);
	await db.transaction('rw', db.settings, async () => {
		const parsed = OpenObservations.safeParse((await db.settings.get(key))?.value ?? {});
		const { [candidateId]: _, ...others } = parsed.success ? parsed.data : {};
		const value: OpenObservations = observationId ? { ...others, [candidateId]: observationId } : others;
		if (Object.keys(value).length === 0) await db.settings.delete(key);
		else await db.settings.put({ key, value });
	});
}

function byObservedAt(a: Observation, b: Observation): number {
	return a.observedAt.localeCompare(b.observedAt) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}
