import { describe, expect, it } from 'vitest';
import doneProfile from '../../../../rubrics/done-profiel.json';
import noteCoach from '../../../../rubrics/notitiecoach.json';
import exerciseLibrary from '../../../../rubrics/oefeningen.json';
import functieprofielen from '../../../../rubrics/functieprofielen.json';
import { lintObservation } from '../observation/note-coach';
import { CompetencyProfile, ExerciseLibrary, NoteCoachLexicon, TargetProfiles, rubricKey, samLevelValue, type SamLevelId } from '../rubric';
import { NOT_OBSERVED } from '../model';
import { diagnoseSession } from '../diagnostics';
import { DEMO_SEED, makeDemoAssessment } from './make-demo-assessment';
import { DEMO_GENERAL_NOTES, DEMO_INTERPRETIVE_NOTES, DEMO_NOTES } from './demo-notes';

const profile = CompetencyProfile.parse(doneProfile);
const lexicon = NoteCoachLexicon.parse(noteCoach);
const library = ExerciseLibrary.parse(exerciseLibrary);
const demo = makeDemoAssessment({ profile, exercises: library.exercises, seed: DEMO_SEED, now: '2026-03-20T10:00:00.000Z' });

describe('the demo with the shipped rubrics', () => {
	it('points every candidate\'s job target at a shipped functieprofiel for its own competency profile', () => {
		const jobs = TargetProfiles.parse(functieprofielen);
		expect(rubricKey(jobs.profile)).toBe(demo.session.rubricVersionId);
		const withJobs = makeDemoAssessment({ profile, seed: DEMO_SEED, now: '2026-03-20T10:00:00.000Z', targetProfilesKey: rubricKey(jobs) });
		for (const c of withJobs.candidates) expect(jobs.jobs.map((j) => j.id)).toContain(c.targetJob?.jobId);
		expect(demo.candidates.every((c) => c.targetJob === undefined)).toBe(true);
	});

	it('is scored with the DOne profile and uses its indicator rows', () => {
		expect(demo.session.rubricVersionId).toBe('done-profiel@1.0.0');
		const rows = new Map(profile.competencies.map((c) => [c.id, new Set(c.indicators.map((r) => r.id))]));
		for (const c of demo.classifications) expect(rows.get(c.competencyId)?.has(c.indicatorId!)).toBe(true);
	});

	it('gives the note coach exactly the interpretive notes to flag, and no factual note', () => {
		const flagged = [...new Set(demo.observations.filter((o) => lintObservation(o.text, lexicon).length > 0).map((o) => o.text))];
		expect(flagged.sort()).toEqual([...DEMO_INTERPRETIVE_NOTES].sort());
	});

	it('writes every factual note of its note bank so the note coach has nothing to say about it', () => {
		const factual = [...Object.values(DEMO_NOTES).flatMap((notes) => notes.map((n) => n.text)), ...DEMO_GENERAL_NOTES];
		expect(factual.filter((text) => lintObservation(text, lexicon).length > 0)).toEqual([]);
		for (const text of DEMO_INTERPRETIVE_NOTES) expect(lintObservation(text, lexicon).length).toBeGreaterThan(0);
	});

	it('names its exercises after the exercise library', () => {
		for (const e of demo.exercises) expect(e.name).toBe(library.exercises.find((t) => t.id === e.templateId)!.name);
	});
});

describe('the demo seen by the rater diagnostics', () => {
	const byName = (name: string) => demo.assessors.find((a) => a.name === name)!.id;
	const kevin = demo.candidates.find((c) => c.name === 'Kevin De Smet')!;
	const ratings = demo.ratings
		.filter((r) => r.level !== NOT_OBSERVED)
		.map((r) => ({ candidateId: r.candidateId, competencyId: r.competencyId, assessorId: r.authorId, exerciseId: r.exerciseId, level: samLevelValue(r.level as SamLevelId) }));
	const result = diagnoseSession(ratings, { coachesByCandidate: Object.fromEntries(demo.candidates.map((c) => [c.id, c.coachAssessorIds])) });

	it('finds the lenient assessor, the one avoiding extremes, and the coach favouring their candidate', () => {
		if (!result.ok) throw new Error(result.reason);
		const flags = result.value.flags.map((f) => `${f.kind} ${f.assessorId ?? '-'} ${f.candidateId ?? '-'}`);
		expect(flags).toContain(`overwaarderen ${byName('An Peeters')} -`);
		expect(flags).toContain(`extreme-scores-vermijden ${byName('Youssef El Amrani')} -`);
		expect(flags.filter((f) => f.endsWith(`${byName('Griet Van Damme')} ${kevin.id}`))).toHaveLength(1);
		// Nothing else is said about an assessor: the effects were built in one each.
		expect(result.value.flags.filter((f) => f.assessorId !== undefined)).toHaveLength(3);
	});
});
