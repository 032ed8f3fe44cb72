import { Exercise } from '$lib/engine/model';
import { validateRecord, type SaveResult } from '$lib/engine/observation/validate-input';
import { getDb } from './db';
import { newMeta, nowIso, touched } from './record-meta';

export interface ExerciseInput {
	name: string;
	templateId?: string | undefined;
	dayId?: string | undefined;
	durationMinutes: number;
	instructions: string;
	competencyIds: string[];
}

export async function addExercise(sessionId: string, input: ExerciseInput): Promise<SaveResult<Exercise>> {
	const db = getDb();
	const order = (await listExercises(sessionId)).length;
	const record: Record<string, unknown> = { ...(await newMeta()), sessionId, ...input, name: input.name.trim(), order };
	for (const key of ['templateId', 'dayId']) if (record[key] === undefined) delete record[key];
	const result = validateRecord(Exercise, record);
	if (result.ok) await db.exercises.add(result.value);
	return result;
}

/** The session's exercises (not deleted) in their running order. */
export async function listExercises(sessionId: string): Promise<Exercise[]> {
	const all = await getDb().exercises.where('sessionId').equals(sessionId).toArray();
	return all.filter((e) => !e.deletedAt).sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
}

export async function getExercise(id: string): Promise<Exercise | undefined> {
	const exercise = await getDb().exercises.get(id);
	return exercise && !exercise.deletedAt ? exercise : undefined;
}

export type ExercisePatch = Partial<Pick<Exercise, 'name' | 'dayId' | 'durationMinutes' | 'instructions' | 'competencyIds' | 'order' | 'startedAt' | 'endedAt'>>;

export async function updateExercise(id: string, patch: ExercisePatch): Promise<SaveResult<Exercise>> {
	const db = getDb();
	return db.transaction('rw', db.exercises, db.settings, async () => {
		const current = await db.exercises.get(id);
		if (!current || current.deletedAt) return { ok: false, problems: ['Deze oefening bestaat niet (meer).'] };
		const next: Record<string, unknown> = { ...(await touched(current)), ...patch };
		for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
		const result = validateRecord(Exercise, next);
		if (result.ok) await db.exercises.put(result.value);
		return result;
	});
}

/** Turns one cell of the competency × exercise matrix on or off. */
export async function setExerciseCompetency(id: string, competencyId: string, measured: boolean): Promise<SaveResult<Exercise>> {
	const current = await getExercise(id);
	if (!current) return { ok: false, problems: ['Deze oefening bestaat niet (meer).'] };
	const others = current.competencyIds.filter((c) => c !== competencyId);
	return updateExercise(id, { competencyIds: measured ? [...others, competencyId] : others });
}

/** Exercise timer: start (again) clears a previous end, so a paused exercise can go on. */
export async function startExercise(id: string): Promise<SaveResult<Exercise>> {
	const current = await getExercise(id);
	return updateExercise(id, { startedAt: current?.startedAt ?? nowIso(), endedAt: undefined });
}

export async function endExercise(id: string): Promise<SaveResult<Exercise>> {
	const current = await getExercise(id);
	return updateExercise(id, { startedAt: current?.startedAt ?? nowIso(), endedAt: nowIso() });
}

/** Soft delete; the exercise's notes and ratings stay stored. */
export async function deleteExercise(id: string): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.exercises, db.settings, async () => {
		const current = await db.exercises.get(id);
		if (current && !current.deletedAt) await db.exercises.put({ ...(await touched(current)), deletedAt: nowIso() });
	});
}
