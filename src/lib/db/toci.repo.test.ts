import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb, useDatabase, WakkerDatabase } from './db';
import { resetDeviceIdCache } from './record-meta';
import { listActions, updateAction } from './actions.repo';
import {
	addTociAction,
	carryOverTociAction,
	clearTociDraft,
	createEvaluation,
	deleteEvaluation,
	getPreviousEvaluation,
	restoreEvaluation,
	reviewTociAction,
	updateEvaluation,
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
	// The dates below are checked against today (plausible dates only): a fixed today keeps them plausible.
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date('2026-06-15T10:00:00Z'));
	useDatabase(new WakkerDatabase(`wakker-toci-test-${++dbCount}`));
	resetDeviceIdCache();
});
afterEach(() => {
	vi.useRealTimers();
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

	it('refuses implausible dates with a Dutch message and stores nothing', async () => {
		const { youthId, evaluationId } = await setUp();
		const old = await createEvaluation({ candidateId: youthId, date: '1990-03-02', mentorName: 'Mo' });
		expect(old.ok ? '' : old.problems.join()).toMatch(/^2 maart 1990 ligt ver vóór het traject van Yasmine/);
		const ahead = await createEvaluation({ candidateId: youthId, date: '2035-03-02', mentorName: 'Mo' });
		expect(ahead.ok ? '' : ahead.problems.join()).toMatch(/te ver in de toekomst/);
		const moved = await updateEvaluation(evaluationId, { date: '2035-03-02' });
		expect(moved.ok).toBe(false);
		expect((await listEvaluations(youthId)).map((e) => e.date)).toEqual(['2026-03-01']);
		// A conversation planned a few weeks ahead is fine.
		expect((await createEvaluation({ candidateId: youthId, date: '2026-07-01', mentorName: 'Mo' })).ok).toBe(true);
	});

	it('opens the next conversation with the previous one: review each action, carry one over', async () => {
		const { youthId, evaluationId } = await setUp();
		const done = await addTociAction(evaluationId, { text: 'Elke ochtend om 7u30 de bus nemen', who: 'Yasmine' });
		const open = await addTociAction(evaluationId, { text: 'Zelf vragen wat er nog moet gebeuren', who: 'Yasmine' });
		if (!done.ok || !open.ok) throw new Error('not stored');
		const second = await createEvaluation({ candidateId: youthId, date: '2026-06-01', mentorName: 'Mo' });
		if (!second.ok) throw new Error(second.problems.join());
		expect((await getPreviousEvaluation(second.value.id))?.id).toBe(evaluationId);
		expect(await getPreviousEvaluation(evaluationId)).toBeUndefined();

		expect((await reviewTociAction(second.value.id, done.value.id, 'gedaan')).ok).toBe(true);
		await reviewTociAction(second.value.id, open.value.id, 'niet-gedaan');
		expect((await carryOverTociAction(second.value.id, open.value.id, true)).ok).toBe(true);
		const [bus] = await getDb().actions.bulkGet([done.value.id]);
		expect(bus?.status).toBe('volledig');
		expect(bus?.history.at(-1)?.remark).toBe('Besproken in het TOCI-gesprek van 1 juni 2026');
		const now = (await getEvaluation(second.value.id))!;
		expect((await listTociActions(now)).map((a) => a.text)).toEqual(['Zelf vragen wat er nog moet gebeuren']);
		expect(now.pdpId).toBe(bus?.planId);

		// Taking a carried-over action off this conversation leaves it in the previous one.
		await removeTociAction(second.value.id, open.value.id);
		expect(await listTociActions((await getEvaluation(second.value.id))!)).toEqual([]);
		expect((await listTociActions((await getEvaluation(evaluationId))!)).map((a) => a.id)).toEqual([done.value.id, open.value.id]);
	});

	it('deletes a mistaken conversation with its own actions, and undo brings both back', async () => {
		const { youthId, evaluationId } = await setUp();
		const kept = await addTociAction(evaluationId, { text: 'Bellen bij ziekte', who: 'Yasmine' });
		const mistake = await createEvaluation({ candidateId: youthId, date: '2026-06-01', mentorName: 'Test' });
		if (!kept.ok || !mistake.ok) throw new Error('not stored');
		const own = await addTociAction(mistake.value.id, { text: 'Testactie', who: 'niemand' });
		await carryOverTociAction(mistake.value.id, kept.value.id, true);
		if (!own.ok) throw new Error('not stored');

		expect((await deleteEvaluation(mistake.value.id)).ok).toBe(true);
		expect((await listEvaluations(youthId)).map((e) => e.id)).toEqual([evaluationId]);
		expect(await getEvaluation(mistake.value.id)).toBeUndefined();
		const [ownAfter, keptAfter] = await getDb().actions.bulkGet([own.value.id, kept.value.id]);
		expect(ownAfter?.deletedAt).toBeDefined();
		expect(keptAfter?.deletedAt).toBeUndefined();
		expect((await deleteEvaluation(mistake.value.id)).ok).toBe(false);

		expect((await restoreEvaluation(mistake.value.id)).ok).toBe(true);
		expect((await listEvaluations(youthId)).map((e) => e.id)).toEqual([evaluationId, mistake.value.id]);
		expect((await listTociActions((await getEvaluation(mistake.value.id))!)).map((a) => a.text)).toEqual(['Testactie', 'Bellen bij ziekte']);
	});
});
