import { describe, expect, it } from 'vitest';
import {
	AssessmentSession,
	Assessor,
	Assignment,
	Candidate,
	Classification,
	Exercise,
	NOT_OBSERVED,
	Observation,
	Rating
} from '../model';
import { CompetencyProfile, samLevelValue, type SamLevelId } from '../rubric';
import { listMissingRatings } from '../consensus';
import { DEMO_SEED, makeDemoAssessment, type DemoAssessment } from './make-demo-assessment';
import { DONE_COMPETENCY_IDS, makeTestProfile } from './test-profile.fixture';

const profile = makeTestProfile(DONE_COMPETENCY_IDS);
const NOW = '2026-03-20T10:00:00.000Z';
const demo = makeDemoAssessment({ profile, seed: DEMO_SEED, now: NOW });

const named = (d: DemoAssessment) => ({
	assessor: (name: string) => d.assessors.find((a) => a.name === name)!.id
});

function submittedLevels(d: DemoAssessment, authorId: string): number[] {
	return d.ratings.filter((r) => r.authorId === authorId && r.level !== NOT_OBSERVED).map((r) => samLevelValue(r.level as SamLevelId));
}
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('makeDemoAssessment', () => {
	it('uses a valid test profile', () => {
		expect(CompetencyProfile.safeParse(profile).success).toBe(true);
	});

	it('produces only records that the stored-record schemas accept', () => {
		const checks: [string, { safeParse: (x: unknown) => { success: boolean; error?: unknown } }, unknown[]][] = [
			['session', AssessmentSession, [demo.session]],
			['assessors', Assessor, demo.assessors],
			['exercises', Exercise, demo.exercises],
			['candidates', Candidate, demo.candidates],
			['assignments', Assignment, demo.assignments],
			['observations', Observation, demo.observations],
			['classifications', Classification, demo.classifications],
			['ratings', Rating, demo.ratings]
		];
		const failures = checks.flatMap(([name, schema, records]) =>
			records.flatMap((r, i) => {
				const result = schema.safeParse(r);
				return result.success ? [] : [`${name}[${i}]: ${String(result.error)}`];
			})
		);
		expect(failures).toEqual([]);
	});

	it('is deterministic for a seed and differs for another seed', () => {
		expect(makeDemoAssessment({ profile, seed: DEMO_SEED, now: NOW })).toEqual(demo);
		const other = makeDemoAssessment({ profile, seed: 7, now: NOW });
		expect(other.ratings.map((r) => r.level)).not.toEqual(demo.ratings.map((r) => r.level));
	});

	it('has the shape of a real assessment-center', () => {
		expect(demo.session.rubricVersionId).toBe('done-profiel@1.0.0');
		expect(demo.session.days).toHaveLength(2);
		expect(demo.exercises.map((e) => e.templateId)).toEqual(['magazijn-stock', 'fietsherstelling', 'kookopdracht']);
		expect(demo.exercises.map((e) => e.durationMinutes)).toEqual([60, 45, 90]);
		expect(demo.exercises.map((e) => e.dayId)).toEqual([demo.session.days[0]!.id, demo.session.days[0]!.id, demo.session.days[1]!.id]);
		expect(demo.candidates).toHaveLength(6);
		expect(demo.candidates.map((c) => c.name)).toContain("Zoë O'Brien-Çelik");
		expect(demo.assessors).toHaveLength(3);
		expect(demo.assignments).toHaveLength(3 * 6 * 3);
		const ids = new Set([demo.session.id, ...Object.values(demo).flatMap((v) => (Array.isArray(v) ? v.map((r) => r.id) : []))]);
		expect(ids.size).toBe(1 + 3 + 3 + 6 + 54 + demo.observations.length + demo.classifications.length + demo.ratings.length);
	});

	it('measures 5 to 7 competencies per exercise, each assessed competency in at least two exercises', () => {
		for (const e of demo.exercises) {
			expect(e.competencyIds.length).toBeGreaterThanOrEqual(5);
			expect(e.competencyIds.length).toBeLessThanOrEqual(7);
		}
		expect(demo.session.competencyIds.length).toBeGreaterThanOrEqual(8);
		expect(demo.session.competencyIds.length).toBeLessThanOrEqual(10);
		for (const id of demo.session.competencyIds) expect(demo.exercises.filter((e) => e.competencyIds.includes(id)).length).toBeGreaterThanOrEqual(2);
	});

	it('places the exercises in the past with notes inside the exercise time', () => {
		const byId = new Map(demo.exercises.map((e) => [e.id, e]));
		for (const e of demo.exercises) expect(Date.parse(e.endedAt!)).toBeLessThan(Date.parse(NOW));
		for (const o of demo.observations) {
			const e = byId.get(o.exerciseId)!;
			expect(Date.parse(o.observedAt)).toBeGreaterThanOrEqual(Date.parse(e.startedAt!));
			expect(Date.parse(o.observedAt)).toBeLessThanOrEqual(Date.parse(e.endedAt!));
		}
	});

	it('writes 8 to 15 notes per assessor, candidate and exercise, a few of them interpretive', () => {
		const counts = new Map<string, number>();
		for (const o of demo.observations) counts.set(`${o.exerciseId}|${o.candidateId}|${o.authorId}`, (counts.get(`${o.exerciseId}|${o.candidateId}|${o.authorId}`) ?? 0) + 1);
		expect(counts.size).toBe(54);
		for (const n of counts.values()) {
			expect(n).toBeGreaterThanOrEqual(8);
			expect(n).toBeLessThanOrEqual(15);
		}
		const interpretive = demo.observations.filter((o) => /ongemotiveerd|\blui\b|arrogant/.test(o.text));
		expect(interpretive.length).toBe(3);
	});

	it('classifies notes to the measured competencies with indicator rows of the profile', () => {
		const exercises = new Map(demo.exercises.map((e) => [e.id, e]));
		const notes = new Map(demo.observations.map((o) => [o.id, o]));
		for (const c of demo.classifications) {
			const note = notes.get(c.observationId)!;
			expect(note.authorId).toBe(c.authorId);
			expect(exercises.get(c.exerciseId)!.competencyIds).toContain(c.competencyId);
			const rows = profile.competencies.find((p) => p.id === c.competencyId)!.indicators.map((r) => r.id);
			expect(rows).toContain(c.indicatorId);
		}
		const initiatiefRows = new Set(demo.classifications.filter((c) => c.competencyId === 'initiatief').map((c) => c.indicatorId));
		expect([...initiatiefRows].sort()).toEqual(['actie-ondernemen', 'problemen-melden', 'taak-afronden', 'werk-zien']);
	});

	it('rates every measured competency per assessor with the classified notes as evidence', () => {
		expect(demo.ratings).toHaveLength(3 * 6 * (6 + 6 + 7));
		const classifiedBy = new Map(demo.classifications.map((c) => [c.observationId, c]));
		for (const r of demo.ratings) {
			expect(r.submittedAt).toBeDefined();
			if (r.level === NOT_OBSERVED) {
				expect(r.evidenceObservationIds).toEqual([]);
				continue;
			}
			expect(r.evidenceObservationIds.length).toBeGreaterThan(0);
			for (const id of r.evidenceObservationIds) {
				const c = classifiedBy.get(id)!;
				expect([c.competencyId, c.candidateId, c.exerciseId, c.authorId]).toEqual([r.competencyId, r.candidateId, r.exerciseId, r.authorId]);
			}
		}
		expect(demo.ratings.filter((r) => r.level === NOT_OBSERVED)).toHaveLength(4);
	});

	it('builds in the rater effects: a lenient assessor, one avoiding extremes, a coach favouring their candidate', () => {
		const { assessor } = named(demo);
		const an = submittedLevels(demo, assessor('An Peeters'));
		const youssef = submittedLevels(demo, assessor('Youssef El Amrani'));
		const griet = submittedLevels(demo, assessor('Griet Van Damme'));
		expect(mean(an) - mean(griet)).toBeGreaterThan(0.3);
		const extremeShare = (xs: number[]) => xs.filter((x) => x === 1 || x === 4).length / xs.length;
		expect(extremeShare(youssef)).toBeLessThan(extremeShare(griet) / 2);

		const kevin = demo.candidates.find((c) => c.name === 'Kevin De Smet')!;
		expect(kevin.coachAssessorIds).toEqual([assessor('Griet Van Damme')]);
		const onKevin = (author: string) =>
			mean(demo.ratings.filter((r) => r.candidateId === kevin.id && r.authorId === author && r.level !== NOT_OBSERVED).map((r) => samLevelValue(r.level as SamLevelId)));
		expect(onKevin(assessor('Griet Van Damme'))).toBeGreaterThan(onKevin(assessor('Youssef El Amrani')));
	});

	it('mostly agrees within one level, with a few two-level disagreements', () => {
		const cells = new Map<string, number[]>();
		for (const r of demo.ratings) {
			if (r.level === NOT_OBSERVED) continue;
			const key = `${r.exerciseId}|${r.candidateId}|${r.competencyId}`;
			cells.set(key, [...(cells.get(key) ?? []), samLevelValue(r.level)]);
		}
		const spreads = [...cells.values()].map((v) => Math.max(...v) - Math.min(...v));
		const wide = spreads.filter((s) => s >= 2).length;
		expect(wide).toBeGreaterThanOrEqual(3);
		expect(wide / spreads.length).toBeLessThan(0.15);
	});

	it('can be decided in every cell: every assigned assessor submitted every exercise', () => {
		const candidateIds = demo.candidates.map((c) => c.id);
		const waiting = listMissingRatings({
			exercises: demo.exercises,
			assessorIds: demo.session.assessorIds,
			candidateIds,
			competencyIds: demo.session.competencyIds,
			assignments: demo.assignments,
			ratings: demo.ratings
		}).filter((m) => m.state !== 'skipped');
		expect(waiting).toEqual([]);
	});

	it('has a few ratings submitted before the exercise ended', () => {
		const ends = new Map(demo.exercises.map((e) => [e.id, Date.parse(e.endedAt!)]));
		const early = demo.ratings.filter((r) => Date.parse(r.submittedAt!) < ends.get(r.exerciseId)!);
		expect(early).toHaveLength(3);
		expect(new Set(early.map((r) => r.authorId))).toEqual(new Set([named(demo).assessor('Youssef El Amrani')]));
	});

	it('leaves out competencies the profile does not have', () => {
		const small = makeTestProfile(['initiatief', 'samenwerken', 'nauwkeurigheid']);
		const d = makeDemoAssessment({ profile: small, seed: 1, now: NOW });
		expect(d.session.competencyIds).toEqual(['samenwerken', 'initiatief', 'nauwkeurigheid']);
		expect(d.ratings.every((r) => ['samenwerken', 'initiatief', 'nauwkeurigheid'].includes(r.competencyId))).toBe(true);
	});

	it('takes exercise names and instructions from the exercise library when given', () => {
		const d = makeDemoAssessment({
			profile,
			seed: 42,
			now: NOW,
			exercises: [{ id: 'kookopdracht', name: 'Kookopdracht grootkeuken', durationMinutes: 120, setting: '', instructions: 'Kook.', suggestedCompetencies: [], provenance: 'draaiboek' }]
		});
		expect(d.exercises[2]).toMatchObject({ name: 'Kookopdracht grootkeuken', durationMinutes: 90, instructions: 'Kook.' });
	});

	it('refuses an invalid now', () => {
		expect(() => makeDemoAssessment({ profile, seed: 1, now: 'gisteren' })).toThrow(/geen geldige datum/);
	});
});
