import { describe, expect, it } from 'vitest';
import doneProfile from '../../../../rubrics/done-profiel.json';
import functieprofielen from '../../../../rubrics/functieprofielen.json';
import pdpJson from '../../../../rubrics/pdp.json';
import { CompetencyProfile, PdpSchema, TargetProfiles, rubricKey } from '../rubric';
import { DEMO_SEED, makeDemoAssessment } from '../demo/make-demo-assessment';
import { buildCandidateReport } from '../report/candidate-report';
import { draftPdp, MAX_ACTIONS_PER_NEED, MAX_PDP_NEEDS } from './draft-pdp';

const profile = CompetencyProfile.parse(doneProfile);
const jobs = TargetProfiles.parse(functieprofielen);
const schema = PdpSchema.parse(pdpJson);
const demo = makeDemoAssessment({ profile, seed: DEMO_SEED, now: '2026-03-20T10:00:00.000Z', targetProfilesKey: rubricKey(jobs) });
const source = {
	...demo,
	profile,
	consensus: [],
	targetJobs: jobs.jobs.map((job) => ({ profilesKey: rubricKey(jobs), job })),
	generatedAt: '2026-03-20T10:00:00.000Z'
};

describe('PDPs drafted for the demo candidates with the shipped rubrics', () => {
	const drafts = demo.candidates.map((c) => ({ c, draft: draftPdp({ report: buildCandidateReport(source, c), candidateId: c.id, sessionId: demo.session.id, schema, newId: () => crypto.randomUUID() }) }));

	it('keeps every PDP to at most 5 needs with at most 3 actions each, instead of two dozen', () => {
		for (const { c, draft } of drafts) {
			expect(draft.pdp.needs.length, c.name).toBeLessThanOrEqual(MAX_PDP_NEEDS);
			expect(draft.actions.length, c.name).toBeLessThanOrEqual(MAX_PDP_NEEDS * MAX_ACTIONS_PER_NEED);
			for (const need of draft.pdp.needs) expect(draft.actions.filter((a) => a.competencyId === need.competencyId).length).toBeLessThanOrEqual(MAX_ACTIONS_PER_NEED);
		}
		expect(Math.max(...drafts.map((d) => d.draft.actions.length))).toBeGreaterThan(0);
	});

	it('gives a kitchen helper kitchen work and never warehouse work', () => {
		const kitchen = drafts.filter(({ c }) => c.targetJob?.jobId === 'keukenhulp');
		expect(kitchen.length).toBeGreaterThan(0);
		const texts = kitchen.flatMap(({ draft }) => draft.actions.map((a) => a.text)).join('\n');
		expect(texts).not.toMatch(/bestellingen|picklijst|tiltechniek|balie|klant/i);
		for (const { draft } of drafts) expect(draft.pdp.target?.job).toBeDefined();
	});
});
