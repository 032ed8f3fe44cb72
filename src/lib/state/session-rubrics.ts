import type { CompetencyProfile, ExerciseLibrary, NoteCoachLexicon } from '$lib/engine/rubric';
import { ensureBuiltinRubrics, getCompetencyProfile, getRubricContent, listRubricVersions } from '$lib/db/rubrics.repo';

/** The competency profile a session is scored with (its exact `id@version`). */
export async function loadSessionProfile(rubricVersionId: string): Promise<CompetencyProfile | undefined> {
	await ensureBuiltinRubrics();
	return getCompetencyProfile(rubricVersionId);
}

/** The newest stored rubric of a kind (a kind has one built-in file; an organisation may import a newer one). */
async function loadNewestOfKind<K extends 'note-coach' | 'exercise-library'>(kind: K) {
	await ensureBuiltinRubrics();
	const [newest] = (await listRubricVersions(kind)).sort((a, b) => b.storedAt.localeCompare(a.storedAt));
	return newest ? getRubricContent(newest.id, kind) : undefined;
}

export const loadNoteCoachLexicon = (): Promise<NoteCoachLexicon | undefined> => loadNewestOfKind('note-coach');
export const loadExerciseLibrary = (): Promise<ExerciseLibrary | undefined> => loadNewestOfKind('exercise-library');

/** Competency profiles to choose from when setting up a session. */
export async function listProfileVersions(): Promise<{ id: string; title: string }[]> {
	await ensureBuiltinRubrics();
	return (await listRubricVersions('competency-profile')).map((r) => ({ id: r.id, title: `${r.title} (${r.version})` }));
}
