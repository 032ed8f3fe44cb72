import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase, getDb } from './db';
import { resetDeviceIdCache } from './record-meta';
import { createSession, updateSession } from './sessions.repo';
import { addExercise } from './exercises.repo';
import { addCandidate } from './candidates.repo';
import { addAssessorToSession } from './assessors.repo';
import { saveRating, submitRatings } from './ratings.repo';
import {
	acceptUnanimousCells,
	listConsensusAudit,
	loadCellSources,
	loadConsensusSnapshot,
	lockConsensus,
	markAssessorAbsent,
	recordConsensus,
	unlockConsensus,
	withdrawConsensus
} from './consensus.repo';

let dbCount = 0;
beforeEach(() => {
	useDatabase(new WakkerDatabase(`wakker-consensus-test-${++dbCount}`));
	resetDeviceIdCache();
});

async function setUp(levels: { lead: 'matig' | 'goed'; other: 'zeer-goed' | 'goed' | 'draft' } = { lead: 'matig', other: 'zeer-goed' }) {
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
		[a1.value.id, levels.lead],
		[a2.value.id, levels.other]
	] as const) {
		const given = level === 'draft' ? 'goed' : level;
		await saveRating({ sessionId, exerciseId: exercise.value.id, candidateId: candidate.value.id, competencyId: 'initiatief', authorId: author, level: given, evidenceObservationIds: [] });
		if (level !== 'draft') await submitRatings(exercise.value.id, author);
	}
	return { sessionId, candidateId: candidate.value.id, exerciseId: exercise.value.id, lead: a1.value.id, other: a2.value.id };
}

const cell = (ids: { sessionId: string; candidateId: string }, actorId: string, level: 'matig' | 'goed' | 'geen-consensus', reason: string) => ({
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
			problems: ['Vergrendelen kan pas als elke cel beslist is (een niveau of "geen consensus"): 1 cel is nog open. Nog open: Cas – Initiatief.']
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

describe('a consensus that closes properly', () => {
	it('decides a cell only when every assigned assessor has submitted, and says who is awaited', async () => {
		const ids = await setUp({ lead: 'matig', other: 'draft' });
		expect(await recordConsensus(cell(ids, ids.lead, 'goed', 'Samen besproken.'))).toEqual({
			ok: false,
			problems: ['Deze cel kan nog niet beslist worden. Nog te wachten op Bram (Magazijn, klad).']
		});
		expect((await loadConsensusSnapshot(ids.sessionId))?.decisions).toEqual([]);
		expect(await acceptUnanimousCells(ids.sessionId, ids.lead, {})).toEqual({ ok: true, value: 0 });
		await submitRatings(ids.exerciseId, ids.other);
		expect((await recordConsensus(cell(ids, ids.lead, 'goed', 'Samen besproken.'))).ok).toBe(true);
	});

	it('stops waiting for an assessor the lead marks absent with a reason, and logs it', async () => {
		const ids = await setUp({ lead: 'matig', other: 'draft' });
		const absent = { sessionId: ids.sessionId, exerciseId: ids.exerciseId, assessorId: ids.other, reason: 'Ziek naar huis.', actorId: ids.other };
		expect(await markAssessorAbsent(absent)).toEqual({ ok: false, problems: ['Alleen de hoofdassessor kan een assessor afwezig melden.'] });
		expect(await markAssessorAbsent({ ...absent, actorId: ids.lead, reason: ' ' })).toEqual({ ok: false, problems: ['Geef een reden waarom deze assessor afwezig is.'] });
		expect((await markAssessorAbsent({ ...absent, actorId: ids.lead })).ok).toBe(true);
		const session = await getDb().sessions.get(ids.sessionId);
		expect(session?.absences).toEqual([expect.objectContaining({ exerciseId: ids.exerciseId, assessorId: ids.other, reason: 'Ziek naar huis.', by: ids.lead })]);
		const audit = await listConsensusAudit(ids.sessionId);
		expect(audit[0]).toMatchObject({ action: 'afwezig gemeld', summary: 'Bram is afwezig gemeld voor Magazijn: wordt niet meer afgewacht. Reden: Ziek naar huis.' });
		expect((await recordConsensus(cell(ids, ids.lead, 'matig', 'Alleen An kon beoordelen.'))).ok).toBe(true);
	});

	it('takes over the eensgezind cells in one step with a written reason, and undoes one', async () => {
		const ids = await setUp({ lead: 'goed', other: 'goed' });
		expect(await acceptUnanimousCells(ids.sessionId, ids.other, { initiatief: 'Initiatief' })).toEqual({ ok: true, value: 1 });
		const [decision] = (await loadConsensusSnapshot(ids.sessionId))!.decisions;
		expect(decision).toMatchObject({ level: 'goed', acceptedUnanimous: true, reason: 'eensgezind: alle assessoren (An, Bram) gaven Goed in elke oefening.' });
		expect((await listConsensusAudit(ids.sessionId))[0]).toMatchObject({ action: 'eensgezind overgenomen', summary: expect.stringContaining('Initiatief – Cas: geen → Goed.') });
		// A second run finds nothing left to take over.
		expect(await acceptUnanimousCells(ids.sessionId, ids.other, {})).toEqual({ ok: true, value: 0 });

		expect((await withdrawConsensus({ sessionId: ids.sessionId, candidateId: ids.candidateId, competencyId: 'initiatief', competencyName: 'Initiatief', actorId: ids.lead })).ok).toBe(true);
		expect((await loadConsensusSnapshot(ids.sessionId))!.decisions).toEqual([]);
		expect((await listConsensusAudit(ids.sessionId))[0]).toMatchObject({ action: 'ingetrokken', summary: 'Initiatief – Cas: Goed → geen. Reden: besluit ingetrokken, de cel is weer open.' });
	});

	it('does not take over a cell where the assessors differ', async () => {
		const ids = await setUp();
		expect(await acceptUnanimousCells(ids.sessionId, ids.lead, {})).toEqual({ ok: true, value: 0 });
	});

	it('records "geen consensus" only with a reason, and it counts as decided for the lock', async () => {
		const ids = await setUp();
		expect(await recordConsensus(cell(ids, ids.lead, 'geen-consensus', ''))).toEqual({ ok: false, problems: ['Geef een reden waarom er geen consensus is.'] });
		const none = await recordConsensus(cell(ids, ids.lead, 'geen-consensus', 'An en Bram lezen notitie 3 anders.'));
		expect(none.ok && none.value).toMatchObject({ noConsensus: true, reason: 'An en Bram lezen notitie 3 anders.' });
		expect(none.ok && none.value.level).toBeUndefined();
		expect((await listConsensusAudit(ids.sessionId))[0]?.summary).toBe('Initiatief – Cas: geen → geen consensus. Reden: An en Bram lezen notitie 3 anders.');
		expect((await lockConsensus(ids.sessionId, ids.lead)).ok).toBe(true);
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
