import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, useDatabase, WakkerDatabase } from './db';
import { resetDeviceIdCache } from './record-meta';
import { listActions, updateAction } from './actions.repo';
import {
	addTociAction,
	clearTociDraft,
	createEvaluation,
	createYouth,
	getEvaluation,
	listEvaluations,
	listTociActions,
	listYouths,
	loadTociDraft,
	removeTociAction,
	saveAnswer,
	saveDecision,
	saveTociDraft,
	setMastered
} from './toci.repo';

let dbCount = 0;
beforeEach(() => {
	useDatabase(new WakkerDatabase(`wakker-toci-test-${++dbCount}`));
	resetDeviceIdCache();
});

async function setUp() {
	const youth = await createYouth('Yasmine');
	if (!youth.ok) throw new Error(youth.problems.join());
	const evaluation = await createEvaluation({ candidateId: youth.value.id, date: '2026-03-01', mentorName: 'Mentor Mo' });
	if (!evaluation.ok) throw new Error(evaluation.problems.join());
	return { youthId: youth.value.id, evaluationId: evaluation.value.id };
}

describe('toci.repo', () => {
	it('lists only youths (candidates without an assessment-center) and refuses bad names', async () => {
		await setUp();
		const db = getDb();
		await db.candidates.add({ id: crypto.randomUUID(), createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', vv: {}, sessionId: crypto.randomUUID(), name: 'In een AC', jobTarget: '', coachAssessorIds: [], code: 'K1' });
		expect((await listYouths()).map((y) => [y.name, y.code])).toEqual([['Yasmine', 'J1']]);
		expect((await createYouth('   ')).ok).toBe(false);
		const long = await createYouth('x'.repeat(10_000));
		expect(long.ok ? 'stored' : long.problems[0]).toMatch(/te lang/);
	});

	it('saves the youth and the mentor answers separately, as typed', async () => {
		const { evaluationId } = await setUp();
		await saveAnswer(evaluationId, 'self', 'stiptheid', { levelId: 'altijd' });
		await saveAnswer(evaluationId, 'self', 'stiptheid', { text: 'Elke dag om 8 uur.' });
		await saveAnswer(evaluationId, 'mentor', 'stiptheid', { levelId: 'soms', text: 'Twee keer te laat.' });
		const e = await getEvaluation(evaluationId);
		expect(e?.self['stiptheid']).toEqual({ levelId: 'altijd', text: 'Elke dag om 8 uur.' });
		expect(e?.mentor['stiptheid']).toEqual({ levelId: 'soms', text: 'Twee keer te laat.' });
		expect((await saveAnswer(evaluationId, 'self', 'stiptheid', { text: 'x'.repeat(10_000) })).ok).toBe(false);
		expect((await getEvaluation(evaluationId))?.self['stiptheid']?.text).toBe('Elke dag om 8 uur.');
	});

	it('marks competencies as mastered and unmarks them', async () => {
		const { evaluationId } = await setUp();
		await setMastered(evaluationId, 'stiptheid', true);
		await setMastered(evaluationId, 'samenwerken', true);
		await setMastered(evaluationId, 'stiptheid', false);
		expect((await getEvaluation(evaluationId))?.mastered).toEqual(['samenwerken']);
	});

	it('stores the doorstroom decision only when outcome, phase and reason are given', async () => {
		const { evaluationId } = await setUp();
		await saveDecision(evaluationId, { outcome: 'volgende-stageplaats', phase: 'arbeidsbereid', reason: '' });
		expect((await getEvaluation(evaluationId))?.decision).toBeUndefined();
		await saveDecision(evaluationId, { outcome: 'volgende-stageplaats', phase: 'arbeidsbereid', reason: ' Klaar voor meer zelfstandigheid. ' });
		expect((await getEvaluation(evaluationId))?.decision).toEqual({ outcome: 'volgende-stageplaats', phase: 'arbeidsbereid', reason: 'Klaar voor meer zelfstandigheid.' });
	});

	it('turns SMART actions into PDP actions with source toci, in one PDP per youth', async () => {
		const { youthId, evaluationId } = await setUp();
		const a = await addTociAction(evaluationId, { text: 'Elke ochtend om 7u30 de bus nemen', timespan: '4 weken', who: 'Yasmine', competencyId: 'stiptheid' });
		const b = await addTociAction(evaluationId, { text: 'Twee keer per week zelf vragen wat er nog moet gebeuren', timespan: 'tot 1 mei', who: 'Yasmine' });
		expect(a.ok && b.ok).toBe(true);
		const e = await getEvaluation(evaluationId);
		expect(e?.pdpId).toBeDefined();
		const pdps = await getDb().pdps.where('candidateId').equals(youthId).toArray();
		expect(pdps.map((p) => p.title)).toEqual(['PDP Yasmine (TOCI-opvolging)']);
		const actions = await listActions(e!.pdpId!);
		expect(actions.map((x) => [x.source, x.planType, x.competencyId])).toEqual([
			['toci', 'pdp', 'stiptheid'],
			['toci', 'pdp', undefined]
		]);
		// A second conversation appends to the same PDP.
		const second = await createEvaluation({ candidateId: youthId, date: '2026-06-01', mentorName: 'Mentor Mo' });
		await addTociAction(second.ok ? second.value.id : '', { text: 'Zelf de planning van de dag lezen', timespan: '2 weken', who: 'Yasmine' });
		expect(await listActions(e!.pdpId!)).toHaveLength(3);
		expect((await listEvaluations(youthId)).map((x) => x.date)).toEqual(['2026-03-01', '2026-06-01']);
	});

	it('refuses an empty action and removes an action from the conversation', async () => {
		const { evaluationId } = await setUp();
		expect((await addTociAction(evaluationId, { text: '  ' })).ok).toBe(false);
		const a = await addTociAction(evaluationId, { text: 'Bellen bij ziekte', who: 'Yasmine' });
		if (!a.ok) throw new Error('not stored');
		await updateAction(a.value.id, { text: 'Voor 8u bellen bij ziekte' });
		const e = (await getEvaluation(evaluationId))!;
		expect((await listTociActions(e)).map((x) => x.text)).toEqual(['Voor 8u bellen bij ziekte']);
		await removeTociAction(evaluationId, a.value.id);
		expect(await listTociActions((await getEvaluation(evaluationId))!)).toEqual([]);
	});

	it('keeps drafts of text that is not a record yet', async () => {
		await saveTociDraft('new-action', 'e1', { text: 'Half getypt' });
		expect(await loadTociDraft('new-action', 'e1')).toEqual({ text: 'Half getypt' });
		await clearTociDraft('new-action', 'e1');
		expect(await loadTociDraft('new-action', 'e1')).toBeUndefined();
	});
});
