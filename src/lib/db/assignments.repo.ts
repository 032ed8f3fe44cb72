import { Assignment } from '$lib/engine/model';
import { resolveAssignments } from '$lib/engine/observation/setup-checks';
import { validateRecord } from '$lib/engine/observation/validate-input';
import { getDb } from './db';
import { newMeta, nowIso, touched } from './record-meta';

/** Explicit assignments of a session (not deleted). An exercise without any: everyone observes everyone. */
export async function listAssignments(sessionId: string): Promise<Assignment[]> {
	const all = await getDb().assignments.where('sessionId').equals(sessionId).toArray();
	return all.filter((a) => !a.deletedAt);
}

/**
 * Turns "assessor observes candidate in exercise" on or off. The first change in an exercise that
 * still follows the default (everyone × everyone) first writes that default out, so only the tapped
 * pair changes.
 */
export async function setAssignment(
	sessionId: string,
	exerciseId: string,
	assessorId: string,
	candidateId: string,
	observes: boolean
): Promise<void> {
	const db = getDb();
	await db.transaction('rw', [db.assignments, db.sessions, db.candidates, db.settings], async () => {
		const session = await db.sessions.get(sessionId);
		if (!session) return;
		const candidateIds = (await db.candidates.where('sessionId').equals(sessionId).toArray()).filter((c) => !c.deletedAt).map((c) => c.id);
		const stored = (await db.assignments.where('sessionId').equals(sessionId).toArray()).filter((a) => a.exerciseId === exerciseId);
		const live = stored.filter((a) => !a.deletedAt);
		if (live.length === 0) {
			for (const pair of resolveAssignments(exerciseId, session.assessorIds, candidateIds, [])) {
				if (pair.assessorId === assessorId && pair.candidateId === candidateId) continue;
				await db.assignments.add(Assignment.parse({ ...(await newMeta()), sessionId, exerciseId, ...pair }));
			}
		}
		const existing = stored.find((a) => a.assessorId === assessorId && a.candidateId === candidateId);
		if (observes) {
			if (existing?.deletedAt) {
				const { deletedAt: _, ...rest } = await touched(existing);
				await db.assignments.put(rest);
			} else if (!existing) {
				const result = validateRecord(Assignment, { ...(await newMeta()), sessionId, exerciseId, assessorId, candidateId });
				if (result.ok) await db.assignments.add(result.value);
			}
		} else if (existing && !existing.deletedAt) {
			await db.assignments.put({ ...(await touched(existing)), deletedAt: nowIso() });
		}
	});
}
