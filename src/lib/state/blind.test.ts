import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase } from '$lib/db/db';
import { resetDeviceIdCache } from '$lib/db/record-meta';
import { createSession, updateSession } from '$lib/db/sessions.repo';
import { addExercise } from '$lib/db/exercises.repo';
import { addCandidate } from '$lib/db/candidates.repo';
import { addAssessorToSession } from '$lib/db/assessors.repo';
import { saveRating, submitRatings } from '$lib/db/ratings.repo';
import { loadConsensusSnapshot } from '$lib/db/consensus.repo';
import { buildRatingsExport, summariseRatingFlags, toSessionRatings } from '$lib/engine/consensus';
import { diagnoseSession } from '$lib/engine/diagnostics';
import { restrictSnapshot } from './blind';

let dbCount = 0;
beforeEach(() => {
	useDatabase(new WakkerDatabase(`wakker-blind-dashboard-test-${++dbCount}`));
	resetDeviceIdCache();
});

/** Two candidates in one exercise: An rated and submitted, Bram rated as drafts. */
async function setUp() {
	const session = await createSession({ name: 'AC najaar', location: 'Gent', days: [] });
	if (!session.ok) throw new Error(session.problems.join());
	const sessionId = session.value.id;
	const exercise = await addExercise(sessionId, { name: 'Magazijn', durationMinutes: 60, instructions: '', competencyIds: ['initiatief', 'samenwerken'] });
	const cas = await addCandidate(sessionId, { name: 'Cas', jobTarget: 'magazijnier' });
	const dina = await addCandidate(sessionId, { name: 'Dina', jobTarget: 'keukenhulp' });
	const an = await addAssessorToSession(sessionId, 'An');
	const bram = await addAssessorToSession(sessionId, 'Bram');
	if (!exercise.ok || !cas.ok || !dina.ok || !an.ok || !bram.ok) throw new Error('set-up failed');
	await updateSession(sessionId, { competencyIds: ['initiatief', 'samenwerken'], leadAssessorId: an.value.id });
	for (const candidateId of [cas.value.id, dina.value.id])
		for (const competencyId of ['initiatief', 'samenwerken']) {
			const base = { sessionId, exerciseId: exercise.value.id, candidateId, competencyId, evidenceObservationIds: [] };
			await saveRating({ ...base, authorId: an.value.id, level: 'zeer-goed' });
			await saveRating({ ...base, authorId: bram.value.id, level: 'matig' });
		}
	await submitRatings(exercise.value.id, an.value.id);
	return { sessionId, exerciseId: exercise.value.id, an: an.value.id, bram: bram.value.id };
}

/** What the dashboard computes from a snapshot: counted levels, agreement, flags and the CSV export. */
function dashboardOf(snapshot: NonNullable<Awaited<ReturnType<typeof loadConsensusSnapshot>>>) {
	const ratings = toSessionRatings(snapshot.ratings);
	const names = {
		assessors: Object.fromEntries(snapshot.assessors.map((a) => [a.id, a.name])),
		candidates: Object.fromEntries(snapshot.candidates.map((c) => [c.id, { name: c.name, code: c.code }])),
		competencies: { initiatief: 'Initiatief', samenwerken: 'Samenwerken' },
		exercises: Object.fromEntries(snapshot.exercises.map((e) => [e.id, e.name]))
	};
	const exported = buildRatingsExport(ratings, names, false);
	return {
		levels: ratings.length,
		diagnosis: diagnoseSession(ratings, { names: { ...names, candidates: {} } }),
		flags: summariseRatingFlags(snapshot.assessors.map((a) => a.id), snapshot.ratings, snapshot.exercises),
		csv: exported.ok ? JSON.stringify(exported.value.ratings) : ''
	};
}

describe('the dashboard through the blind rule', () => {
	it('counts, compares and exports nothing of another assessor before one has submitted', async () => {
		const ids = await setUp();
		const snapshot = (await loadConsensusSnapshot(ids.sessionId))!;
		const blind = restrictSnapshot(snapshot, ids.bram);
		expect(blind.snapshot.ratings.every((r) => r.authorId === ids.bram)).toBe(true);
		const view = dashboardOf(blind.snapshot);
		// Bram's own levels are drafts: nothing is counted, no agreement can be computed, An is not in the file.
		expect(view.levels).toBe(0);
		expect(view.diagnosis.ok).toBe(false);
		expect(view.csv).not.toContain('An');
		expect(view.flags.find((f) => f.assessorId === ids.an)?.rated).toBe(0);
		// The status of who submitted stays readable.
		expect(blind.blindExercises.map((a) => ({ submitted: a.submittedIds, all: a.assessorIds }))).toEqual([{ submitted: [ids.an], all: [ids.an, ids.bram] }]);
	});

	it('shows the lead who has submitted but not the draft of the one who has not', async () => {
		const ids = await setUp();
		const snapshot = (await loadConsensusSnapshot(ids.sessionId))!;
		const lead = restrictSnapshot(snapshot, ids.an);
		expect(lead.blindExercises).toEqual([]);
		expect(lead.snapshot.ratings.every((r) => r.authorId === ids.an)).toBe(true);
		expect(dashboardOf(lead.snapshot).levels).toBe(4);
	});

	it('opens everything once both submitted, for both and for nobody chosen', async () => {
		const ids = await setUp();
		await submitRatings(ids.exerciseId, ids.bram);
		const snapshot = (await loadConsensusSnapshot(ids.sessionId))!;
		for (const viewer of [ids.an, ids.bram, undefined]) {
			const seen = restrictSnapshot(snapshot, viewer);
			expect(seen.blindExercises).toEqual([]);
			const view = dashboardOf(seen.snapshot);
			expect(view.levels).toBe(8);
			expect(view.csv).toContain('An');
			expect(view.csv).toContain('Bram');
		}
	});
});
