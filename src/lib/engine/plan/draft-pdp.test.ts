import { describe, expect, it } from 'vitest';
import { draftPdp, MAX_EVIDENCE_NOTES_PER_NEED, MAX_PDP_NEEDS, selectNeedEvidence } from './draft-pdp';
import { buildCandidateReport } from '../report/candidate-report';
import { buildFixtureSource, fixtureId, fixturePdpSchema } from '../report/report.fixture';
import { Pdp } from '../model/plan';

describe('draftPdp', () => {
	const source = buildFixtureSource({ notesPerCandidate: 100, consensusFor: ['initiatief'] });
	const zoe = source.candidates[0]!;
	const report = buildCandidateReport(source, zoe);
	let n = 0;
	const draft = draftPdp({ report, candidateId: zoe.id, sessionId: source.session.id, schema: fixturePdpSchema(), newId: () => fixtureId(70_000 + n++) });

	it('turns the lowest onvoldoende and matig competencies into needs, at most 5, onvoldoende first', () => {
		const rank = (id: string | undefined) => {
			const s = report.sections.find((x) => x.competencyId === id)!;
			return s.outcome.kind === 'consensus' || s.outcome.kind === 'combined' ? (s.outcome.level === 'onvoldoende' ? 0 : 1) : 2;
		};
		const ids = draft.pdp.needs.map((need) => need.competencyId);
		expect(ids.length).toBe(Math.min(MAX_PDP_NEEDS, report.growthPoints.length));
		for (const id of ids) expect(report.growthPoints.map((a) => a.competencyId)).toContain(id);
		expect(ids.map(rank)).toEqual([...ids.map(rank)].sort());
		expect(ids.every((id) => rank(id) < 2)).toBe(true);
		expect(draft.pdp.needs.find((need) => need.competencyId === 'initiatief')!.text).toBe('Initiatief: Matig');
	});

	it('quotes the notes that show the need, and keeps the "no consensus" marking', () => {
		const withMedian = draft.pdp.needs.find((need) => need.competencyId !== 'initiatief')!;
		expect(withMedian.text).toContain('nog geen consensus');
		const lines = draft.pdp.needs.find((need) => need.competencyId === 'initiatief')!.evidence.split('\n');
		expect(lines.length).toBeLessThanOrEqual(MAX_EVIDENCE_NOTES_PER_NEED + 1);
		expect(lines[0]).toMatch(/^Scenario .*: Noteert/);
	});

	it('quotes notes linked to onvoldoende or matig, and unlevelled notes, never notes linked only to goed', () => {
		const evidence = (levelIds: ('goed' | 'matig')[], text: string) => ({ observationId: text, text, exerciseName: 'X', authorName: 'A', observedAt: '', levelIds });
		expect(selectNeedEvidence([evidence(['goed'], 'sterk'), evidence([], 'neutraal'), evidence(['matig'], 'zwak')]).map((e) => e.text)).toEqual(['zwak', 'neutraal']);
	});

	it('adds the suggested actions of the schema, not yet done', () => {
		expect(draft.actions).toEqual([
			expect.objectContaining({ competencyId: 'initiatief', status: 'niet', source: 'consensus', timespan: '4 weken', order: 0, history: [] })
		]);
	});

	it('produces a PDP that the stored schema accepts', () => {
		const stored = Pdp.safeParse({ ...draft.pdp, id: fixtureId(1), createdAt: source.generatedAt, updatedAt: source.generatedAt, vv: {} });
		expect(stored.success).toBe(true);
	});

	it('drafts no needs when everything is goed or better', () => {
		const good = { ...source, consensus: [], ratings: source.ratings.map((r) => ({ ...r, level: 'goed' as const })) };
		const d = draftPdp({ report: buildCandidateReport(good, zoe), candidateId: zoe.id, schema: fixturePdpSchema(), newId: () => fixtureId(1) });
		expect(d.pdp.needs).toEqual([]);
		expect(d.actions).toEqual([]);
	});
});
