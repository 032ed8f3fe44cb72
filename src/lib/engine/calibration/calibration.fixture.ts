import type { CalibrationCase } from '../rubric/calibration-case.schema';
import type { SamLevelId } from '../rubric/sam-scale';
import type { SubmittedPractice } from './calibration-profile';
import type { RatingLevel } from '../model/observation';

/** A small case for tests: three competencies, four evidence sentences. */
export const miniCase: CalibrationCase = {
	kind: 'calibration-case',
	id: 'test-casus',
	version: '1.0.0',
	title: 'Testcasus',
	description: '',
	focus: 'Oefent het onderscheid tussen niveaus.',
	language: 'nl-BE',
	source: '',
	provenance: 'project',
	profile: { id: 'done-profiel', version: '1.0.0' },
	exercise: { templateId: 'magazijn-stock', name: 'Magazijn', durationMinutes: 90 },
	candidate: { name: 'Test (fictief)', context: '' },
	vignette: [
		{ id: 's1', minute: 1, text: 'Telt alle dozen na.' },
		{ id: 's2', minute: 5, text: 'Meldt dat er twee dozen ontbreken.' },
		{ id: 's3', minute: 9, text: 'Zet de rolcontainer klaar.' },
		{ id: 's4', minute: 12, text: 'Vraagt om een nieuwe order.' }
	],
	reference: {
		panel: 'Testpanel',
		ratings: [
			{ competencyId: 'nauwkeurigheid', level: 'goed', reason: 'kijkt na', evidence: [{ sentenceId: 's1', indicatorId: 'eigen-werk-nakijken' }] },
			{
				competencyId: 'initiatief',
				level: 'goed',
				reason: 'meldt',
				evidence: [
					{ sentenceId: 's2', indicatorId: 'problemen-melden' },
					{ sentenceId: 's4', indicatorId: 'taak-afronden' }
				]
			},
			{ competencyId: 'werkorganisatie', level: 'matig', reason: 'zet klaar', evidence: [{ sentenceId: 's3', indicatorId: 'klaarzetten' }] }
		]
	}
};

/** A case whose reference gives the listed levels to competencies c1, c2, … (evidence: one sentence each). */
export function caseWithReference(id: string, levels: readonly SamLevelId[]): CalibrationCase {
	return {
		...miniCase,
		id,
		vignette: levels.map((_, i) => ({ id: `s${i + 1}`, minute: i, text: `Zin ${i + 1}.` })),
		reference: {
			panel: 'Testpanel',
			ratings: levels.map((level, i) => ({ competencyId: `c${i + 1}`, level, reason: 'r', evidence: [{ sentenceId: `s${i + 1}`, indicatorId: 'x' }] }))
		}
	};
}

/** A submitted attempt giving `own[i]` to competency c(i+1), with one note per sentence, all classified. */
export function practiceOf(calibrationCase: CalibrationCase, own: readonly RatingLevel[], interpretingNoteCount = 0): SubmittedPractice {
	return {
		calibrationCase,
		interpretingNoteCount,
		work: {
			notes: calibrationCase.vignette.map((s) => ({ id: `n-${s.id}`, text: s.text, sentenceIds: [s.id] })),
			classifications: calibrationCase.vignette.map((s, i) => ({ noteId: `n-${s.id}`, competencyId: `c${i + 1}` })),
			ratings: own.map((level, i) => ({ competencyId: `c${i + 1}`, level, reason: 'r' }))
		}
	};
}
