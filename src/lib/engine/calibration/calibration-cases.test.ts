import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRubricText } from '../rubric/rubric-file';
import { CalibrationCase } from '../rubric/calibration-case.schema';
import { CompetencyProfile } from '../rubric/competency-profile.schema';
import { ExerciseLibrary } from '../rubric/exercise-library.schema';
import { SAM_LEVEL_IDS } from '../rubric/sam-scale';

const FOLDER = join(process.cwd(), 'rubrics', 'kalibratie');
const files = readdirSync(FOLDER).filter((f) => f.endsWith('.json')).sort();
const read = (path: string) => {
	const result = parseRubricText(readFileSync(path, 'utf8'), path);
	if (!result.ok) throw new Error(result.problems.join('\n'));
	return result.rubric;
};
const cases = files.map((f) => CalibrationCase.parse(read(join(FOLDER, f))));
const profile = CompetencyProfile.parse(read(join(process.cwd(), 'rubrics', 'done-profiel.json')));
const library = ExerciseLibrary.parse(read(join(process.cwd(), 'rubrics', 'oefeningen.json')));

describe('the calibration cases in rubrics/kalibratie/', () => {
	it('are at least nine, three for each exercise of the draaiboek', () => {
		expect(cases.length).toBeGreaterThanOrEqual(9);
		for (const exercise of library.exercises) {
			expect(cases.filter((c) => c.exercise.templateId === exercise.id).length, exercise.id).toBeGreaterThanOrEqual(3);
		}
	});

	it('cover the whole SAM scale, with clearly low performance in every exercise', () => {
		const levels = new Set(cases.flatMap((c) => c.reference.ratings.map((r) => r.level)));
		expect([...levels].sort()).toEqual([...SAM_LEVEL_IDS].sort());
		for (const exercise of library.exercises) {
			const ofExercise = cases.filter((c) => c.exercise.templateId === exercise.id);
			expect(ofExercise.some((c) => c.reference.ratings.filter((r) => r.level === 'onvoldoende').length >= 2), exercise.id).toBe(true);
		}
	});

	it('use only competencies and indicator rows of the profile they name, and the exercise duration of the library', () => {
		for (const c of cases) {
			expect(`${c.profile.id}@${c.profile.version}`).toBe(`${profile.id}@${profile.version}`);
			const template = library.exercises.find((e) => e.id === c.exercise.templateId);
			expect(template?.durationMinutes, c.id).toBe(c.exercise.durationMinutes);
			for (const rating of c.reference.ratings) {
				const competency = profile.competencies.find((k) => k.id === rating.competencyId);
				expect(competency, `${c.id}: ${rating.competencyId}`).toBeDefined();
				for (const e of rating.evidence) expect(competency!.indicators.map((i) => i.id), `${c.id}: ${e.indicatorId}`).toContain(e.indicatorId);
			}
		}
	});

	it('are marked as written for this app, with fictional candidates', () => {
		for (const c of cases) {
			expect(c.provenance).toBe('project');
			expect(c.candidate.name).toMatch(/fictief/);
		}
	});
});

describe('CalibrationCase schema', () => {
	const valid = structuredClone(cases[0]!) as Record<string, unknown> & CalibrationCase;

	it('refuses evidence pointing at a sentence that is not in the vignette, naming the path', () => {
		const broken = structuredClone(valid);
		broken.reference.ratings[0]!.evidence[0]!.sentenceId = 's999';
		const result = parseRubricText(JSON.stringify(broken), 'eigen-casus.json');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.join('\n')).toMatch(/eigen-casus\.json: reference\.ratings\[0\]\.evidence\[0\]\.sentenceId: verwijst naar zin "s999"/);
	});

	it('refuses sentences out of time order and a competency rated twice', () => {
		const broken = structuredClone(valid);
		broken.vignette[1]!.minute = 0;
		broken.vignette[0]!.minute = 5;
		broken.reference.ratings.push(structuredClone(broken.reference.ratings[0]!));
		const result = parseRubricText(JSON.stringify(broken), 'x.json');
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problems.join('\n')).toMatch(/vignette\[1\]\.minute: komt vóór de vorige zin/);
			expect(result.problems.join('\n')).toMatch(/staat twee keer in de referentie/);
		}
	});
});
