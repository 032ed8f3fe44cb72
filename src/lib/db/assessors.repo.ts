import { Assessor } from '$lib/engine/model';
import { validateRecord, type SaveResult } from '$lib/engine/observation/validate-input';
import { getDb } from './db';
import { newMeta, touched } from './record-meta';
import { updateSession } from './sessions.repo';
import { forgetPinIfUnused } from './pin.repo';

export async function createAssessor(name: string, organisationId?: string): Promise<SaveResult<Assessor>> {
	const result = validateRecord(Assessor, { ...(await newMeta()), name: name.trim(), ...(organisationId ? { organisationId } : {}) });
	if (result.ok) await getDb().assessors.add(result.value);
	return result;
}

export async function getAssessor(id: string): Promise<Assessor | undefined> {
	return getDb().assessors.get(id);
}

/** Assessors by id, in the order of `ids` (e.g. a session's `assessorIds`); unknown ids are skipped. */
export async function listAssessorsByIds(ids: readonly string[]): Promise<Assessor[]> {
	const found = await getDb().assessors.bulkGet([...ids]);
	return found.filter((a): a is Assessor => Boolean(a) && !a!.deletedAt);
}

export async function listAssessors(): Promise<Assessor[]> {
	const all = await getDb().assessors.orderBy('name').toArray();
	return all.filter((a) => !a.deletedAt);
}

export async function renameAssessor(id: string, name: string): Promise<SaveResult<Assessor>> {
	const db = getDb();
	const current = await db.assessors.get(id);
	if (!current) return { ok: false, problems: ['Deze assessor bestaat niet (meer).'] };
	const result = validateRecord(Assessor, { ...(await touched(current)), name: name.trim() });
	if (result.ok) await db.assessors.put(result.value);
	return result;
}

/**
 * Creates an assessor and adds them to the session in one step (the set-up screen's "Assessor toevoegen"). The
 * first one named in a session without a lead becomes its lead (the moderator), so set-up can start with the lead.
 */
export async function addAssessorToSession(sessionId: string, name: string): Promise<SaveResult<Assessor>> {
	const session = await getDb().sessions.get(sessionId);
	if (!session || session.deletedAt) return { ok: false, problems: ['Dit assessment-center bestaat niet (meer).'] };
	const created = await createAssessor(name, session.organisationId);
	if (!created.ok) return created;
	const updated = await updateSession(sessionId, {
		assessorIds: [...session.assessorIds, created.value.id],
		...(session.leadAssessorId ? {} : { leadAssessorId: created.value.id })
	});
	return updated.ok ? created : updated;
}

/**
 * Takes an assessor off the session; what they wrote stays stored under their id. Their PIN hash goes with
 * them once they belong to no other assessment-center on this tablet: a PIN nobody can use any more is
 * only a hash left lying around.
 */
export async function removeAssessorFromSession(sessionId: string, assessorId: string): Promise<void> {
	const session = await getDb().sessions.get(sessionId);
	if (!session) return;
	await updateSession(sessionId, {
		assessorIds: session.assessorIds.filter((id) => id !== assessorId),
		leadAssessorId: session.leadAssessorId === assessorId ? undefined : session.leadAssessorId
	});
	await forgetPinIfUnused(assessorId);
}

/**
 * Names an observer-in-training in the session (set-up, besides the assessors and the lead): someone who
 * writes notes and practice ratings that never count (engine/consensus/who-counts.ts).
 */
export async function addObserverToSession(sessionId: string, name: string): Promise<SaveResult<Assessor>> {
	const session = await getDb().sessions.get(sessionId);
	if (!session || session.deletedAt) return { ok: false, problems: ['Dit assessment-center bestaat niet (meer).'] };
	if ((session.observerIds ?? []).length >= 20) return { ok: false, problems: ['Er zijn al 20 observatoren in opleiding in dit assessment-center.'] };
	const created = await createAssessor(name, session.organisationId);
	if (!created.ok) return created;
	const updated = await updateSession(sessionId, { observerIds: [...(session.observerIds ?? []), created.value.id] });
	return updated.ok ? created : updated;
}

/** Takes an observer off the session; their practice stays stored, marked, and still never counts. */
export async function removeObserverFromSession(sessionId: string, observerId: string): Promise<void> {
	const session = await getDb().sessions.get(sessionId);
	if (!session) return;
	await updateSession(sessionId, { observerIds: (session.observerIds ?? []).filter((id) => id !== observerId) });
	await forgetPinIfUnused(observerId);
}
