import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase, getDb } from './db';
import { resetDeviceIdCache } from './record-meta';
import { createSession, updateSession } from './sessions.repo';
import { addExercise } from './exercises.repo';
import { addCandidate } from './candidates.repo';
import { addAssessorToSession } from './assessors.repo';
import { saveRating, submitRatings } from './ratings.repo';
import { listConsensusAudit, loadCellSources, loadConsensusSnapshot, lockConsensus, recordConsensus, unlockConsensus } from './consensus.repo';

let dbCount = 0;
beforeEach(() => {
	useDatabase(new WakkerDatabase(`wakker-consensus-test-${++dbCount}`));
	resetDeviceIdCache();
});

async function setUp() {
	const session = await createSession({ name: 'AC najaar', location: 'Gent', days: [] });
	if (!session.ok) throw new Error(session.problems.join());
	const sessionId = session.value.id;
	const exercise = await addExercise(sessionId, { name: 'Magazijn', durationMinutes: 60, instructions: '', competencyIds: ['initiatief'] });
	const candidate = await addCandidate(sessionId, { name: 'Cas', jobTarget: 'magazijnier' });
	const a1 = await addAssessorToSession(sessionId, 'An');
	const a2 = await addAssessorToSession(sessionId, 'Bram');
	if (!exercise.ok || !candidate.ok || !a1.ok || !a2.ok) throw new Error('set-up failed');
	await updateSession(sessionId, { competencyIds: ['initiatief'], leadAssessorId: a1.value.id });
	for (const [author, level] of [
		[a1.value.id, 'matig'],
		[a2.value.id, 'zeer-goed']
	] as const) {
		await saveRating({ sessionId, exerciseId: exercise.value.id, candidateId: candidate.value.id, competencyId: 'initiatief', authorId: author, level, evidenceObservationIds: [] });
		await submitRatings(exercise.value.id, author);
	}
	return { sessionId, candidateId: candidate.value.id, lead: a1.value.id, other: a2.value.id };
}

const cell = (ids: { sessionId: string; candidateId: string }, actorId: string, level: 'matig' | 'goed', reason: string) => ({
	sessionId: ids.sessionId,
	candidateId: ids.candidateId,
	competencyId: 'initiatief',
	competencyName: 'Initiatief',
	level,
	reason,
	actorId
});

describe('consensus.repo', () => {
	it('loads a snapshot with the submitted ratings of every assessor', async () => {
		const ids = await setUp();
		const snap = await loadConsensusSnapshot(ids.sessionId);
		expect(snap?.ratings.filter((r) => r.submittedAt)).toHaveLength(2);
		expect(snap?.assessors.map((a) => a.name)).toEqual(['An', 'Bram']);
		expect(await loadConsensusSnapshot(crypto.randomUUID())).toBeUndefined();
	});

	it('records a decision with a required reason and keeps the individual ratings as given', async () => {
		const ids = await setUp();
		expect(await recordConsensus(cell(ids, ids.other, 'goed', '   '))).toEqual({ ok: false, problems: ['Geef een korte reden voor het consensusniveau.'] });
		const first = await recordConsensus(cell(ids, ids.other, 'goed', 'Notities van beide wijzen op goed.'));
		expect(first.ok).toBe(true);
		const snap = await loadConsensusSnapshot(ids.sessionId);
		expect(snap?.decisions.map((d) => [d.level, d.decidedBy])).toEqual([['goed', ids.other]]);
		expect(snap?.ratings.map((r) => r.level).sort()).toEqual(['matig', 'zeer-goed']);
	});

	it('changes a decision in place and logs who, when and from → to', async () => {
		const ids = await setUp();
		await recordConsensus(cell(ids, ids.other, 'goed', 'Eerste lezing.'));
		await recordConsensus(cell(ids, ids.lead, 'matig', 'Notitie 2 weegt zwaarder.'));
		const snap = await loadConsensusSnapshot(ids.sessionId);
		expect(snap?.decisions).toHaveLength(1);
		const audit = await listConsensusAudit(ids.sessionId);
		expect(audit.map((a) => a.action)).toEqual(['gewijzigd', 'vastgelegd']);
		expect(audit[0]).toMatchObject({ actorId: ids.lead, summary: 'Initiatief – Cas: Goed → Matig. Reden: Notitie 2 weegt zwaarder.' });
	});

	it('refuses people who are not assessors of the session and cells outside it', async () => {
		const ids = await setUp();
		const stranger = await recordConsensus(cell(ids, crypto.randomUUID(), 'goed', 'x'));
		expect(stranger.ok).toBe(false);
		const other = await recordConsensus({ ...cell(ids, ids.lead, 'goed', 'x'), competencyId: 'motivatie' });
		expect(other).toEqual({ ok: false, problems: ['Deze competentie wordt in dit assessment-center niet gemeten.'] });
	});

	it('lets only the lead lock; a locked consensus is read-only; unlocking needs a reason and is logged', async () => {
		const ids = await setUp();
		expect((await lockConsensus(ids.sessionId, ids.other)).ok).toBe(false);
		// An open cell stops the lock, and the message names it.
		expect(await lockConsensus(ids.sessionId, ids.lead, { initiatief: 'Initiatief' })).toEqual({
			ok: false,
			problems: ['Vergrendelen kan pas als elke cel een consensusniveau heeft: 1 cel is nog open. Nog open: Cas – Initiatief.']
		});
		expect((await getDb().sessions.get(ids.sessionId))?.consensusLock).toBeUndefined();
		expect((await recordConsensus(cell(ids, ids.lead, 'goed', 'Samen besproken.'))).ok).toBe(true);
		expect((await lockConsensus(ids.sessionId, ids.lead)).ok).toBe(true);
		expect((await getDb().sessions.get(ids.sessionId))?.consensusLock?.lockedBy).toBe(ids.lead);
		const refused = await recordConsensus(cell(ids, ids.lead, 'goed', 'x'));
		expect(refused).toEqual({ ok: false, problems: ['De consensus is vergrendeld: je kan ze alleen nog lezen.'] });
		expect((await unlockConsensus(ids.sessionId, ids.lead, ' ')).ok).toBe(false);
		expect((await unlockConsensus(ids.sessionId, ids.lead, 'Typfout in reden.')).ok).toBe(true);
		expect((await getDb().sessions.get(ids.sessionId))?.consensusLock).toBeUndefined();
		const audit = await listConsensusAudit(ids.sessionId);
		expect(audit.map((a) => a.action).filter((a) => a !== 'vastgelegd').sort()).toEqual(['ontgrendeld', 'vergrendeld']);
		expect(audit.find((a) => a.action === 'ontgrendeld')?.summary).toMatch(/Typfout in reden/);
	});

	it('renders a script tag in a reason as plain stored text and refuses an over-long reason', async () => {
		const ids = await setUp();
		const script = await recordConsensus(cell(ids, ids.lead, 'goed', '<script>alert(1)</script>'));
		expect(script.ok && script.value.reason).toBe('<script>alert(1)</script>');
		const long = await recordConsensus(cell(ids, ids.lead, 'matig', 'x'.repeat(10_000)));
		expect(long.ok).toBe(false);
	});

	it('loads the sources of one cell', async () => {
		const ids = await setUp();
		const sources = await loadCellSources(ids.sessionId, ids.candidateId, 'initiatief');
		expect(sources.ratings).toHaveLength(2);
		expect(sources.observations).toEqual([]);
	});
});

describe('consensus drafts', () => {
	it('keeps a half-typed consensus until it is recorded', async () => {
		const { saveConsensusDraft, loadConsensusDraft, clearConsensusDraft } = await import('./consensus.repo');
		await saveConsensusDraft('s', 'c', 'initiatief', { level: 'goed', reason: 'Half' });
		expect(await loadConsensusDraft('s', 'c', 'initiatief')).toEqual({ level: 'goed', reason: 'Half' });
		await clearConsensusDraft('s', 'c', 'initiatief');
		expect(await loadConsensusDraft('s', 'c', 'initiatief')).toBeUndefined();
	});
});
