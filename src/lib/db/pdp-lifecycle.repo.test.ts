import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, useDatabase, WakkerDatabase } from './db';
import { resetDeviceIdCache } from './record-meta';
import { createPdp, deletePdp, findPdpFor, getPdp, listPdpRows, recordCoachingSession, restorePdp, savePdpDraft, takeOverLevels, updateNeed } from './pdp.repo';
import { listActions, recordActionStatus } from './actions.repo';
import { draftPdp } from '$lib/engine/plan/draft-pdp';
import { findAssessmentChanges } from '$lib/engine/plan/level-changes';
import { buildCandidateReport } from '$lib/engine/report/candidate-report';
import { buildFixtureSource, fixturePdpSchema } from '$lib/engine/report/report.fixture';
import type { ConsensusDecision } from '$lib/engine/model';

let dbCount = 0;
beforeEach(() => {
	useDatabase(new WakkerDatabase(`wakker-pdp-lifecycle-${++dbCount}`));
	resetDeviceIdCache();
});

const CANDIDATE = '11111111-1111-4111-8111-111111111111';
const NOW = new Date('2026-12-04T10:00:00');

function drafted(source = buildFixtureSource({ notesPerCandidate: 20, consensusFor: ['initiatief'] })) {
	const zoe = source.candidates[0]!;
	const report = buildCandidateReport(source, zoe);
	return { source, zoe, report, draft: draftPdp({ report, candidateId: zoe.id, sessionId: source.session.id, schema: fixturePdpSchema(), newId: () => crypto.randomUUID() }) };
}

describe('one PDP per candidate per assessment-center', () => {
	it('opens the existing PDP when drafting again, also when both drafts start at the same moment', async () => {
		const { draft, zoe, source } = drafted();
		const [a, b] = await Promise.all([savePdpDraft(draft), savePdpDraft(draft)]);
		if (!a.ok || !b.ok) throw new Error('refused');
		expect(a.value.id).toBe(b.value.id);
		expect([a.existing, b.existing].sort()).toEqual([false, true]);
		const live = (await getDb().pdps.toArray()).filter((p) => !p.deletedAt);
		expect(live).toHaveLength(1);
		// The second draft added no second set of suggested actions.
		expect(await listActions(a.value.id)).toHaveLength(draft.actions.length);
		expect((await findPdpFor(zoe.id, source.session.id))?.id).toBe(a.value.id);
	});

	it('keeps one hand-made PDP per candidate outside an assessment-center too', async () => {
		const first = await createPdp({ candidateId: CANDIDATE, title: 'PDP' });
		const second = await createPdp({ candidateId: CANDIDATE, title: 'PDP opnieuw' });
		expect(second).toMatchObject({ ok: true, existing: true, value: { id: first.ok ? first.value.id : '' } });
	});
});

describe('delete with undo', () => {
	it('brings the PDP back with its actions and their follow-up', async () => {
		const { draft } = drafted();
		const saved = await savePdpDraft(draft);
		if (!saved.ok) throw new Error('refused');
		const [action] = await listActions(saved.value.id);
		await recordActionStatus(action!.id, 'deels', 'half');
		await deletePdp(saved.value.id);
		expect(await getPdp(saved.value.id)).toBeUndefined();
		expect(await listPdpRows()).toEqual([]);
		expect(await restorePdp(saved.value.id)).toMatchObject({ ok: true });
		expect((await getPdp(saved.value.id))?.needs).toEqual(saved.value.needs);
		expect((await listActions(saved.value.id))[0]?.history.map((h) => h.remark)).toEqual(['half']);
	});

	it('refuses the undo when the candidate meanwhile got a new PDP for the assessment-center', async () => {
		const { draft } = drafted();
		const saved = await savePdpDraft(draft);
		if (!saved.ok) throw new Error('refused');
		await deletePdp(saved.value.id);
		const again = await savePdpDraft(draft);
		expect(again).toMatchObject({ ok: true, existing: false });
		expect(await restorePdp(saved.value.id)).toEqual({ ok: false, problems: [expect.stringContaining('intussen een ander PDP')] });
	});
});

describe('the list', () => {
	it('shows the last change, a follow-up of one action included, latest first', async () => {
		const a = await createPdp({ candidateId: CANDIDATE, title: 'Eerste' });
		const b = await createPdp({ candidateId: '22222222-2222-4222-8222-222222222222', title: 'Tweede' });
		if (!a.ok || !b.ok) throw new Error('refused');
		const { addAction } = await import('./actions.repo');
		const added = await addAction({ planId: a.value.id, planType: 'pdp', text: 'Bel 3 werkgevers', source: 'manual' });
		if (!added.ok) throw new Error('refused');
		await new Promise((r) => setTimeout(r, 5));
		await recordActionStatus(added.value.id, 'volledig', '');
		const rows = await listPdpRows();
		expect(rows.map((r) => r.pdp.title)).toEqual(['Eerste', 'Tweede']);
		const after = (await listActions(a.value.id))[0]!;
		expect(rows[0]!.lastChange).toBe(after.updatedAt);
		expect(rows[0]!.lastChange > rows[0]!.pdp.updatedAt).toBe(true);
	});
});

describe('coaching sessions', () => {
	it('records a conversation on its own day with the next appointment and per action the status of that day', async () => {
		const created = await createPdp({ candidateId: CANDIDATE, title: 'PDP' });
		if (!created.ok) throw new Error('refused');
		const { addAction } = await import('./actions.repo');
		const added = await addAction({ planId: created.value.id, planType: 'pdp', text: 'Bel 3 werkgevers', source: 'manual' });
		if (!added.ok) throw new Error('refused');
		const result = await recordCoachingSession(
			created.value.id,
			{ date: '2026-11-27', agreed: 'Zoë belt er nog één.', next: { date: '2026-12-11', note: '14 uur' }, updates: [{ actionId: added.value.id, status: 'deels', remark: 'twee gebeld' }] },
			NOW
		);
		expect(result.ok).toBe(true);
		const pdp = (await getPdp(created.value.id))!;
		expect(pdp.coachingSessions).toEqual([expect.objectContaining({ date: '2026-11-27', agreed: 'Zoë belt er nog één.', next: { date: '2026-12-11', note: '14 uur' } })]);
		const [action] = await listActions(created.value.id);
		expect(action).toMatchObject({ status: 'deels', history: [expect.objectContaining({ date: '2026-11-27', status: 'deels', remark: 'twee gebeld' })] });
	});

	it.each([
		[{ date: '1990-05-01' }, 'Het gesprek ligt te ver terug'],
		[{ date: '2035-05-01' }, 'Het gesprek ligt in de toekomst'],
		[{ date: '2026-12-01', next: { date: '2026-11-30', note: '' } }, 'De volgende afspraak ligt vóór'],
		[{ date: '2026-12-01', next: { date: '2035-01-01', note: '' } }, 'De volgende afspraak ligt te ver vooruit'],
		[{ date: '2026-12-01', agreed: 'x'.repeat(20_001) }, 'Wat is afgesproken is te lang']
	])('refuses %j in Dutch and changes nothing', async (patch, message) => {
		const created = await createPdp({ candidateId: CANDIDATE, title: 'PDP' });
		if (!created.ok) throw new Error('refused');
		const result = await recordCoachingSession(created.value.id, { agreed: 'Afgesproken', updates: [], ...patch }, NOW);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.join(' ')).toContain(message);
		expect((await getPdp(created.value.id))?.coachingSessions).toBeUndefined();
	});
});

describe('consensus changed after drafting', () => {
	it('says which level changed, and takes the new levels over without losing what the coach wrote', async () => {
		const { source, zoe, draft } = drafted(buildFixtureSource({ notesPerCandidate: 20, consensusFor: [] }));
		const saved = await savePdpDraft(draft);
		if (!saved.ok) throw new Error('refused');
		const [first, second] = saved.value.needs;
		expect(first && second).toBeTruthy();
		// The coach rewrites the second need; the first stays as the app drafted it.
		await updateNeed(saved.value.id, second!.id, { text: 'Zoë wil eerst leren plannen' });
		// The consensus now agrees goed on the first need's competency: it is no longer a need.
		const at = '2026-12-01T10:00:00.000Z';
		const decision: ConsensusDecision = {
			id: crypto.randomUUID(), createdAt: at, updatedAt: at, vv: { d: 1 },
			sessionId: source.session.id, candidateId: zoe.id, competencyId: first!.competencyId!, level: 'goed', reason: 'Eens na bespreking', decidedBy: source.assessors[0]!.id
		};
		const now = { ...source, consensus: [...source.consensus, decision] };
		const report = buildCandidateReport(now, zoe);
		const changes = findAssessmentChanges((await getPdp(saved.value.id))!, report);
		expect(changes.levels).toEqual([expect.objectContaining({ competencyId: first!.competencyId, now: expect.stringMatching(/^Goed/) })]);
		expect(changes.levels[0]!.was).toMatch(/nog geen consensus/);
		const fresh = draftPdp({ report, candidateId: zoe.id, sessionId: source.session.id, schema: fixturePdpSchema(), newId: () => crypto.randomUUID() });
		const result = await takeOverLevels(saved.value.id, fresh, (id) => id);
		if (!result.ok) throw new Error(result.problems.join());
		const after = (await getPdp(saved.value.id))!;
		expect(after.needs.map((n) => n.competencyId)).not.toContain(first!.competencyId);
		expect(after.needs.find((n) => n.id === second!.id)?.text).toBe('Zoë wil eerst leren plannen');
		expect(findAssessmentChanges(after, report).levels).toEqual([]);
		expect(result.value.summary).toMatch(/weggelaten die geen nood meer is.*Wat je zelf schreef, bleef staan\./);
	});
});
