import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase } from '$lib/db/db';
import { resetDeviceIdCache } from '$lib/db/record-meta';
import { createSession, updateSession } from '$lib/db/sessions.repo';
import { addExercise } from '$lib/db/exercises.repo';
import { addCandidate } from '$lib/db/candidates.repo';
import { addAssessorToSession } from '$lib/db/assessors.repo';
import { saveRating, submitRatings } from '$lib/db/ratings.repo';
import { createObservation } from '$lib/db/observations.repo';
import { linkObservation } from '$lib/db/classifications.repo';
import { buildCandidateReport } from '$lib/engine/report/candidate-report';
import { buildSessionReport } from '$lib/engine/report/session-report';
import { candidateReportDocument } from '$lib/pdf/candidate-report';
import { sessionReportDocument } from '$lib/pdf/session-report';
import { loadReportSource } from './report-source';

/** A's note: the words that must never reach B's reports before B submitted. */
const A_NOTE = 'Zet ongevraagd de dozen klaar voor de volgende ploeg';

let dbCount = 0;
beforeEach(() => {
	useDatabase(new WakkerDatabase(`wakker-report-blind-test-${++dbCount}`));
	resetDeviceIdCache();
});

/** An observed, classified, rated "zeer goed" and submitted; Bram rated "matig" as a draft. */
async function setUp() {
	const session = await createSession({ name: 'AC najaar', location: 'Gent', days: [] });
	if (!session.ok) throw new Error(session.problems.join());
	const sessionId = session.value.id;
	const exercise = await addExercise(sessionId, { name: 'Magazijn', durationMinutes: 60, instructions: '', competencyIds: ['initiatief'] });
	const candidate = await addCandidate(sessionId, { name: 'Cas', jobTarget: 'magazijnier' });
	const an = await addAssessorToSession(sessionId, 'An');
	const bram = await addAssessorToSession(sessionId, 'Bram');
	if (!exercise.ok || !candidate.ok || !an.ok || !bram.ok) throw new Error('set-up failed');
	await updateSession(sessionId, { competencyIds: ['initiatief'], leadAssessorId: an.value.id });
	const base = { sessionId, exerciseId: exercise.value.id, candidateId: candidate.value.id };
	const note = await createObservation({ ...base, authorId: an.value.id, text: A_NOTE, observedAt: new Date().toISOString() });
	if (!note.ok) throw new Error('note failed');
	await linkObservation({ observation: note.value, authorId: an.value.id, competencyId: 'initiatief', levelId: 'zeer-goed' });
	await saveRating({ ...base, competencyId: 'initiatief', authorId: an.value.id, level: 'zeer-goed', evidenceObservationIds: [note.value.id] });
	await submitRatings(exercise.value.id, an.value.id);
	await saveRating({ ...base, competencyId: 'initiatief', authorId: bram.value.id, level: 'matig', evidenceObservationIds: [] });
	return { sessionId, exerciseId: exercise.value.id, an: an.value.id, bram: bram.value.id };
}

async function reportsFor(sessionId: string, viewerId: string | undefined) {
	const loaded = await loadReportSource(sessionId, viewerId);
	if (!loaded.ok) throw new Error(loaded.problem);
	const { source } = loaded;
	const candidate = buildCandidateReport(source, source.candidates[0]!);
	const session = buildSessionReport(source);
	return {
		loaded,
		source,
		pdfText: JSON.stringify(candidateReportDocument(candidate)) + JSON.stringify(sessionReportDocument(session))
	};
}

describe('reports follow the blind rule', () => {
	it("gives an assessor who has not submitted nothing of another's levels, notes or classifications, in the data and in both PDFs", async () => {
		const ids = await setUp();
		const { loaded, source, pdfText } = await reportsFor(ids.sessionId, ids.bram);
		expect(source.ratings.map((r) => r.authorId)).toEqual([ids.bram]);
		expect(source.observations).toEqual([]);
		expect(source.classifications).toEqual([]);
		expect(pdfText).not.toContain(A_NOTE);
		// A level shown as a level is capitalised ("Zeer goed"); the scale's own words are not.
		expect(pdfText).not.toContain('Zeer goed');
		// Status, not content: the report page can say who submitted what is left out.
		expect(loaded.blindExercises.map((a) => [a.exerciseId, a.submittedIds])).toEqual([[ids.exerciseId, [ids.an]]]);
	});

	it('shows nobody chosen on the tablet an exercise only when every assessor of it has submitted', async () => {
		const ids = await setUp();
		const before = await reportsFor(ids.sessionId, undefined);
		expect(before.source.ratings).toEqual([]);
		expect(before.pdfText).not.toContain(A_NOTE);
		await submitRatings(ids.exerciseId, ids.bram);
		const after = await reportsFor(ids.sessionId, undefined);
		expect(after.source.ratings).toHaveLength(2);
		expect(after.loaded.blindExercises).toEqual([]);
	});

	it('opens the others\' work to the assessor once they submitted, never another\'s draft', async () => {
		const ids = await setUp();
		const lead = await reportsFor(ids.sessionId, ids.an);
		// An submitted: Bram's draft stays out of An's report.
		expect(lead.source.ratings.map((r) => r.authorId)).toEqual([ids.an]);
		await submitRatings(ids.exerciseId, ids.bram);
		const bram = await reportsFor(ids.sessionId, ids.bram);
		expect(bram.source.ratings.map((r) => r.authorId).sort()).toEqual([ids.an, ids.bram].sort());
		expect(bram.source.observations.map((o) => o.text)).toEqual([A_NOTE]);
		expect(bram.pdfText).toContain(A_NOTE);
		expect(bram.source.classifications).toHaveLength(1);
		expect(bram.loaded.blindExercises).toEqual([]);
	});
});
