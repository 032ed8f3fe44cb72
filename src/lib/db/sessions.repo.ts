import { AssessmentSession, type SessionDay } from '$lib/engine/model';
import { validateRecord, type SaveResult } from '$lib/engine/observation/validate-input';
import { getDb, ofSession } from './db';
import { newMeta, nowIso, touched } from './record-meta';

/** The rubric version a new session is scored with unless the user picks another. */
export const DEFAULT_RUBRIC_VERSION_ID = 'done-profiel@1.0.0';

export interface SessionInput {
	name: string;
	organisationId?: string | undefined;
	organisationName?: string | undefined;
	location: string;
	days: SessionDay[];
	rubricVersionId?: string;
	competencyIds?: string[];
}

/** Creates an assessment-center; refuses invalid input with Dutch problems and stores nothing. */
export async function createSession(input: SessionInput): Promise<SaveResult<AssessmentSession>> {
	const record = {
		...(await newMeta()),
		name: input.name.trim(),
		...(input.organisationId ? { organisationId: input.organisationId } : {}),
		...(input.organisationName?.trim() ? { organisationName: input.organisationName.trim() } : {}),
		location: input.location.trim(),
		days: input.days,
		rubricVersionId: input.rubricVersionId ?? DEFAULT_RUBRIC_VERSION_ID,
		competencyIds: input.competencyIds ?? [],
		assessorIds: []
	};
	const result = validateRecord(AssessmentSession, record);
	if (result.ok) await getDb().sessions.add(result.value);
	return result;
}

export async function getSession(id: string): Promise<AssessmentSession | undefined> {
	const session = await getDb().sessions.get(id);
	return session && !session.deletedAt ? session : undefined;
}

/** All sessions not deleted, most recently changed first. */
export async function listSessions(): Promise<AssessmentSession[]> {
	const all = await getDb().sessions.orderBy('updatedAt').reverse().toArray();
	return all.filter((s) => !s.deletedAt);
}

export type SessionPatch = Partial<Pick<AssessmentSession, 'name' | 'organisationId' | 'organisationName' | 'location' | 'days' | 'rubricVersionId' | 'competencyIds' | 'assessorIds' | 'observerIds' | 'leadAssessorId' | 'groupSizeOverride'>>;

/** Changes a session; notes, classifications and ratings are separate records and stay as they are. */
export async function updateSession(id: string, patch: SessionPatch): Promise<SaveResult<AssessmentSession>> {
	const db = getDb();
	return db.transaction('rw', [db.sessions, db.settings, db.ratings], async (): Promise<SaveResult<AssessmentSession>> => {
		const current = await db.sessions.get(id);
		if (!current || current.deletedAt) return { ok: false, problems: ['Dit assessment-center bestaat niet (meer).'] };
		if (patch.rubricVersionId && patch.rubricVersionId !== current.rubricVersionId && (await ofSession(db.ratings, id).count()) > 0)
			return { ok: false, problems: ['Er zijn al beoordelingen gegeven met deze rubriekversie: de versie blijft dezelfde, zodat de scores vergelijkbaar blijven.'] };
		const next = { ...(await touched(current)), ...patch };
		for (const key of Object.keys(next) as (keyof typeof next)[]) if (next[key] === undefined) delete next[key];
		const result = validateRecord(AssessmentSession, next);
		if (result.ok) await db.sessions.put(result.value);
		return result;
	});
}

/**
 * The draaiboek advises max 6 candidates; the lead assessor (`leadAssessorId`) may allow more with a reason,
 * kept on the session.
 * `reason` empty removes the override.
 */
export async function setGroupSizeOverride(id: string, reason: string, by: string): Promise<SaveResult<AssessmentSession>> {
	const session = await getSession(id);
	if (session && session.leadAssessorId !== by)
		return {
			ok: false,
			problems: [session.leadAssessorId ? 'Alleen de hoofdassessor kan meer kandidaten toelaten.' : 'Duid eerst een hoofdassessor aan bij de assessoren: alleen die kan meer kandidaten toelaten.']
		};
	return updateSession(id, { groupSizeOverride: reason.trim() ? { reason: reason.trim(), by, at: nowIso() } : undefined });
}

/** Soft delete: the session disappears from lists but can be restored, and the erasure can travel. */
export async function deleteSession(id: string): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.sessions, db.settings, async () => {
		const current = await db.sessions.get(id);
		if (current && !current.deletedAt) await db.sessions.put({ ...(await touched(current)), deletedAt: nowIso() });
	});
}
