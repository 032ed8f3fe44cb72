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
