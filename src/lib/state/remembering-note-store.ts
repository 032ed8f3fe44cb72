import type { NoteStore } from './note-autosave.svelte';
import type { OpenNotes, UnsavedNoteText } from './open-note';

/**
 * The store of a candidate's open note on the observe screen: it remembers the note as open once it is created
 * (to reopen it after a restart), keeps text a write refused by throwing (full storage) aside until a write
 * succeeds, and passes everything else through.
 */
export function rememberingNoteStore({
	base,
	candidateId,
	openNotes,
	unsavedText
}: {
	base: NoteStore;
	candidateId: string;
	openNotes: OpenNotes;
	unsavedText: UnsavedNoteText;
}): NoteStore {
	let keptUnsaved = unsavedText.read(candidateId) !== undefined;

	async function guarded<T>(text: string, write: () => Promise<T>): Promise<T> {
		try {
			const result = await write();
			if (keptUnsaved && result) {
				unsavedText.clear(candidateId);
				keptUnsaved = false;
			}
			return result;
		} catch (error) {
			unsavedText.keep(candidateId, text);
			keptUnsaved = true;
			throw error;
		}
	}

	return {
		create: (text, observedAt) =>
			guarded(text, async () => {
				const id = await base.create(text, observedAt);
				if (id) await openNotes.remember(candidateId, id);
				return id;
			}),
		save: (id, text) => guarded(text, () => base.save(id, text))
	};
}
