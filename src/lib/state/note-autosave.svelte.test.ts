import { describe, expect, it } from 'vitest';
import { NoteAutosave, NOTE_SAVE_DEBOUNCE_MS, type NoteStore } from './note-autosave.svelte';

function memoryStore() {
	const saved = new Map<string, string>();
	const calls: string[] = [];
	const store: NoteStore = {
		create: async (text, observedAt) => {
			calls.push(`create:${text}:${observedAt.length > 0}`);
			saved.set('n1', text);
			return 'n1';
		},
		save: async (id, text) => {
			calls.push(`save:${text}`);
			saved.set(id, text);
			return true;
		}
	};
	return { store, saved, calls };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('NoteAutosave', () => {
	it('creates the note at the first keystroke and stores the latest text within the debounce', async () => {
		const { store, saved, calls } = memoryStore();
		const draft = new NoteAutosave(store);
		draft.input('Z');
		draft.input('Ze');
		draft.input('Zet');
		await wait(NOTE_SAVE_DEBOUNCE_MS + 50);
		expect(saved.get('n1')).toBe('Zet');
		expect(calls.filter((c) => c.startsWith('create:'))).toHaveLength(1);
		expect(draft.status).toBe('bewaard');
		expect(draft.id).toBe('n1');
	});

	it('writes at once on flush (page hide)', async () => {
		const { store, saved } = memoryStore();
		const draft = new NoteAutosave(store, { id: 'n1', text: 'oud' });
		draft.input('nieuw');
		await draft.flush();
		expect(saved.get('n1')).toBe('nieuw');
	});

	it('does not create a note for an empty input', async () => {
		const { store, calls } = memoryStore();
		const draft = new NoteAutosave(store);
		draft.input('');
		await draft.flush();
		expect(calls).toEqual([]);
		expect(draft.status).toBe('leeg');
	});

	it('reports a refused save', async () => {
		const draft = new NoteAutosave({ create: async () => 'n1', save: async () => false }, { id: 'n1', text: 'a' });
		draft.input('te lang');
		await draft.flush();
		expect(draft.status).toBe('fout');
	});
});
