import { lintObservation } from '../observation/note-coach';
import type { NoteCoachLexicon } from '../rubric/note-coach.schema';
import type { PracticeNote } from './practice-work';

/** Notes in which the note coach finds at least one interpreting word (WAKKER: observe, do not interpret). */
export function countInterpretingNotes(notes: readonly PracticeNote[], lexicon: NoteCoachLexicon): number {
	return notes.filter((n) => n.text.trim() !== '' && lintObservation(n.text, lexicon).length > 0).length;
}
