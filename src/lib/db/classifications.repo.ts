import { Classification, type Observation } from '$lib/engine/model';
import type { SamLevelId } from '$lib/engine/rubric';
import { validateRecord, type SaveResult } from '$lib/engine/observation/validate-input';
import { practiceMarkFor } from '$lib/engine/consensus/who-counts';
import { getDb, ofSession } from './db';
import { newMeta, nowIso, touched } from './record-meta';

export interface ClassificationInput {
	observation: Pick<Observation, 'id' | 'sessionId' | 'candidateId' | 'exerciseId'>;
	authorId: string;
	competencyId: string;
	indicatorId?: string | undefined;
	levelId?: SamLevelId | undefined;
}

/** Classifications of a session (not deleted). */
export async function listClassifications(sessionId: string): Promise<Classification[]> {
	const all = await ofSession(getDb().classifications, sessionId).toArray();
	return all.filter((c) => !c.deletedAt);
}

/**
 * Links a note to a competency (Klasseren), or changes the indicator row and level of an existing
 * link. One link per note, competency and author; unlinking and linking again revives the same record.
 */
export async function linkObservation(input: ClassificationInput): Promise<SaveResult<Classification>> {
	const db = getDb();
	return db.transaction('rw', db.classifications, db.settings, db.sessions, async () => {
		const session = await db.sessions.get(input.observation.sessionId);
		const existing = (await db.classifications.where('observationId').equals(input.observation.id).toArray()).find(
			(c) => c.competencyId === input.competencyId && c.authorId === input.authorId
		);
		const fields = {
			sessionId: input.observation.sessionId,
			observationId: input.observation.id,
			candidateId: input.observation.candidateId,
			exerciseId: input.observation.exerciseId,
			authorId: input.authorId,
			competencyId: input.competencyId,
			...(input.indicatorId ? { indicatorId: input.indicatorId } : {}),
			...(input.levelId ? { levelId: input.levelId } : {}),
			...practiceMarkFor(session, input.authorId)
		};
		const base = existing ? await touched(existing) : await newMeta();
		const { deletedAt: _, indicatorId: _i, levelId: _l, practice: _p, ...meta } = base as typeof base & Partial<Classification>;
		const result = validateRecord(Classification, { ...meta, ...fields });
		if (result.ok) await db.classifications.put(result.value);
		return result;
	});
}

/** Removes the link between a note and a competency (soft delete). */
export async function unlinkObservation(observationId: string, competencyId: string, authorId: string): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.classifications, db.settings, async () => {
		const links = await db.classifications.where('observationId').equals(observationId).toArray();
		for (const link of links)
			if (link.competencyId === competencyId && link.authorId === authorId && !link.deletedAt)
				await db.classifications.put({ ...(await touched(link)), deletedAt: nowIso() });
	});
}
