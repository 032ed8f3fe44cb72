import { getCompetencyProfile, getRubricContent, listRubricVersions } from '$lib/db/rubrics.repo';
import { listCalibrationAttempts } from '$lib/db/calibration.repo';
import { listAssessors } from '$lib/db/assessors.repo';
import { computeCalibrationProfile, countInterpretingNotes, type CalibrationProfile, type SubmittedPractice } from '$lib/engine/calibration';
import type { Assessor, CalibrationAttempt } from '$lib/engine/model';
import type { CalibrationCase, CompetencyProfile, NoteCoachLexicon } from '$lib/engine/rubric';
import { loadNoteCoachLexicon } from './session-rubrics';

/** A case that can be practised: its stored key (`id@version`), content and the profile its reference uses. */
export interface PractisableCase {
	readonly key: string;
	readonly calibrationCase: CalibrationCase;
	readonly profile: CompetencyProfile;
}

/** A stored case whose reference does not fit its profile: listed with the reason, never practised. */
export interface UnusableCase {
	readonly key: string;
	readonly title: string;
	readonly problems: readonly string[];
}

export interface CalibrationCatalogue {
	readonly cases: readonly PractisableCase[];
	readonly unusable: readonly UnusableCase[];
	readonly lexicon: NoteCoachLexicon | undefined;
}

/** Every problem of a case against its competency profile (an organisation's own case may name a wrong row). */
export function checkCaseAgainstProfile(c: CalibrationCase, profile: CompetencyProfile | undefined): string[] {
	if (!profile) return [`het competentieprofiel ${c.profile.id}@${c.profile.version} staat niet op deze tablet`];
	return c.reference.ratings.flatMap((r) => {
		const competency = profile.competencies.find((k) => k.id === r.competencyId);
		if (!competency) return [`competentie "${r.competencyId}" staat niet in ${profile.title}`];
		return r.evidence
			.filter((e) => !competency.indicators.some((i) => i.id === e.indicatorId))
			.map((e) => `gedragsindicator "${e.indicatorId}" bestaat niet bij ${competency.name}`);
	});
}

export async function loadCalibrationCatalogue(): Promise<CalibrationCatalogue> {
	const records = await listRubricVersions('calibration-case');
	const cases: PractisableCase[] = [];
	const unusable: UnusableCase[] = [];
	for (const record of records) {
		const calibrationCase = await getRubricContent(record.id, 'calibration-case');
		if (!calibrationCase) continue;
		const profile = await getCompetencyProfile(`${calibrationCase.profile.id}@${calibrationCase.profile.version}`);
		const problems = checkCaseAgainstProfile(calibrationCase, profile);
		if (problems.length > 0 || !profile) unusable.push({ key: record.id, title: record.title, problems });
		else cases.push({ key: record.id, calibrationCase, profile });
	}
	return { cases, unusable, lexicon: await loadNoteCoachLexicon() };
}

export interface AssessorCalibration {
	readonly assessor: Assessor;
	readonly attempts: readonly CalibrationAttempt[];
	readonly profile: CalibrationProfile;
}

/** Submitted attempts as the engine's input; attempts on a case no longer on this tablet are left out. */
export function toSubmittedPractice(
	attempts: readonly CalibrationAttempt[],
	catalogue: CalibrationCatalogue
): SubmittedPractice[] {
	const byKey = new Map(catalogue.cases.map((c) => [c.key, c.calibrationCase]));
	return attempts.flatMap((a) => {
		const calibrationCase = byKey.get(a.caseKey);
		if (!a.submittedAt || !calibrationCase) return [];
		return [{ calibrationCase, work: a, interpretingNoteCount: catalogue.lexicon ? countInterpretingNotes(a.notes, catalogue.lexicon) : 0 }];
	});
}

/** Per assessor on this tablet: their attempts and their profile over the submitted ones. */
export async function loadAssessorCalibrations(catalogue: CalibrationCatalogue): Promise<AssessorCalibration[]> {
	const [assessors, attempts] = await Promise.all([listAssessors(), listCalibrationAttempts()]);
	return assessors.map((assessor) => {
		const own = attempts.filter((a) => a.assessorId === assessor.id);
		return { assessor, attempts: own, profile: computeCalibrationProfile(toSubmittedPractice(own, catalogue)) };
	});
}
