import { describe, expect, it } from 'vitest';
import { buildCandidateReport } from './candidate-report';
import { buildFixtureSource } from './report.fixture';
import { METHOD_HEADING } from './method-note';
import { buildLevelChart } from './level-chart';

describe('buildCandidateReport', () => {
	const source = buildFixtureSource({ notesPerCandidate: 100, consensusFor: ['initiatief'] });
	const zoe = source.candidates[0]!;
	const report = buildCandidateReport(source, zoe);

	it('puts the candidate, job target, exercises, assessors and rubric version on the cover', () => {
		expect(report.cover.candidateName).toBe("Zoë O'Brien-Çelik");
		expect(report.cover.jobTarget).toBe('Magazijnier');
		expect(report.cover.exercises).toEqual(['Scenario Magazijn + stock', 'Scenario Fietsherstelling', 'Scenario Kookopdracht']);
		expect(report.cover.assessors).toHaveLength(3);
		expect(report.cover.rubricVersion).toContain('done-profiel@1.0.0');
		expect(report.cover.dates).toEqual(['3 maart 2026 (dag 1)', '5 maart 2026']);
	});

	it('groups the 18 competencies kern, bijkomend, extra', () => {
		expect(report.overview.map((g) => [g.label, g.rows.length])).toEqual([
			['Kerncompetenties', 6],
			['Bijkomende competenties', 5],
			['Extra competenties', 7]
		]);
		expect(report.sections).toHaveLength(18);
	});

	it('uses the consensus where there is one and marks the median where there is none', () => {
		const initiatief = report.sections.find((s) => s.competencyId === 'initiatief')!;
		expect(initiatief.outcome.kind).toBe('consensus');
		expect(initiatief.levelText).toBe('Matig');
		const samenwerken = report.sections.find((s) => s.competencyId === 'samenwerken')!;
		expect(samenwerken.outcome.kind).toBe('combined');
		expect(samenwerken.levelText).toContain('nog geen consensus');
	});

	it('quotes every classified note once, with its exercise, in the order observed', () => {
		const total = report.sections.reduce((sum, s) => sum + s.evidence.length, 0);
		expect(total).toBe(100);
		const first = report.sections[0]!.evidence;
		expect(first[0]!.exerciseName).toBe('Scenario Magazijn + stock');
		expect(first.map((e) => e.observedAt)).toEqual([...first.map((e) => e.observedAt)].sort());
	});

	it('describes the level with the SAM cells of that level', () => {
		const initiatief = report.sections.find((s) => s.competencyId === 'initiatief')!;
		expect(initiatief.samRows.map((r) => r.description)).toEqual(['Initiatief rij 1: matig', 'Initiatief rij 2: matig']);
	});

	it('lists onvoldoende and matig as groeipunten with the next level, goed and zeer goed as sterke punten', () => {
		const growth = report.growthPoints.find((a) => a.competencyId === 'initiatief')!;
		expect(growth.nextLevelLabel).toBe('Goed');
		expect(growth.nextLevelRows[0]!.description).toBe('Initiatief rij 1: goed');
		expect(report.strengths.some((s) => s.competencyId === 'initiatief')).toBe(false);
		expect(report.growthPoints.length + report.strengths.length).toBe(18);
	});

	it('takes the sterke punten and groeipunten the eindbeoordeling chose', () => {
		const finalAssessments = [
			{ id: zoe.id.replace(/.$/, 'f'), createdAt: zoe.createdAt, updatedAt: zoe.createdAt, vv: {}, sessionId: source.session.id, candidateId: zoe.id, motivation: '', strengthIds: [], growthPointIds: [], attentionPoints: '', authorId: source.assessors[0]!.id }
		];
		const chosen = buildCandidateReport({ ...source, finalAssessments }, zoe);
		expect(chosen.strengths).toEqual([]);
		expect(chosen.growthPoints).toEqual([]);
		expect(chosen.finalAssessment?.adviceLabel).toBeUndefined();
	});

	it('is voorlopig until the consensus is locked', () => {
		expect(report.provisional).toBe(true);
		const locked = { ...source, session: { ...source.session, consensusLock: { lockedAt: source.generatedAt, lockedBy: source.assessors[0]!.id } } };
		expect(buildCandidateReport(locked, zoe).provisional).toBe(false);
	});

	it('says honestly how the scores were reached', () => {
		expect(report.method.heading).toBe(METHOD_HEADING);
		expect(report.method.consensusCount).toBe(1);
		expect(report.method.medianCount).toBe(17);
		expect(report.method.paragraphs.join(' ')).toContain('3 assessoren');
		// Plain Dutch for the candidate and coach: no agreement statistics, no intervals.
		const text = report.method.paragraphs.join(' ');
		expect(text).not.toMatch(/alfa|α|kappa|interval|betrouwbaarheid/i);
		expect(text).toContain('staat in het sessierapport voor de assessoren');
	});

	it('reports no level, with the reason, when nothing was submitted', () => {
		const bare = { ...source, ratings: [], consensus: [], agreement: undefined };
		const r = buildCandidateReport(bare, zoe);
		expect(r.sections.every((s) => s.outcome.kind === 'none' && s.samRows.length === 0)).toBe(true);
		expect(r.method.paragraphs.join(' ')).toContain('De assessoren hebben nog voor geen enkele van de 18 competenties samen een consensus bepaald.');
		expect(buildLevelChart(r.overview).values.every((v) => v === null)).toBe(true);
	});

	it('keeps user text as given, markup included', () => {
		const note = source.observations[0]!;
		const withScript = { ...source, observations: [{ ...note, text: '<script>alert(1)</script> zegt "dag"' }, ...source.observations.slice(1)] };
		const r = buildCandidateReport(withScript, zoe);
		expect(r.sections.flatMap((s) => s.evidence).some((e) => e.text === '<script>alert(1)</script> zegt "dag"')).toBe(true);
	});
});
