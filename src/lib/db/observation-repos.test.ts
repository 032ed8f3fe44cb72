import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useDatabase, WakkerDatabase } from './db';
import { resetDeviceIdCache } from './record-meta';
import { createSession, getSession, listSessions, setGroupSizeOverride, updateSession } from './sessions.repo';
import { addExercise, endExercise, listExercises, setExerciseCompetency, startExercise, updateExercise } from './exercises.repo';
import { addCandidate, deleteCandidate, listCandidates, restoreCandidate } from './candidates.repo';
import { addAssessorToSession, listAssessorsByIds, removeAssessorFromSession } from './assessors.repo';
import { listAssignments, setAssignment } from './assignments.repo';
import { createObservation, deleteObservation, listObservations, listObservationsByAuthor, listObservationsFor, restoreObservation, saveObservationText } from './observations.repo';
import { linkObservation, listClassifications, unlinkObservation } from './classifications.repo';
import { clearRating, listOwnRatings, listVisibleRatings, saveRating, submitRatings } from './ratings.repo';

let dbCount = 0;
beforeEach(() => {
	useDatabase(new WakkerDatabase(`wakker-obs-test-${++dbCount}`));
	resetDeviceIdCache();
});

async function setUp() {
	const session = await createSession({ name: 'AC voorjaar', location: 'Gent', days: [] });
	if (!session.ok) throw new Error(session.problems.join());
	const exercise = await addExercise(session.value.id, { name: 'Magazijn', durationMinutes: 60, instructions: '', competencyIds: ['initiatief'] });
	const candidate = await addCandidate(session.value.id, { name: 'Cas', jobTarget: 'magazijnier' });
	const a1 = await addAssessorToSession(session.value.id, 'An');
	const a2 = await addAssessorToSession(session.value.id, 'Bram');
	if (!exercise.ok || !candidate.ok || !a1.ok || !a2.ok) throw new Error('set-up failed');
	return { session: session.value, exercise: exercise.value, candidate: candidate.value, a1: a1.value, a2: a2.value };
}

describe('sessions.repo', () => {
	it('creates a session with the default rubric version', async () => {
		const { session } = await setUp();
		expect(session.rubricVersionId).toBe('done-profiel@1.0.0');
		expect((await listSessions()).map((s) => s.id)).toEqual([session.id]);
	});

	it.each([
		['', 'Naam mag niet leeg zijn.'],
		['x'.repeat(10_000), 'Naam is te lang (maximaal 200 tekens).']
	])('refuses a bad name with a Dutch message and stores nothing (%#)', async (name, problem) => {
		expect(await createSession({ name, location: '', days: [] })).toEqual({ ok: false, problems: [problem] });
		expect(await listSessions()).toEqual([]);
	});

	it('refuses a bad update and keeps the stored session', async () => {
		const { session } = await setUp();
		const result = await updateSession(session.id, { name: '   ' });
		expect(result.ok).toBe(false);
		expect((await getSession(session.id))?.name).toBe('AC voorjaar');
	});

	it('keeps <script> as plain text', async () => {
		const result = await createSession({ name: '<script>alert(1)</script>', location: '', days: [] });
		expect(result.ok && result.value.name).toBe('<script>alert(1)</script>');
	});
});

describe('candidates.repo', () => {
	it('refuses a 7th candidate unless a lead gives a reason', async () => {
		const { session, a1, a2 } = await setUp();
		for (let i = 2; i <= 6; i++) expect((await addCandidate(session.id, { name: `K${i}`, jobTarget: '' })).ok).toBe(true);
		const seventh = await addCandidate(session.id, { name: 'K7', jobTarget: '' });
		expect(seventh.ok).toBe(false);
		expect(!seventh.ok && seventh.problems[0]).toMatch(/max\. 6 personen/);
		await updateSession(session.id, { leadAssessorId: undefined });
		const noLead = await setGroupSizeOverride(session.id, 'vaste ploeg van het atelier', a1.id);
		expect(!noLead.ok && noLead.problems[0]).toMatch(/Duid eerst een hoofdassessor aan/);
		await updateSession(session.id, { leadAssessorId: a1.id });
		const notLead = await setGroupSizeOverride(session.id, 'vaste ploeg van het atelier', a2.id);
		expect(!notLead.ok && notLead.problems[0]).toMatch(/Alleen de hoofdassessor/);
		await setGroupSizeOverride(session.id, 'vaste ploeg van het atelier', a1.id);
		expect((await addCandidate(session.id, { name: 'K7', jobTarget: '' })).ok).toBe(true);
		expect(await listCandidates(session.id)).toHaveLength(7);
	});

	it('deletes a candidate softly and brings them back on undo', async () => {
		const { session, candidate } = await setUp();
		await deleteCandidate(candidate.id);
		expect(await listCandidates(session.id)).toEqual([]);
		await restoreCandidate(candidate.id);
		expect((await listCandidates(session.id)).map((c) => c.name)).toEqual(['Cas']);
	});
});

describe('assessors.repo and assignments.repo', () => {
	it('makes the first assessor named in a session its lead, and only the first', async () => {
		const { session, a1 } = await setUp();
		expect((await getSession(session.id))!.leadAssessorId).toBe(a1.id);
		await removeAssessorFromSession(session.id, a1.id);
		expect((await getSession(session.id))!.leadAssessorId).toBeUndefined();
	});

	it('adds assessors to the session and removes them without touching others', async () => {
		const { session, a1, a2 } = await setUp();
		expect((await listAssessorsByIds((await getSession(session.id))!.assessorIds)).map((a) => a.name)).toEqual(['An', 'Bram']);
		await removeAssessorFromSession(session.id, a1.id);
		expect((await getSession(session.id))!.assessorIds).toEqual([a2.id]);
	});

	it('writes out the everyone-observes-everyone default on the first change', async () => {
		const { session, exercise, candidate, a1, a2 } = await setUp();
		expect(await listAssignments(session.id)).toEqual([]);
		await setAssignment(session.id, exercise.id, a2.id, candidate.id, false);
		const pairs = (await listAssignments(session.id)).map((a) => [a.assessorId, a.candidateId]);
		expect(pairs).toEqual([[a1.id, candidate.id]]);
		await setAssignment(session.id, exercise.id, a2.id, candidate.id, true);
		expect(await listAssignments(session.id)).toHaveLength(2);
	});
});

describe('exercises.repo', () => {
	it('toggles matrix cells and records the timer', async () => {
		const { session, exercise } = await setUp();
		await setExerciseCompetency(exercise.id, 'samenwerken', true);
		await setExerciseCompetency(exercise.id, 'initiatief', false);
		await startExercise(exercise.id);
		await endExercise(exercise.id);
		const [stored] = await listExercises(session.id);
		expect(stored!.competencyIds).toEqual(['samenwerken']);
		expect(stored!.startedAt! <= stored!.endedAt!).toBe(true);
	});

	it('keeps notes when the exercise is edited', async () => {
		const { session, exercise, candidate, a1 } = await setUp();
		await createObservation({ sessionId: session.id, exerciseId: exercise.id, candidateId: candidate.id, authorId: a1.id, text: 'Pakt de kar', observedAt: new Date().toISOString() });
		await updateExercise(exercise.id, { name: 'Magazijn + stock', durationMinutes: 90 });
		expect(await listObservations(session.id)).toHaveLength(1);
	});
});

describe('observations.repo', () => {
	it('saves every change of the text and undoes a delete', async () => {
		const { session, exercise, candidate, a1 } = await setUp();
		const created = await createObservation({ sessionId: session.id, exerciseId: exercise.id, candidateId: candidate.id, authorId: a1.id, text: 'P', observedAt: '2026-03-02T09:01:00.000Z' });
		if (!created.ok) throw new Error();
		await saveObservationText(created.value.id, 'Pakt de kar ');
		const [stored] = await listObservationsFor(exercise.id, candidate.id);
		expect(stored!.text).toBe('Pakt de kar ');
		expect(stored!.observedAt).toBe('2026-03-02T09:01:00.000Z');
		expect(Object.values(stored!.vv)).toEqual([2]);
		await deleteObservation(created.value.id);
		expect(await listObservationsFor(exercise.id, candidate.id)).toEqual([]);
		await restoreObservation(created.value.id);
		expect((await listObservationsFor(exercise.id, candidate.id)).map((o) => o.text)).toEqual(['Pakt de kar ']);
	});

	it('lists one author’s notes of one exercise, newest first', async () => {
		const { session, exercise, candidate, a1, a2 } = await setUp();
		const other = await addExercise(session.id, { name: 'Koken', durationMinutes: 60, instructions: '', competencyIds: [] });
		if (!other.ok) throw new Error();
		const note = (exerciseId: string, authorId: string, text: string, minute: number) =>
			createObservation({ sessionId: session.id, exerciseId, candidateId: candidate.id, authorId, text, observedAt: `2026-03-02T09:0${minute}:00.000Z` });
		await note(exercise.id, a1.id, 'eerste', 1);
		await note(exercise.id, a1.id, 'tweede', 2);
		await note(exercise.id, a2.id, 'van Bram', 3);
		await note(other.value.id, a1.id, 'andere oefening', 4);
		expect((await listObservationsByAuthor(session.id, exercise.id, a1.id)).map((o) => o.text)).toEqual(['tweede', 'eerste']);
	});

	it('a live list leaving out the open note does not re-run while that note is typed, and does for the notes it shows', async () => {
		const { session, exercise, candidate, a1 } = await setUp();
		const note = (text: string, minute: number) =>
			createObservation({ sessionId: session.id, exerciseId: exercise.id, candidateId: candidate.id, authorId: a1.id, text, observedAt: `2026-03-02T09:0${minute}:00.000Z` });
		const shown = await note('klaar', 1);
		const open = await note('b', 2);
		if (!shown.ok || !open.ok) throw new Error('set-up failed');
		const seen: string[][] = [];
		const subscription = liveQuery(() => listObservationsByAuthor(session.id, exercise.id, a1.id, new Set([open.value.id]))).subscribe((list) =>
			seen.push(list.map((o) => o.text))
		);
		const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
		try {
			await vi.waitFor(() => expect(seen).toEqual([['klaar']]));
			for (const text of ['be', 'bez', 'bezig']) await saveObservationText(open.value.id, text);
			await settle();
			expect(seen).toEqual([['klaar']]);
			await saveObservationText(shown.value.id, 'klaar, aangepast');
			await vi.waitFor(() => expect(seen.at(-1)).toEqual(['klaar, aangepast']));
			expect(seen).toHaveLength(2);
		} finally {
			subscription.unsubscribe();
		}
	});

	it('refuses a note beyond 20,000 characters and keeps the stored text', async () => {
		const { session, exercise, candidate, a1 } = await setUp();
		const created = await createObservation({ sessionId: session.id, exerciseId: exercise.id, candidateId: candidate.id, authorId: a1.id, text: 'ok', observedAt: '2026-03-02T09:01:00.000Z' });
		if (!created.ok) throw new Error();
		const result = await saveObservationText(created.value.id, 'x'.repeat(20_001));
		expect(!result.ok && result.problems).toEqual(['Notitie is te lang (maximaal 20000 tekens).']);
		expect((await listObservations(session.id))[0]!.text).toBe('ok');
	});
});

describe('classifications.repo', () => {
	it('links, re-links with a level and unlinks a note', async () => {
		const { session, exercise, candidate, a1 } = await setUp();
		const created = await createObservation({ sessionId: session.id, exerciseId: exercise.id, candidateId: candidate.id, authorId: a1.id, text: 'Ziet werk', observedAt: '2026-03-02T09:01:00.000Z' });
		if (!created.ok) throw new Error();
		await linkObservation({ observation: created.value, authorId: a1.id, competencyId: 'initiatief' });
		await linkObservation({ observation: created.value, authorId: a1.id, competencyId: 'initiatief', indicatorId: 'werk-zien', levelId: 'goed' });
		const links = await listClassifications(session.id);
		expect(links).toHaveLength(1);
		expect(links[0]).toMatchObject({ competencyId: 'initiatief', indicatorId: 'werk-zien', levelId: 'goed' });
		await unlinkObservation(created.value.id, 'initiatief', a1.id);
		expect(await listClassifications(session.id)).toEqual([]);
	});
});

describe('ratings.repo', () => {
	it('keeps ratings blind until the viewer submits, then freezes their own', async () => {
		const { session, exercise, candidate, a1, a2 } = await setUp();
		const rate = (authorId: string, level: 'goed' | 'matig') =>
			saveRating({ sessionId: session.id, exerciseId: exercise.id, candidateId: candidate.id, competencyId: 'initiatief', authorId, level, evidenceObservationIds: [] });
		await rate(a1.id, 'goed');
		await rate(a2.id, 'matig');
		expect((await listVisibleRatings(session.id, exercise.id, a1.id)).map((r) => r.level)).toEqual(['goed']);
		expect((await submitRatings(exercise.id, a1.id)).ok).toBe(true);
		// The other's draft stays theirs: only what they submitted is shown.
		expect((await listVisibleRatings(session.id, exercise.id, a1.id)).map((r) => r.level)).toEqual(['goed']);
		expect((await listVisibleRatings(session.id, exercise.id, a2.id)).map((r) => r.level)).toEqual(['matig']);
		expect((await submitRatings(exercise.id, a2.id)).ok).toBe(true);
		expect((await listVisibleRatings(session.id, exercise.id, a1.id)).map((r) => r.level).sort()).toEqual(['goed', 'matig']);
		const late = await rate(a1.id, 'matig');
		expect(late.ok).toBe(false);
		const [own] = await listOwnRatings(exercise.id, a1.id);
		expect(own!.level).toBe('goed');
		expect((await clearRating(own!.id)).ok).toBe(false);
	});

	it('refuses to submit nothing', async () => {
		const { exercise, a1 } = await setUp();
		expect((await submitRatings(exercise.id, a1.id)).ok).toBe(false);
	});
});
