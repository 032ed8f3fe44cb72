import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase, getDb } from './db';
import { resetDeviceIdCache } from './record-meta';
import { createSession, updateSession } from './sessions.repo';
import { addCandidate } from './candidates.repo';
import { addAssessorToSession } from './assessors.repo';
import { recordConsensus } from './consensus.repo';
import { listFinalAssessments, saveFinalAssessment } from './final-assessments.repo';
import { buildAssessorWorkBundle, buildPersonExportBundle, eraseCandidate } from './bundle';

let dbCount = 0;
beforeEach(() => {
	useDatabase(new WakkerDatabase(`wakker-final-test-${++dbCount}`));
	resetDeviceIdCache();
});

const COMPETENCIES = ['initiatief', 'samenwerken', 'nauwkeurigheid'];

async function setUp() {
	const session = await createSession({ name: 'AC najaar', location: 'Gent', days: [] });
	if (!session.ok) throw new Error(session.problems.join());
	const sessionId = session.value.id;
	const candidate = await addCandidate(sessionId, { name: 'Cas', jobTarget: 'magazijnier' });
	const lead = await addAssessorToSession(sessionId, 'An');
	const other = await addAssessorToSession(sessionId, 'Bram');
	if (!candidate.ok || !lead.ok || !other.ok) throw new Error('set-up failed');
	await updateSession(sessionId, { competencyIds: COMPETENCIES, leadAssessorId: lead.value.id });
	return { sessionId, candidateId: candidate.value.id, lead: lead.value.id, other: other.value.id };
}

async function decide(ids: Awaited<ReturnType<typeof setUp>>, levels: Record<string, 'matig' | 'goed' | 'zeer-goed' | 'onvoldoende'>) {
	for (const [competencyId, level] of Object.entries(levels)) {
		const r = await recordConsensus({ sessionId: ids.sessionId, candidateId: ids.candidateId, competencyId, competencyName: competencyId, level, reason: 'Samen besproken.', actorId: ids.lead });
		if (!r.ok) throw new Error(r.problems.join());
	}
}

describe('final-assessments.repo', () => {
	it('waits until every competency of the candidate has a consensus decision', async () => {
		const ids = await setUp();
		await decide(ids, { initiatief: 'goed' });
		const result = await saveFinalAssessment({ ...ids, actorId: ids.lead, patch: { advice: 'doorstroomklaar' } });
		expect(result).toEqual({ ok: false, problems: ['Eerst consensus: nog 2 competenties zonder consensusbesluit voor deze kandidaat.'] });
		expect(await listFinalAssessments(ids.sessionId)).toEqual([]);
	});

	it('is written by the lead only, and starts from the sterke punten and groeipunten of the agreed levels', async () => {
		const ids = await setUp();
		await decide(ids, { initiatief: 'goed', samenwerken: 'matig', nauwkeurigheid: 'zeer-goed' });
		expect(await saveFinalAssessment({ ...ids, actorId: ids.other, patch: { motivation: 'x' } })).toEqual({ ok: false, problems: ['Alleen de hoofdassessor schrijft de eindbeoordeling.'] });
		expect(await saveFinalAssessment({ ...ids, actorId: undefined, patch: { motivation: 'x' } })).toMatchObject({ ok: false });

		const first = await saveFinalAssessment({ ...ids, actorId: ids.lead, patch: { motivation: 'Ziet zelf werk.' } });
		expect(first).toMatchObject({ ok: true, value: { strengthIds: ['initiatief', 'nauwkeurigheid'], growthPointIds: ['samenwerken'], motivation: 'Ziet zelf werk.', authorId: ids.lead } });
		expect(first.ok && first.value.advice).toBeUndefined();

		const second = await saveFinalAssessment({ ...ids, actorId: ids.lead, patch: { advice: 'bijna-doorstroomklaar', strengthIds: ['initiatief'] } });
		expect(second).toMatchObject({ ok: true, value: { advice: 'bijna-doorstroomklaar', strengthIds: ['initiatief'], motivation: 'Ziet zelf werk.' } });
		const stored = await listFinalAssessments(ids.sessionId);
		expect(stored).toHaveLength(1);
		expect(Object.values(stored[0]!.vv)).toEqual([2]);
	});

	it('logs every change of advice with the candidate and the previous advice', async () => {
		const ids = await setUp();
		await decide(ids, { initiatief: 'goed', samenwerken: 'goed', nauwkeurigheid: 'goed' });
		await saveFinalAssessment({ ...ids, actorId: ids.lead, patch: { advice: 'bijna-doorstroomklaar' } });
		await saveFinalAssessment({ ...ids, actorId: ids.lead, patch: { motivation: 'Alles goed.' } });
		await saveFinalAssessment({ ...ids, actorId: ids.lead, patch: { advice: 'doorstroomklaar' } });
		const log = (await getDb().auditLog.where('sessionId').equals(ids.sessionId).toArray()).filter((e) => e.entity === 'finalAssessment');
		expect(log.map((e) => e.summary).sort()).toEqual([
			'Eindbeoordeling Cas: advies Bijna doorstroomklaar.',
			'Eindbeoordeling Cas: advies Doorstroomklaar (was Bijna doorstroomklaar).'
		]);
	});

	it('refuses text beyond the limit with a Dutch message and changes nothing', async () => {
		const ids = await setUp();
		await decide(ids, { initiatief: 'goed', samenwerken: 'goed', nauwkeurigheid: 'goed' });
		await saveFinalAssessment({ ...ids, actorId: ids.lead, patch: { attentionPoints: 'Vervoer.' } });
		const result = await saveFinalAssessment({ ...ids, actorId: ids.lead, patch: { attentionPoints: 'x'.repeat(2_001) } });
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.problems.join(' ')).toMatch(/te lang/);
		expect((await listFinalAssessments(ids.sessionId))[0]!.attentionPoints).toBe('Vervoer.');
	});

	it('travels with the whole session and the person export, and goes with an erased candidate', async () => {
		const ids = await setUp();
		await decide(ids, { initiatief: 'goed', samenwerken: 'goed', nauwkeurigheid: 'goed' });
		await saveFinalAssessment({ ...ids, actorId: ids.lead, patch: { advice: 'doorstroomklaar', motivation: 'Klaar.' } });
		expect((await buildAssessorWorkBundle(ids.sessionId)).records.finalAssessments).toHaveLength(1);
		expect((await buildAssessorWorkBundle(ids.sessionId, ids.other)).records.finalAssessments).toBeUndefined();
		expect((await buildPersonExportBundle(ids.candidateId)).records.finalAssessments).toMatchObject([{ motivation: 'Klaar.' }]);
		await eraseCandidate(ids.candidateId);
		expect(await getDb().finalAssessments.count()).toBe(0);
	});
});
