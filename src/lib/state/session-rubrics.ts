import { type CompetencyProfile, type ExerciseLibrary, type NoteCoachLexicon, type TargetJob } from '$lib/engine/rubric';
import type { TargetJobRef } from '$lib/engine/model';
import type { TargetJobEntry } from '$lib/engine/target';
import { getCompetencyProfile, getRubricContent, listRubricVersions, listTargetJobEntries } from '$lib/db/rubrics.repo';

/** The competency profile a session is scored with (its exact `id@version`). */
export async function loadSessionProfile(rubricVersionId: string): Promise<CompetencyProfile | undefined> {
	return getCompetencyProfile(rubricVersionId);
}

/** The newest stored rubric of a kind (a kind has one built-in file; an organisation may import a newer one). */
async function loadNewestOfKind<K extends 'note-coach' | 'exercise-library'>(kind: K) {
	const [newest] = (await listRubricVersions(kind)).sort((a, b) => b.storedAt.localeCompare(a.storedAt));
	return newest ? getRubricContent(newest.id, kind) : undefined;
}

export const loadNoteCoachLexicon = (): Promise<NoteCoachLexicon | undefined> => loadNewestOfKind('note-coach');
export const loadExerciseLibrary = (): Promise<ExerciseLibrary | undefined> => loadNewestOfKind('exercise-library');

/** Competency profiles to choose from when setting up a session. */
export async function listProfileVersions(): Promise<{ id: string; title: string }[]> {
	return (await listRubricVersions('competency-profile')).map((r) => ({ id: r.id, title: `${r.title} (${r.version})` }));
}

/** A job a candidate's target can point at: from a functieprofielen file made for the session's competency profile. */
export interface TargetJobOption {
	readonly ref: TargetJobRef;
	readonly job: TargetJob;
	/** "Magazijnmedewerker (Functieprofielen (voorbeelden) 1.0.0)". */
	readonly label: string;
}

/** Every stored job whose file names the session's competency profile (`id@version`), in file then job order. */
export async function loadTargetJobs(profileKey: string): Promise<TargetJobOption[]> {
	return (await listTargetJobEntries())
		.filter((e) => e.profileKey === profileKey)
		.map((e) => ({ ref: { profilesKey: e.profilesKey, jobId: e.job.id }, job: e.job, label: `${e.job.job} (${e.title} ${e.version})` }));
}

/** The same jobs as the comparison with a candidate reads them. */
export async function loadTargetJobEntries(profileKey: string): Promise<TargetJobEntry[]> {
	return (await loadTargetJobs(profileKey)).map((o) => ({ profilesKey: o.ref.profilesKey, job: o.job }));
}
