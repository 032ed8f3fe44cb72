import { getCalibrationAttempt, savePracticeWork, submitCalibrationAttempt } from '$lib/db/calibration.repo';
import type { NoteCoachLexicon } from '$lib/engine/rubric';
import { loadCalibrationCatalogue, type PractisableCase } from './calibration-catalogue';
import { CalibrationPractice, type PracticeStore } from './calibration-practice.svelte';

/** The app's storage for practice work. */
export const practiceStore: PracticeStore = {
	save: (id, work) => savePracticeWork(id, work),
	submit: (id) => submitCalibrationAttempt(id)
};

export type LoadedPractice =
	| { found: true; item: PractisableCase; practice: CalibrationPractice; lexicon: NoteCoachLexicon | undefined }
	| { found: false; message: string };

/** One attempt with its case, ready to work on (or to read its feedback). */
export async function loadPractice(attemptId: string): Promise<LoadedPractice> {
	const [attempt, catalogue] = await Promise.all([getCalibrationAttempt(attemptId), loadCalibrationCatalogue()]);
	if (!attempt) return { found: false, message: 'Deze oefening bestaat niet (meer) op deze tablet.' };
	const item = catalogue.cases.find((c) => c.key === attempt.caseKey);
	if (!item) return { found: false, message: 'De casus van deze oefening staat niet (meer) op deze tablet of past niet bij zijn competentieprofiel.' };
	return { found: true, item, practice: new CalibrationPractice(practiceStore, attempt), lexicon: catalogue.lexicon };
}
