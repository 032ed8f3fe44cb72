import { DEMO_SEED, makeDemoAssessment, type DemoAssessment } from '$lib/engine/demo';
import { isDemoRecord } from '$lib/engine/demo/demo-device';
import { CompetencyProfile, type ExerciseTemplate } from '$lib/engine/rubric';
import type { Table } from 'dexie';
import { getDb, ofSession, type WakkerDatabase } from './db';
import { nowIso } from './record-meta';
import { listRubricVersions } from './rubrics.repo';
import { deleteSetting, getSetting, setChosenAssessor, setSetting } from './settings.repo';

/** The rubric the demo is scored with; `rubrics/done-profiel.json` is this version. */
export const DEMO_RUBRIC_VERSION_ID = 'done-profiel@1.0.0';

export type DemoCounts = { [K in Exclude<keyof DemoAssessment, 'session'>]: number } & { sessions: number };

export interface LoadDemoResult {
	sessionId: string;
	/** False when the demo was already on this device: nothing was written. */
	added: boolean;
	counts: DemoCounts;
}

export { isDemoRecord };

async function findDemoSessionIds(db: WakkerDatabase): Promise<string[]> {
	const fromSetting = await getSetting('demoSessionId');
	const marked = (await db.sessions.toArray()).filter(isDemoRecord).map((s) => s.id);
	return [...new Set([...(fromSetting ? [fromSetting] : []), ...marked])];
}

/** The demo session if it is on this device and not deleted. */
export async function getDemoSessionId(): Promise<string | undefined> {
	const db = getDb();
	for (const id of await findDemoSessionIds(db)) {
		const session = await db.sessions.get(id);
		if (session && !session.deletedAt) return id;
	}
	return undefined;
}

export async function hasDemoAssessment(): Promise<boolean> {
	return (await getDemoSessionId()) !== undefined;
}

async function loadDemoProfile(): Promise<CompetencyProfile> {
	const json: unknown = (await import('$rubrics/done-profiel.json')).default;
	const profile = CompetencyProfile.parse(json);
	const key = `${profile.id}@${profile.version}`;
	if (key !== DEMO_RUBRIC_VERSION_ID) throw new Error(`Het demo-assessment verwacht ${DEMO_RUBRIC_VERSION_ID}, maar het profiel is ${key}.`);
	return profile;
}

/** Exercise templates of a stored exercise library, if there is one: the demo then uses their names and texts. */
async function loadExerciseTemplates(): Promise<ExerciseTemplate[] | undefined> {
	const [library] = await listRubricVersions('exercise-library');
	return library?.content.kind === 'exercise-library' ? library.content.exercises : undefined;
}

/** The built-in functieprofielen the demo candidates' job targets point at (`rubrics/functieprofielen.json`). */
export const DEMO_TARGET_PROFILES_KEY = 'functieprofielen@1.0.0';

async function demoTargetProfilesKey(): Promise<string | undefined> {
	return (await getDb().rubricVersions.get(DEMO_TARGET_PROFILES_KEY)) ? DEMO_TARGET_PROFILES_KEY : undefined;
}

function demoRecordIds(demo: DemoAssessment): string[] {
	return [demo.session.id, ...Object.values(demo).flatMap((value: unknown) => (Array.isArray(value) ? value.map((r: { id: string }) => r.id) : []))];
}

function countOf(demo: DemoAssessment): DemoCounts {
	return {
		sessions: 1,
		assessors: demo.assessors.length,
		exercises: demo.exercises.length,
		candidates: demo.candidates.length,
		assignments: demo.assignments.length,
		observations: demo.observations.length,
		classifications: demo.classifications.length,
		ratings: demo.ratings.length
	};
}

/**
 * Puts the demo assessment-center on this device, in one transaction: all of it or nothing.
 * Loading again while it is there changes nothing. A demo that was deleted in the app is cleared
 * first, so the fresh one does not mix with its remains.
 */
export async function loadDemoAssessment(now: string = nowIso()): Promise<LoadDemoResult> {
	const db = getDb();
	const existing = await getDemoSessionId();
	// Store the rubrics outside the demo transaction: hashing them cannot run inside an IndexedDB transaction.
	const profile = await loadDemoProfile();
	const demo = makeDemoAssessment({ profile, exercises: await loadExerciseTemplates(), targetProfilesKey: await demoTargetProfilesKey(), seed: DEMO_SEED, now });
	if (existing) return { sessionId: existing, added: false, counts: countOf(demo) };
	await removeDemoAssessment();

	const tables = [db.sessions, db.assessors, db.exercises, db.candidates, db.assignments, db.observations, db.classifications, db.ratings, db.settings, db.erasures, db.conflicts];
	await db.transaction('rw', tables, async () => {
		// The demo's ids are the same every time it is made: traces of an earlier demo must not hit the new one.
		const ids = demoRecordIds(demo);
		await db.erasures.bulkDelete(await keysWhere(db.erasures, 'entityId', ids));
		await db.conflicts.bulkDelete(await keysWhere(db.conflicts, 'recordId', ids));
		await db.sessions.put(demo.session);
		await db.assessors.bulkPut(demo.assessors);
		await db.exercises.bulkPut(demo.exercises);
		await db.candidates.bulkPut(demo.candidates);
		await db.assignments.bulkPut(demo.assignments);
		await db.observations.bulkPut(demo.observations);
		await db.classifications.bulkPut(demo.classifications);
		await db.ratings.bulkPut(demo.ratings);
		await setSetting('demoSessionId', demo.session.id);
		await setSetting('demoAssessorIds', demo.assessors.map((a) => a.id));
	});
	return { sessionId: demo.session.id, added: true, counts: countOf(demo) };
}

/** Primary keys of the records whose indexed `index` is one of `values`. */
function keysWhere(table: Table<unknown, string, unknown>, index: string, values: readonly string[]): Promise<string[]> {
	return values.length === 0 ? Promise.resolve([]) : table.where(index).anyOf([...values]).primaryKeys();
}

export interface RemoveDemoResult {
	/** Records removed, per table. */
	removed: Record<string, number>;
}

/**
 * Removes the demo assessment-center and everything that belongs to it, in one transaction: its
 * exercises, candidates, assignments, notes, classifications, ratings, consensus decisions and audit
 * entries, the PDPs (with their actions) and TOCI evaluations of its candidates, and the demo
 * assessors unless a real session uses them, and exchange traces (conflicts, erasures) of its records.
 * The user's own data is not touched. Removal is final
 * (not a soft delete): the demo is example data, loaded again with one tap.
 */
export async function removeDemoAssessment(): Promise<RemoveDemoResult> {
	const db = getDb();
	const tables = [
		db.sessions,
		db.assessors,
		db.exercises,
		db.candidates,
		db.assignments,
		db.observations,
		db.classifications,
		db.ratings,
		db.consensusDecisions,
		db.finalAssessments,
		db.auditLog,
		db.pdps,
		db.actions,
		db.tociEvaluations,
		db.erasures,
		db.conflicts,
		db.settings
	];
	return db.transaction('rw', tables, async () => {
		const removed: Record<string, number> = {};
		const sessionIds = await findDemoSessionIds(db);
		const candidateIds = await keysWhere(db.candidates, 'sessionId', sessionIds);
		const demoIds = new Set<string>(sessionIds);
		await db.sessions.bulkDelete(sessionIds);
		removed.sessions = sessionIds.length;
		// The tables whose records belong to one assessment-center (found through ofSession).
		const sessionTables: Record<string, Table<unknown, string, unknown>> = {
			exercises: db.exercises,
			candidates: db.candidates,
			assignments: db.assignments,
			observations: db.observations,
			classifications: db.classifications,
			ratings: db.ratings,
			consensusDecisions: db.consensusDecisions,
			finalAssessments: db.finalAssessments
		};
		for (const [name, table] of Object.entries(sessionTables)) {
			const ids: string[] = [];
			for (const sessionId of sessionIds) ids.push(...(await ofSession(table, sessionId).primaryKeys()));
			await table.bulkDelete(ids);
			removed[name] = ids.length;
			for (const id of ids) demoIds.add(id);
		}

		const pdpIds = [...new Set([...(await keysWhere(db.pdps, 'candidateId', candidateIds)), ...(await keysWhere(db.pdps, 'sessionId', sessionIds))])];
		const actionIds = await keysWhere(db.actions, 'planId', pdpIds);
		const tociIds = await keysWhere(db.tociEvaluations, 'candidateId', candidateIds);
		for (const id of [...pdpIds, ...actionIds, ...tociIds]) demoIds.add(id);
		await db.pdps.bulkDelete(pdpIds);
		await db.actions.bulkDelete(actionIds);
		await db.tociEvaluations.bulkDelete(tociIds);
		removed.pdps = pdpIds.length;
		removed.actions = actionIds.length;
		removed.tociEvaluations = tociIds.length;

		const assessorIds = new Set([...((await getSetting('demoAssessorIds')) ?? []), ...(await db.assessors.toArray()).filter(isDemoRecord).map((a) => a.id)]);
		// A demo assessor someone added to a real session stays: removing them would orphan real ratings.
		for (const session of await db.sessions.toArray()) for (const id of session.assessorIds) assessorIds.delete(id);
		await db.assessors.bulkDelete([...assessorIds]);
		removed.assessors = assessorIds.size;

		for (const id of assessorIds) demoIds.add(id);
		const auditIds = [...new Set([...(await keysWhere(db.auditLog, 'sessionId', sessionIds)), ...(await keysWhere(db.auditLog, 'entityId', [...demoIds]))])];
		await db.auditLog.bulkDelete(auditIds);
		removed.auditLog = auditIds.length;
		const conflictIds = await keysWhere(db.conflicts, 'recordId', [...demoIds]);
		await db.conflicts.bulkDelete(conflictIds);
		removed.conflicts = conflictIds.length;
		const erasureIds = await keysWhere(db.erasures, 'entityId', [...demoIds]);
		await db.erasures.bulkDelete(erasureIds);
		removed.erasures = erasureIds.length;

		for (const id of sessionIds) await setChosenAssessor(id, undefined);
		await deleteSetting('demoSessionId');
		await deleteSetting('demoAssessorIds');
		return { removed };
	});
}
