import { describe, expect, it } from 'vitest';
import doneProfile from '../../../../rubrics/done-profiel.json';
import noteCoach from '../../../../rubrics/notitiecoach.json';
import exerciseLibrary from '../../../../rubrics/oefeningen.json';
import { lintObservation } from '../observation/note-coach';
import { CompetencyProfile, ExerciseLibrary, NoteCoachLexicon } from '../rubric';
import { DEMO_SEED, makeDemoAssessment } from './make-demo-assessment';
import { DEMO_GENERAL_NOTES, DEMO_INTERPRETIVE_NOTES, DEMO_NOTES } from './demo-notes';

const profile = CompetencyProfile.parse(doneProfile);
const lexicon = NoteCoachLexicon.parse(noteCoach);
const library = ExerciseLibrary.parse(exerciseLibrary);
const demo = makeDemoAssessment({ profile, exercises: library.exercises, seed: DEMO_SEED, now: '2026-03-20T10:00:00.000Z' });

describe('the demo with the shipped rubrics', () => {
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
