import { describe, expect, it } from 'vitest';
import { buildCandidateReport, reportTargetOf } from './candidate-report';
import { buildFixtureSource, fixtureTargetJob } from './report.fixture';
import type { ReportSource } from './report-source';

const source = buildFixtureSource({ notesPerCandidate: 20, consensusFor: ['initiatief'] });
const ids = source.profile.competencies.map((c) => c.id);
const job = fixtureTargetJob(ids, (i) => (i === ids.length - 1 ? 'niet-van-belang' : 'zeer-goed'));
const ref = { profilesKey: 'functieprofielen@1.0.0', jobId: 'magazijnmedewerker' };

function withTarget(targetJobs: ReportSource['targetJobs'], measured?: string[]): { source: ReportSource; candidate: ReportSource['candidates'][number] } {
	const candidate = { ...source.candidates[0]!, targetJob: ref };
	const session = measured ? { ...source.session, competencyIds: measured } : source.session;
	return { source: { ...source, session, targetJobs, candidates: [candidate, ...source.candidates.slice(1)] }, candidate };
}

describe('the candidate report next to the job target', () => {
	it('has no comparison when no functieprofiel is chosen', () => {
		expect(buildCandidateReport(source, source.candidates[0]!).target).toBeUndefined();
	});

	it('compares every required competency, consensus as such and the rest provisional, and keeps "niet van belang" apart', () => {
		const { source: s, candidate } = withTarget([{ profilesKey: ref.profilesKey, job }]);
		const report = buildCandidateReport(s, candidate);
		expect(report.target?.kind).toBe('compared');
		if (report.target?.kind !== 'compared') return;
		const c = report.target.comparison;
		expect(c.rows).toHaveLength(ids.length - 1);
		expect(c.notRelevant.map((n) => n.competencyId)).toEqual([ids[ids.length - 1]]);
		expect(c.rows.find((r) => r.competencyId === 'initiatief')).toMatchObject({ source: 'consensus', found: 'matig', words: 'vraagt zeer goed, nu matig: twee niveaus te gaan' });
		expect(c.provisional).toBe(true);
		// The same levels as the report's own sections: the comparison never says more than the report.
		for (const row of c.rows) {
			const section = report.sections.find((x) => x.competencyId === row.competencyId)!;
			expect(row.found).toBe(section.outcome.kind === 'consensus' || section.outcome.kind === 'combined' ? section.outcome.level : undefined);
		}
		expect(c.gaps.map((g) => g.gap)).toEqual([...c.gaps.map((g) => g.gap)].sort((a, b) => (b ?? 0) - (a ?? 0)));
		expect(reportTargetOf(s, candidate)).toEqual(report.target);
	});

	it('names what the assessment-center did not measure instead of counting it as a gap', () => {
		const { source: s, candidate } = withTarget([{ profilesKey: ref.profilesKey, job }], ['initiatief', 'samenwerken']);
		const target = reportTargetOf(s, candidate);
		if (target?.kind !== 'compared') throw new Error('no comparison');
		expect(target.comparison.rows.filter((r) => r.status === 'niet-gemeten')).toHaveLength(ids.length - 3);
		expect(target.comparison.gaps.every((g) => ['initiatief', 'samenwerken'].includes(g.competencyId))).toBe(true);
		expect(target.comparison.readiness.summary).toContain(`${ids.length - 3} competenties die de job vraagt, werden niet gemeten`);
	});

	it('says plainly when the chosen functieprofiel is not on this tablet', () => {
		const { source: s, candidate } = withTarget([]);
		expect(buildCandidateReport(s, candidate).target).toEqual({ kind: 'missing', message: expect.stringContaining('staat niet op dit toestel') });
	});
});
