import { createObservation, deleteObservation, restoreObservation, saveObservationText } from '$lib/db/observations.repo';
import { endExercise, startExercise } from '$lib/db/exercises.repo';
import type { NoteStore } from './note-autosave.svelte';
import { openNotesOf, unsavedNoteTextOf, type OpenNotes, type UnsavedNoteText } from './open-note';

/**
 * Everything the observe screen stores for one assessor in one exercise, in one place: the notes as they are
 * typed, which note is open per candidate, text a full database refused, deleting with undo, and the exercise
 * clock. The screen gets it as one prop; the app passes the database, tests pass memory.
 */
export interface ObserveStorage {
	/** Where the notes about one candidate are created and saved while typing. */
	notesAbout(candidateId: string): NoteStore;
	readonly openNotes: OpenNotes;
	readonly unsavedText: UnsavedNoteText;
	deleteNote(id: string): Promise<void>;
	restoreNote(id: string): Promise<void>;
	startExercise(): Promise<unknown>;
	endExercise(): Promise<unknown>;
}

export interface ObserveScope {
	sessionId: string;
	exerciseId: string;
	/** The assessor or observer-in-training who writes. */
	authorId: string;
}

/** The observe screen's storage in this device's database (and localStorage for text the database refused). */
export function observeStorageOf({ sessionId, exerciseId, authorId }: ObserveScope): ObserveStorage {
	return {
		notesAbout: (candidateId) => ({
			create: async (text, observedAt) => {
				const result = await createObservation({ sessionId, exerciseId, candidateId, authorId, text, observedAt });
				return result.ok ? result.value.id : undefined;
			},
			save: async (id, text) => (await saveObservationText(id, text)).ok
		}),
		openNotes: openNotesOf(exerciseId, authorId),
		unsavedText: unsavedNoteTextOf(exerciseId, authorId),
		deleteNote: deleteObservation,
		restoreNote: restoreObservation,
		startExercise: () => startExercise(exerciseId),
		endExercise: () => endExercise(exerciseId)
	};
}
