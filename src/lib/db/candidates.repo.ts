import { Candidate, type TargetJobRef } from '$lib/engine/model';
import { canAddCandidate, MAX_CANDIDATES } from '$lib/engine/observation/setup-checks';
import { validateRecord, type SaveResult } from '$lib/engine/observation/validate-input';
import { getDb } from './db';
import { newMeta, nowIso, touched } from './record-meta';

export interface CandidateInput {
	name: string;
	jobTarget: string;
	targetJob?: TargetJobRef;
	coachAssessorIds?: string[];
	code?: string;
}

/** Candidates of a session (not deleted), in the order they were added. */
export async function listCandidates(sessionId: string): Promise<Candidate[]> {
	const all = await getDb().candidates.where('sessionId').equals(sessionId).toArray();
	return all.filter((c) => !c.deletedAt).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * Adds a candidate. Refused beyond the draaiboek's maximum of 6 unless the session carries a lead's
 * override with a reason (`setGroupSizeOverride`).
 */
export async function addCandidate(sessionId: string, input: CandidateInput): Promise<SaveResult<Candidate>> {
	const db = getDb();
	const session = await db.sessions.get(sessionId);
	if (!session || session.deletedAt) return { ok: false, problems: ['Dit assessment-center bestaat niet (meer).'] };
	const count = (await listCandidates(sessionId)).length;
	if (!canAddCandidate(count, session.groupSizeOverride))
		return {
			ok: false,
			problems: [`Er zijn al ${count} kandidaten. Het draaiboek raadt aan een kleine groep te observeren (max. ${MAX_CANDIDATES} personen). Een hoofdassessor kan meer toelaten met een reden.`]
		};
	const record = {
		...(await newMeta()),
		sessionId,
		name: input.name.trim(),
		jobTarget: input.jobTarget.trim(),
		...(input.targetJob ? { targetJob: input.targetJob } : {}),
		coachAssessorIds: input.coachAssessorIds ?? [],
		code: input.code ?? `K${count + 1}`
	};
	const result = validateRecord(Candidate, record);
	if (result.ok) await db.candidates.add(result.value);
	return result;
}

export type CandidatePatch = Partial<Pick<Candidate, 'name' | 'jobTarget' | 'targetJob' | 'coachAssessorIds' | 'code'>>;

export async function updateCandidate(id: string, patch: CandidatePatch): Promise<SaveResult<Candidate>> {
	const db = getDb();
	return db.transaction('rw', db.candidates, db.settings, async () => {
		const current = await db.candidates.get(id);
		if (!current || current.deletedAt) return { ok: false, problems: ['Deze kandidaat bestaat niet (meer).'] };
		const { targetJob: _stored, ...base } = await touched(current);
		const { targetJob: patched, ...rest } = patch;
		// `targetJob: undefined` in a patch clears the functieprofiel: the key is left out, not stored as undefined.
		const targetJob = 'targetJob' in patch ? patched : current.targetJob;
		const result = validateRecord(Candidate, { ...base, ...rest, ...(targetJob ? { targetJob } : {}) });
		if (result.ok) await db.candidates.put(result.value);
		return result;
	});
}

/** Soft delete; the candidate's notes and ratings stay stored, so `restoreCandidate` brings everything back. */
export async function deleteCandidate(id: string): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.candidates, db.settings, async () => {
		const current = await db.candidates.get(id);
		if (current && !current.deletedAt) await db.candidates.put({ ...(await touched(current)), deletedAt: nowIso() });
	});
}

/** Undoes `deleteCandidate`: the candidate (and with them their notes and ratings) shows again. */
export async function restoreCandidate(id: string): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.candidates, db.settings, async () => {
		const current = await db.candidates.get(id);
		if (!current?.deletedAt) return;
		const { deletedAt: _, ...rest } = await touched(current);
		await db.candidates.put(rest);
	});
}
