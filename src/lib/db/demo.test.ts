import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionItem, AuditEntry, ConsensusDecision, Pdp, TociEvaluation } from '$lib/engine/model';
import { useDatabase, WakkerDatabase } from './db';
import { DEMO_RUBRIC_VERSION_ID, getDemoSessionId, hasDemoAssessment, loadDemoAssessment, removeDemoAssessment } from './demo';
import { resetDeviceIdCache } from './record-meta';
import { addCandidate } from './candidates.repo';
import { createObservation } from './observations.repo';
import { createSession } from './sessions.repo';
import { ensureBuiltinRubrics } from './rubrics.repo';
import { getChosenAssessor, getSetting, setChosenAssessor } from './settings.repo';

let db: WakkerDatabase;
beforeEach(() => {
	db = new WakkerDatabase(`test-${crypto.randomUUID()}`);
	useDatabase(db);
	resetDeviceIdCache();
});
afterEach(async () => {
	await db.delete();
});

const NOW = '2026-03-20T10:00:00.000Z';
const meta = () => ({ id: crypto.randomUUID(), createdAt: NOW, updatedAt: NOW, vv: { tablet: 1 } });

/** Per table of data; the sync outbox is bookkeeping (a removed demo record waits there to be sent as removed). */
async function tableCounts() {
	const counts: Record<string, number> = {};
	for (const table of db.tables) if (table.name !== 'syncOutbox') counts[table.name] = await table.count();
	return counts;
}

/** Data of the user: a session with a candidate, a note, a PDP with an action, a TOCI evaluation and an audit entry. */
async function addUserData() {
	const session = await createSession({ name: 'Eigen assessment', location: 'Antwerpen', days: [] });
	if (!session.ok) throw new Error(session.problems.join());
	const candidate = await addCandidate(session.value.id, { name: 'Eigen kandidaat', jobTarget: 'poetshulp' });
	if (!candidate.ok) throw new Error(candidate.problems.join());
	const pdp: Pdp = { ...meta(), candidateId: candidate.value.id, title: 'PDP eigen kandidaat', needs: [], resources: [] };
	await db.pdps.add(pdp);
	const action: ActionItem = {
		...meta(),
		planId: pdp.id,
		planType: 'pdp',
		text: 'Sollicitatiebrief schrijven',
		timespan: '2 weken',
		who: 'kandidaat',
		status: 'niet',
		remarks: '',
		source: 'manual',
		order: 0,
		history: []
	};
	await db.actions.add(action);
	const toci: TociEvaluation = { ...meta(), candidateId: candidate.value.id, instrumentVersionId: 'toci@1.0.0', date: '2026-03-01', mentorName: 'Mentor', self: {}, mentor: {}, coach: {}, mastered: [] };
	await db.tociEvaluations.add(toci);
	const audit: AuditEntry = { id: crypto.randomUUID(), at: NOW, sessionId: session.value.id, entity: 'session', entityId: session.value.id, action: 'lock', summary: 'Vergrendeld' };
	await db.auditLog.add(audit);
	return { sessionId: session.value.id, candidateId: candidate.value.id };
}

describe('demo assessment', () => {
	it('loads a whole assessment-center scored with the DOne profile, and stores that profile', async () => {
		expect(await hasDemoAssessment()).toBe(false);
		const result = await loadDemoAssessment(NOW);
		expect(result.added).toBe(true);
		expect(await hasDemoAssessment()).toBe(true);
		expect(await getSetting('demoSessionId')).toBe(result.sessionId);
		const session = await db.sessions.get(result.sessionId);
		expect(session?.rubricVersionId).toBe(DEMO_RUBRIC_VERSION_ID);
		expect(await db.rubricVersions.get(DEMO_RUBRIC_VERSION_ID)).toBeDefined();
		const counts = await tableCounts();
		expect(counts).toMatchObject({
			sessions: 1,
			assessors: 3,
			exercises: 3,
			candidates: 6,
			assignments: 54,
			observations: result.counts.observations,
			classifications: result.counts.classifications,
			ratings: 342
		});
		expect(result.counts.observations).toBeGreaterThan(400);
		// Names and instructions come from the shipped exercise library, stored before the demo was made.
		const exercises = await db.exercises.where('sessionId').equals(result.sessionId).sortBy('order');
		expect(exercises.map((e) => e.name)).toEqual(['Scenario Magazijn + stock', 'Scenario Fietsherstelling', 'Scenario Kookopdracht']);
		expect(exercises.map((e) => e.durationMinutes)).toEqual([60, 45, 90]);
		expect(await db.rubricVersions.where('kind').equals('exercise-library').count()).toBe(1);
	});

	it('does not duplicate when loaded twice', async () => {
		const first = await loadDemoAssessment(NOW);
		const before = await tableCounts();
		const second = await loadDemoAssessment('2026-04-01T10:00:00.000Z');
		expect(second).toMatchObject({ sessionId: first.sessionId, added: false });
		expect(await tableCounts()).toEqual(before);
	});

	it('removes the demo and everything that belongs to it, leaving the user data untouched', async () => {
		// As when the app opened the database: the built-in rubrics (and the note that they are stored) are there.
		await ensureBuiltinRubrics();
		const user = await addUserData();
		const userCounts = await tableCounts();
		const { sessionId } = await loadDemoAssessment(NOW);

		// Work done on the demo in the app: a note, a consensus decision, a PDP with an action, TOCI, audit.
		const demoCandidate = (await db.candidates.where('sessionId').equals(sessionId).first())!;
		const demoExercise = (await db.exercises.where('sessionId').equals(sessionId).first())!;
		const demoAssessorId = (await db.sessions.get(sessionId))!.assessorIds[0]!;
		await setChosenAssessor(sessionId, demoAssessorId);
		const note = await createObservation({ sessionId, exerciseId: demoExercise.id, candidateId: demoCandidate.id, authorId: demoAssessorId, text: 'Extra notitie', observedAt: NOW });
		expect(note.ok).toBe(true);
		const decision: ConsensusDecision = { ...meta(), sessionId, candidateId: demoCandidate.id, competencyId: 'initiatief', level: 'goed', reason: 'Samen besproken', decidedBy: demoAssessorId };
		await db.consensusDecisions.add(decision);
		const pdp: Pdp = { ...meta(), candidateId: demoCandidate.id, sessionId, title: 'PDP demo', needs: [], resources: [] };
		await db.pdps.add(pdp);
		await db.actions.add({ ...meta(), planId: pdp.id, planType: 'pdp', text: 'Stage zoeken', timespan: '1 maand', who: 'coach', status: 'deels', remarks: '', source: 'consensus', order: 0, history: [] });
		await db.tociEvaluations.add({ ...meta(), candidateId: demoCandidate.id, instrumentVersionId: 'toci@1.0.0', date: '2026-03-10', mentorName: 'M', self: {}, mentor: {}, coach: {}, mastered: [] });
		await db.auditLog.add({ id: crypto.randomUUID(), at: NOW, actorId: demoAssessorId, entity: 'consensus', entityId: decision.id, action: 'decide', summary: 'Besluit' });
		await db.conflicts.add({ id: `observations:${note.ok ? note.value.id : ''}`, table: 'observations', recordId: note.ok ? note.value.id : '', incoming: {}, incomingVv: { other: 1 }, detectedAt: NOW, fromDeviceId: 'other' });
		await db.erasures.add({ id: `candidates:${demoCandidate.id}`, entity: 'candidates', entityId: demoCandidate.id, erasedAt: NOW, by: 'other' });

		const { removed } = await removeDemoAssessment();
		expect(removed).toMatchObject({ sessions: 1, assessors: 3, candidates: 6, consensusDecisions: 1, pdps: 1, actions: 1, tociEvaluations: 1, auditLog: 1, conflicts: 1, erasures: 1 });
		expect(await hasDemoAssessment()).toBe(false);
		expect(await getSetting('demoSessionId')).toBeUndefined();
		expect(await getChosenAssessor(sessionId)).toBeUndefined();
		const after = await tableCounts();
		// The rubric versions stored for the demo stay: they are the app's own instruments.
		expect({ ...after, rubricVersions: userCounts.rubricVersions }).toEqual(userCounts);
		expect(await db.sessions.get(user.sessionId)).toBeDefined();
		expect(await db.pdps.where('candidateId').equals(user.candidateId).count()).toBe(1);
	});

	it('keeps a demo assessor that a real session uses', async () => {
		const { sessionId } = await loadDemoAssessment(NOW);
		const borrowed = (await db.sessions.get(sessionId))!.assessorIds[1]!;
		const own = await createSession({ name: 'Eigen', location: '', days: [] });
		if (!own.ok) throw new Error(own.problems.join());
		await db.sessions.update(own.value.id, { assessorIds: [borrowed] });
		const { removed } = await removeDemoAssessment();
		expect(removed.assessors).toBe(2);
		expect(await db.assessors.get(borrowed)).toBeDefined();
	});

	it('loads a fresh demo when the previous one was deleted in the app', async () => {
		const { sessionId } = await loadDemoAssessment(NOW);
		await db.sessions.update(sessionId, { deletedAt: NOW });
		expect(await getDemoSessionId()).toBeUndefined();
		const again = await loadDemoAssessment(NOW);
		expect(again.added).toBe(true);
		expect((await db.sessions.get(again.sessionId))?.deletedAt).toBeUndefined();
		expect(await db.ratings.count()).toBe(342);
	});

	it('finds the demo by its marked records when the setting is gone', async () => {
		await loadDemoAssessment(NOW);
		await db.settings.delete('demoSessionId');
		expect(await hasDemoAssessment()).toBe(true);
		await removeDemoAssessment();
		expect(await db.sessions.count()).toBe(0);
		expect(await db.observations.count()).toBe(0);
	});

	it('clears traces of an earlier demo (erasures, conflicts) when loading it again', async () => {
		const first = await loadDemoAssessment(NOW);
		const candidate = (await db.candidates.where('sessionId').equals(first.sessionId).first())!;
		await removeDemoAssessment();
		await db.erasures.add({ id: `candidates:${candidate.id}`, entity: 'candidates', entityId: candidate.id, erasedAt: NOW, by: 'other' });
		await loadDemoAssessment(NOW);
		expect(await db.candidates.get(candidate.id)).toBeDefined();
		expect(await db.erasures.count()).toBe(0);
	});

	it('removing when there is no demo changes nothing', async () => {
		await addUserData();
		const before = await tableCounts();
		await removeDemoAssessment();
		expect(await tableCounts()).toEqual(before);
	});
});
