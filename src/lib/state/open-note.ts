import { getOpenObservations, setOpenObservation, type OpenObservations } from '$lib/db/observations.repo';

/**
 * Which note is open in the observe editor, per exercise × assessor × candidate, so the editor reopens the same
 * note with its text after a reload, a crash or a browser restart. Failing to remember only loses the reopening
 * (the note then shows among the finished notes), never the text: errors are swallowed here on purpose.
 */
export interface OpenNotes {
	/** Candidate id → the id of the note open for that candidate. */
	load(): Promise<OpenObservations>;
	remember(candidateId: string, noteId: string): Promise<void>;
	forget(candidateId: string): Promise<void>;
}

export function openNotesOf(exerciseId: string, assessorId: string): OpenNotes {
	return {
		load: () => getOpenObservations(exerciseId, assessorId).catch(() => ({})),
		remember: (candidateId, noteId) => setOpenObservation(exerciseId, assessorId, candidateId, noteId).catch(() => undefined),
		forget: (candidateId) => setOpenObservation(exerciseId, assessorId, candidateId, undefined).catch(() => undefined)
	};
}

/**
 * Text the database refused (full storage), kept in localStorage until a write succeeds: localStorage has its
 * own quota apart from IndexedDB's, so leaving the screen or reloading while the tablet is full keeps the text.
 */
const UNSAVED_PREFIX = 'wakker-unsaved-note';

function unsavedKey(exerciseId: string, assessorId: string, candidateId: string): string {
	return `${UNSAVED_PREFIX}:${exerciseId}:${assessorId}:${candidateId}`;
}

export interface UnsavedNoteText {
	read(candidateId: string): string | undefined;
	keep(candidateId: string, text: string): void;
	clear(candidateId: string): void;
}

export function unsavedNoteTextOf(exerciseId: string, assessorId: string): UnsavedNoteText {
	const storage = (): Storage | undefined => {
		try {
			return globalThis.localStorage ?? undefined;
		} catch {
			return undefined;
		}
	};
	return {
		read: (candidateId) => {
			try {
				return storage()?.getItem(unsavedKey(exerciseId, assessorId, candidateId)) ?? undefined;
			} catch {
				return undefined;
			}
		},
		keep: (candidateId, text) => {
			try {
				storage()?.setItem(unsavedKey(exerciseId, assessorId, candidateId), text);
			} catch {
				// Both stores full: the text stays on screen with the notice offering to copy it.
			}
		},
		clear: (candidateId) => {
			try {
				storage()?.removeItem(unsavedKey(exerciseId, assessorId, candidateId));
			} catch {
				// A leftover copy is harmless: it equals or precedes what the database holds.
			}
		}
	};
}
