import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase } from './db';
import { resetDeviceIdCache } from './record-meta';
import { createSession, getSession } from './sessions.repo';
import { addExercise } from './exercises.repo';
import { addCandidate } from './candidates.repo';
import { addAssessorToSession, addObserverToSession, removeAssessorFromSession, removeObserverFromSession } from './assessors.repo';
import { createObservation } from './observations.repo';
import { linkObservation } from './classifications.repo';
import { listVisibleRatings, saveRating, submitRatings } from './ratings.repo';
import { loadConsensusSnapshot } from './consensus.repo';
import { hasPin, setPin } from './pin.repo';
import { buildAssessorWorkBundle, buildSessionSetupBundle } from './bundle/export';
import { restrictSnapshot } from '$lib/state/blind';
import { toSessionRatings } from '$lib/engine/consensus';

let db: WakkerDatabase;
beforeEach(() => {
	db = new WakkerDatabase(`wakker-observer-test-${crypto.randomUUID()}`);
	useDatabase(db);
	resetDeviceIdCache();
});
afterEach(async () => {
	await db.delete();
});

async function setUp() {
	const session = await createSession({ name: 'AC voorjaar', location: 'Gent', days: [] });
	if (!session.ok) throw new Error(session.problems.join());
	const sessionId = session.value.id;
	const exercise = await addExercise(sessionId, { name: 'Magazijn', durationMinutes: 60, instructions: '', competencyIds: ['initiatief'] });
	const candidate = await addCandidate(sessionId, { name: 'Cas', jobTarget: 'magazijnier' });
	const lead = await addAssessorToSession(sessionId, 'An');
	const other = await addAssessorToSession(sessionId, 'Bram');
	const observer = await addObserverToSession(sessionId, 'Olga');
	if (!exercise.ok || !candidate.ok || !lead.ok || !other.ok || !observer.ok) throw new Error('set-up failed');
	return { sessionId, exercise: exercise.value, candidate: candidate.value, lead: lead.value, other: other.value, observer: observer.value };
}

describe('observers-in-training', () => {
	it('are named in set-up besides the assessors, and are no assessor or lead', async () => {
		const { sessionId, lead, other, observer } = await setUp();
		const session = await getSession(sessionId);
		expect(session?.assessorIds).toEqual([lead.id, other.id]);
		expect(session?.observerIds).toEqual([observer.id]);
		expect(session?.leadAssessorId).toBe(lead.id);
		expect(await addObserverToSession(sessionId, '  ')).toMatchObject({ ok: false });
	});

	it('marks every note, classification and rating an observer writes as practice, and nothing of an assessor', async () => {
		const { sessionId, exercise, candidate, lead, observer } = await setUp();
		const base = { sessionId, exerciseId: exercise.id, candidateId: candidate.id, observedAt: '2026-03-02T10:00:00.000Z' };
		const practiceNote = await createObservation({ ...base, authorId: observer.id, text: 'Zet zonder vragen de dozen op de juiste plek.' });
		const ownNote = await createObservation({ ...base, authorId: lead.id, text: 'Vraagt wat er nog moet gebeuren.' });
		if (!practiceNote.ok || !ownNote.ok) throw new Error('note');
		expect(practiceNote.value.practice).toBe(true);
		expect(ownNote.value.practice).toBeUndefined();
		const link = await linkObservation({ observation: practiceNote.value, authorId: observer.id, competencyId: 'initiatief' });
		expect(link.ok && link.value.practice).toBe(true);
		const where = { sessionId, exerciseId: exercise.id, candidateId: candidate.id };
		const rating = await saveRating({ ...where, competencyId: 'initiatief', authorId: observer.id, level: 'zeer-goed', evidenceObservationIds: [practiceNote.value.id] });
		expect(rating.ok && rating.value.practice).toBe(true);
		const assessorRating = await saveRating({ ...where, competencyId: 'initiatief', authorId: lead.id, level: 'matig', evidenceObservationIds: [] });
		expect(assessorRating.ok && assessorRating.value.practice).toBeUndefined();
	});

	it('a submitted practice rating changes nothing the assessors see or count, and unlocks nothing', async () => {
		const { sessionId, exercise, candidate, lead, other, observer } = await setUp();
		const base = { sessionId, exerciseId: exercise.id, candidateId: candidate.id, competencyId: 'initiatief', evidenceObservationIds: [] };
		await saveRating({ ...base, authorId: lead.id, level: 'goed' });
		await submitRatings(exercise.id, lead.id);
		await saveRating({ ...base, authorId: observer.id, level: 'onvoldoende' });
		await submitRatings(exercise.id, observer.id);
		// Bram has not submitted: the observer's submission opens nothing of An's work for him.
		expect((await listVisibleRatings(sessionId, exercise.id, other.id)).map((r) => r.authorId)).toEqual([]);
		// The observer is blind too while Bram is not done, and sees their own practice.
		expect((await listVisibleRatings(sessionId, exercise.id, observer.id)).map((r) => r.authorId)).toEqual([observer.id]);
		await saveRating({ ...base, authorId: other.id, level: 'goed' });
		await submitRatings(exercise.id, other.id);
		// The assessors never see the observer's practice; the observer, once everyone is done, sees theirs.
		expect((await listVisibleRatings(sessionId, exercise.id, other.id)).map((r) => r.authorId).sort()).toEqual([lead.id, other.id].sort());
		expect((await listVisibleRatings(sessionId, exercise.id, observer.id)).map((r) => r.authorId).sort()).toEqual([lead.id, other.id, observer.id].sort());
		const snapshot = await loadConsensusSnapshot(sessionId);
		for (const viewer of [lead.id, other.id, observer.id, undefined]) {
			const seen = restrictSnapshot(snapshot!, viewer);
			expect(toSessionRatings(seen.snapshot.ratings).map((r) => r.assessorId).sort()).toEqual([lead.id, other.id].sort());
		}
	});

	it('their submitted practice travels, still marked; the set-up bundle knows who they are', async () => {
		const { sessionId, exercise, candidate, observer } = await setUp();
		await saveRating({ sessionId, exerciseId: exercise.id, candidateId: candidate.id, competencyId: 'initiatief', authorId: observer.id, level: 'goed', evidenceObservationIds: [] });
		expect((await buildAssessorWorkBundle(sessionId, observer.id)).records.ratings).toEqual([]);
		await submitRatings(exercise.id, observer.id);
		const work = await buildAssessorWorkBundle(sessionId, observer.id);
		expect(work.records.ratings?.map((r) => r.practice)).toEqual([true]);
		const setup = await buildSessionSetupBundle(sessionId);
		expect(setup.records.assessors?.map((a) => a.id)).toContain(observer.id);
	});
});

describe('removing someone from the tablet removes their PIN hash', () => {
	it('an assessor or observer taken off their only assessment-center loses the PIN hash', async () => {
		const { sessionId, other, observer } = await setUp();
		await setPin(other.id, '2580');
		await setPin(observer.id, '7391');
		await removeAssessorFromSession(sessionId, other.id);
		expect(await hasPin(other.id)).toBe(false);
		await removeObserverFromSession(sessionId, observer.id);
		expect(await hasPin(observer.id)).toBe(false);
		expect((await getSession(sessionId))?.observerIds).toEqual([]);
		expect(await db.settings.where('key').startsWith('pin:').count()).toBe(0);
	});

	it('keeps the PIN while they are still in another assessment-center on this tablet', async () => {
		const { sessionId, other } = await setUp();
		const second = await createSession({ name: 'AC najaar', location: 'Gent', days: [] });
		if (!second.ok) throw new Error('session');
		await db.sessions.update(second.value.id, { assessorIds: [other.id] });
		await setPin(other.id, '2580');
		await removeAssessorFromSession(sessionId, other.id);
		expect(await hasPin(other.id)).toBe(true);
		await removeAssessorFromSession(second.value.id, other.id);
		expect(await hasPin(other.id)).toBe(false);
	});
});
