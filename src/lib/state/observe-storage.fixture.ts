import { vi } from 'vitest';
import type { NoteStore } from './note-autosave.svelte';
import type { ObserveStorage } from './observe-storage';

/** The observe screen's storage in memory: notes go to `notesAbout`, the rest is kept in maps and spies. */
export function memoryObserveStorage(notesAbout: (candidateId: string) => NoteStore): ObserveStorage {
	const open = new Map<string, string>();
	const unsaved = new Map<string, string>();
	return {
		notesAbout,
		openNotes: {
			load: async () => Object.fromEntries(open),
			remember: async (candidateId, noteId) => void open.set(candidateId, noteId),
			forget: async (candidateId) => void open.delete(candidateId)
		},
		unsavedText: {
			read: (candidateId) => unsaved.get(candidateId),
			keep: (candidateId, text) => void unsaved.set(candidateId, text),
			clear: (candidateId) => void unsaved.delete(candidateId)
		},
		deleteNote: vi.fn(async () => undefined),
		restoreNote: vi.fn(async () => undefined),
		startExercise: vi.fn(async () => undefined),
		endExercise: vi.fn(async () => undefined)
	};
}
