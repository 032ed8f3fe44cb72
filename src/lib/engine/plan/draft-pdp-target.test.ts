import { describe, expect, it } from 'vitest';
import { draftPdp, MAX_ACTIONS_PER_NEED, MAX_PDP_NEEDS, selectPdpNeeds } from './draft-pdp';
import { buildCandidateReport } from '../report/candidate-report';
import { buildFixtureSource, fixtureId, fixturePdpSchema, fixtureTargetJob } from '../report/report.fixture';
import { Pdp } from '../model/plan';
import { samLevelValue } from '../rubric/sam-scale';

const base = buildFixtureSource({ notesPerCandidate: 60, consensusFor: ['initiatief'] });
const ids = base.profile.competencies.map((c) => c.id);
// Asks zeer goed of the first competencies, goed of the next, and nothing of the rest.
const job = fixtureTargetJob(ids, (i) => (i < 3 ? 'zeer-goed' : i < 8 ? 'goed' : 'niet-van-belang'));
const ref = { profilesKey: 'functieprofielen@1.0.0', jobId: job.id };
const candidate = { ...base.candidates[0]!, targetJob: ref };
const source = { ...base, candidates: [candidate, ...base.candidates.slice(1)], targetJobs: [{ profilesKey: ref.profilesKey, job }] };

describe('a PDP drafted against the job target', () => {
	const report = buildCandidateReport(source, candidate);
	const selection = selectPdpNeeds(report);

	it('takes its needs from the gaps, largest first, and never from a competency the job does not need', () => {
		if (report.target?.kind !== 'compared') throw new Error('no comparison');
		const gaps = report.target.comparison.gaps;
		expect(gaps.length).toBeGreaterThan(0);
		expect(selection.needs.map((n) => n.section.competencyId)).toEqual(gaps.slice(0, MAX_PDP_NEEDS).map((g) => g.competencyId));
		const asked = new Set(job.requirements.filter((r) => r.level !== 'niet-van-belang').map((r) => r.competencyId));
		expect(selection.needs.every((n) => asked.has(n.section.competencyId))).toBe(true);
		const sizes = gaps.map((g) => g.gap!);
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
	});

	it('words each need as the comparison does, and says what the needs rest on and what the job asks', () => {
		let n = 0;
		const draft = draftPdp({ report, candidateId: candidate.id, sessionId: source.session.id, schema: fixturePdpSchema(), newId: () => fixtureId(80_000 + n++) });
		const initiatief = draft.pdp.needs.find((x) => x.competencyId === 'initiatief');
		expect(initiatief?.text).toBe('Initiatief: vraagt zeer goed, nu matig: twee niveaus te gaan');
		expect(draft.pdp.needs.some((x) => x.text.endsWith('(voorlopig, nog geen consensus)'))).toBe(true);
		expect(draft.pdp.needsBasis).toMatch(/^Uit de vergelijking met het functieprofiel Magazijnmedewerker: wat de job vraagt en nog niet bereikt is, de grootste kloof eerst(; het PDP neemt er 5, nog \d+ andere? sta(at|an) in het rapport)?\.$/);
		expect(draft.pdp.target?.job).toBe('Magazijnmedewerker');
		expect(draft.pdp.target?.summary).toMatch(/nog niet op het niveau dat Magazijnmedewerker vraagt/);
		const stored = Pdp.safeParse({ ...draft.pdp, id: fixtureId(1), createdAt: source.generatedAt, updatedAt: source.generatedAt, vv: {} });
		expect(stored.success).toBe(true);
	});

	it('a competency at goed becomes a need when the job asks zeer goed', () => {
		const atGoed = report.sections.filter((s) => (s.outcome.kind === 'consensus' || s.outcome.kind === 'combined') && s.outcome.level !== undefined && samLevelValue(s.outcome.level) === 3 && ids.indexOf(s.competencyId) < 3);
		expect(atGoed.length).toBeGreaterThan(0);
		for (const s of atGoed) expect(selection.needs.map((n) => n.section.competencyId)).toContain(s.competencyId);
	});

	it('without a functieprofiel the needs come from onvoldoende and matig, as before, and the PDP says so', () => {
		const plain = selectPdpNeeds(buildCandidateReport(base, base.candidates[0]!));
		expect(plain.basis).toMatch(/^Geen functieprofiel gekozen: de noden komen uit de competenties op onvoldoende of matig, de laagste eerst/);
		expect(plain.target).toBeUndefined();
		const missing = selectPdpNeeds(buildCandidateReport({ ...source, targetJobs: [] }, candidate));
		expect(missing.basis).toMatch(/^Het gekozen functieprofiel staat niet op dit toestel: /);
		expect(missing.needs.map((n) => n.section.competencyId)).toEqual(plain.needs.map((n) => n.section.competencyId));
	});
});

describe('a PDP kept to what a coach can follow', () => {
	// Asks zeer goed of everything: every competency is a gap.
	const everything = fixtureTargetJob(ids, () => 'zeer-goed');
	const wide = { ...source, targetJobs: [{ profilesKey: ref.profilesKey, job: everything }] };
	const c = { ...candidate, targetJob: { ...ref, jobId: everything.id } };
	const report = buildCandidateReport(wide, c);
	const schema = fixturePdpSchema();
	const many = (n: number, fits?: string[]) => Array.from({ length: n }, (_, i) => ({ text: `Elke dag actie ${i + 1} uitvoeren${fits ? ` (${fits[0]})` : ''}.`, timespan: '4 weken', who: 'Kandidaat', ...(fits ? { fits } : {}) }));
	const suggestions = Object.fromEntries(ids.map((id) => [id, [...many(1, ['keukenhulp']), ...many(4), ...many(2, [everything.id])]]));
	let n = 0;
	const draft = draftPdp({ report, candidateId: c.id, sessionId: source.session.id, schema: { ...schema, suggestedActions: suggestions }, newId: () => fixtureId(90_000 + n++) });

	it('takes at most 5 needs, the largest gaps, and says how many more the report holds', () => {
		if (report.target?.kind !== 'compared') throw new Error('no comparison');
		const gaps = report.target.comparison.gaps;
		expect(gaps.length).toBeGreaterThan(MAX_PDP_NEEDS);
		expect(draft.pdp.needs.map((x) => x.competencyId)).toEqual(gaps.slice(0, MAX_PDP_NEEDS).map((g) => g.competencyId));
		expect(draft.pdp.needsBasis).toContain(`het PDP neemt er 5, nog ${gaps.length - 5} andere staan in het rapport`);
	});

	it('suggests at most 3 actions per need: those for this job first, never those for other work', () => {
		expect(draft.actions.length).toBeLessThanOrEqual(MAX_PDP_NEEDS * MAX_ACTIONS_PER_NEED);
		const first = draft.actions.filter((a) => a.competencyId === draft.pdp.needs[0]!.competencyId).map((a) => a.text);
		expect(first).toEqual([`Elke dag actie 1 uitvoeren (${everything.id}).`, `Elke dag actie 2 uitvoeren (${everything.id}).`, 'Elke dag actie 1 uitvoeren.']);
		expect(draft.actions.some((a) => a.text.includes('keukenhulp'))).toBe(false);
	});
});
