import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase } from './db';
import { resetDeviceIdCache } from './record-meta';
import { addNeed, addResource, createPdp, deletePdp, getPdp, listPdpCandidateOptions, listPdpRows, listPdps, listPdpsForCandidate, loadPdpView, newNeed, removeNeed, savePdpDraft, updateNeed, updatePdp, updateResource } from './pdp.repo';
import { getDb } from './db';
import { listActions, recordActionStatus } from './actions.repo';
import { draftPdp } from '$lib/engine/plan/draft-pdp';
import { buildCandidateReport } from '$lib/engine/report/candidate-report';
import { buildFixtureSource, fixturePdpSchema } from '$lib/engine/report/report.fixture';

let dbCount = 0;
beforeEach(() => {
	useDatabase(new WakkerDatabase(`wakker-pdp-test-${++dbCount}`));
	resetDeviceIdCache();
});

const CANDIDATE = '11111111-1111-4111-8111-111111111111';

describe('pdp.repo', () => {
	it.each([
		['', 'Titel mag niet leeg zijn.'],
		['x'.repeat(10_000), 'Titel is te lang (maximaal 200 tekens).']
	])('refuses the title %j with a Dutch message and stores nothing', async (title, message) => {
		expect(await createPdp({ candidateId: CANDIDATE, title })).toEqual({ ok: false, problems: [message] });
		expect(await listPdps()).toEqual([]);
	});

	it('keeps needs and resources as typed, markup included', async () => {
		const created = await createPdp({ candidateId: CANDIDATE, title: "PDP Zoë O'Brien-Çelik" });
		if (!created.ok) throw new Error(created.problems.join());
		const need = { ...newNeed('initiatief'), text: '<script>alert(1)</script> durft niet te bellen' };
		const saved = await updatePdp(created.value.id, { needs: [need], resources: [{ id: crypto.randomUUID(), text: 'Broer' }] });
		expect(saved.ok).toBe(true);
		const stored = await getPdp(created.value.id);
		expect(stored?.needs[0]?.text).toBe('<script>alert(1)</script> durft niet te bellen');
		expect(stored?.resources.map((r) => r.text)).toEqual(['Broer']);
		expect(Object.values(stored!.vv)).toEqual([2]);
	});

	it('refuses a need that is too long and keeps the stored PDP unchanged', async () => {
		const created = await createPdp({ candidateId: CANDIDATE, title: 'PDP' });
		if (!created.ok) throw new Error(created.problems.join());
		const result = await updatePdp(created.value.id, { needs: [{ ...newNeed(), text: 'x'.repeat(2_001) }] });
		expect(result).toEqual({ ok: false, problems: ['Tekst is te lang (maximaal 2000 tekens).'] });
		expect((await getPdp(created.value.id))?.needs).toEqual([]);
	});

	it('stores a draft with its suggested actions, whose status history is kept', async () => {
		const source = buildFixtureSource({ notesPerCandidate: 20, consensusFor: ['initiatief'] });
		const zoe = source.candidates[0]!;
		const draft = draftPdp({ report: buildCandidateReport(source, zoe), candidateId: zoe.id, schema: fixturePdpSchema(), newId: () => crypto.randomUUID() });
		const saved = await savePdpDraft(draft);
		if (!saved.ok) throw new Error(saved.problems.join());
		expect(saved.value.needs.length).toBe(draft.pdp.needs.length);
		const [action] = await listActions(saved.value.id);
		expect(action).toMatchObject({ planType: 'pdp', source: 'consensus', competencyId: 'initiatief', status: 'niet' });
		await recordActionStatus(action!.id, 'deels', 'twee keer gelukt');
		const [after] = await listActions(saved.value.id);
		expect(after!.history.map((h) => [h.status, h.remark])).toEqual([['deels', 'twee keer gelukt']]);
		expect((await listPdpsForCandidate(zoe.id)).map((p) => p.id)).toEqual([saved.value.id]);
	});

	it('edits needs and resources one at a time without losing a parallel change', async () => {
		const created = await createPdp({ candidateId: CANDIDATE, title: 'PDP' });
		if (!created.ok) throw new Error(created.problems.join());
		const id = created.value.id;
		await addNeed(id);
		await addNeed(id);
		await addResource(id);
		const pdp = (await getPdp(id))!;
		const [a, b] = pdp.needs;
		await Promise.all([
			updateNeed(id, a!.id, { text: 'Vervoer naar de werkplek' }),
			updateNeed(id, b!.id, { evidence: 'Kwam twee keer te laat' }),
			updateResource(id, pdp.resources[0]!.id, 'Fietsherstelplaats')
		]);
		await removeNeed(id, a!.id);
		const after = (await getPdp(id))!;
		expect(after.needs.map((n) => [n.text, n.evidence])).toEqual([['', 'Kwam twee keer te laat']]);
		expect(after.resources.map((r) => r.text)).toEqual(['Fietsherstelplaats']);
		expect(await updateNeed(id, b!.id, { text: 'x'.repeat(2_001) })).toMatchObject({ ok: false });
	});

	it('lists PDPs with their candidate, done actions, and the candidates a PDP can be made for', async () => {
		const source = buildFixtureSource({ notesPerCandidate: 5, consensusFor: ['initiatief'] });
		const db = getDb();
		await db.sessions.put(source.session);
		await db.candidates.bulkPut([...source.candidates, { ...source.candidates[1]!, id: crypto.randomUUID(), sessionId: undefined, name: 'Zonder assessment' }]);
		const zoe = source.candidates[0]!;
		const draft = draftPdp({ report: buildCandidateReport(source, zoe), candidateId: zoe.id, schema: fixturePdpSchema(), newId: () => crypto.randomUUID() });
		const saved = await savePdpDraft(draft);
		if (!saved.ok) throw new Error(saved.problems.join());
		const [action] = await listActions(saved.value.id);
		await recordActionStatus(action!.id, 'volledig', '');
		expect((await listPdpRows()).map((r) => [r.candidateName, r.actionCount, r.doneCount])).toEqual([["Zoë O'Brien-Çelik", 1, 1]]);
		const view = await loadPdpView(saved.value.id);
		expect(view?.candidateName).toBe("Zoë O'Brien-Çelik");
		const options = await listPdpCandidateOptions();
		expect(options).toHaveLength(7);
		expect(options.find((o) => o.candidate.name === 'Zonder assessment')?.sessionName).toBeUndefined();
		expect(options.find((o) => o.candidate.id === zoe.id)?.sessionName).toBe(source.session.name);
	});

	it('deletes softly', async () => {
		const created = await createPdp({ candidateId: CANDIDATE, title: 'PDP' });
		if (!created.ok) throw new Error(created.problems.join());
		await deletePdp(created.value.id);
		expect(await getPdp(created.value.id)).toBeUndefined();
		expect(await listPdps()).toEqual([]);
	});
});
