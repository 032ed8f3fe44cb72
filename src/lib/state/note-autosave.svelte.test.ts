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

	it('keeps the text and reports a full storage when a save throws, and stores it on retry', async () => {
		let full = true;
		const saved: string[] = [];
		const store: NoteStore = {
			create: async () => 'n1',
			save: async (_, text) => {
				if (full) throw Object.assign(new Error('AbortError'), { name: 'AbortError', inner: new DOMException('vol', 'QuotaExceededError') });
				saved.push(text);
				return true;
			}
		};
		const draft = new NoteAutosave(store, { id: 'n1', text: 'a' });
		draft.input('ab');
		await expect(draft.flush()).resolves.toBeUndefined();
		expect(draft.text).toBe('ab');
		expect(draft.failure).toBe('vol');
		expect(draft.status).toBe('fout');
		full = false;
		await draft.retry();
		expect(saved).toEqual(['ab']);
		expect(draft.failure).toBeUndefined();
		expect(draft.status).toBe('bewaard');
	});

	it('creates the note again at the next keystroke, with the first keystroke’s time, after the create threw', async () => {
		const creates: { text: string; observedAt: string }[] = [];
		let fails = true;
		const store: NoteStore = {
			create: async (text, observedAt) => {
				creates.push({ text, observedAt });
				if (fails) throw new DOMException('vol', 'QuotaExceededError');
				return 'n1';
			},
			save: async () => true
		};
		const draft = new NoteAutosave(store);
		draft.input('Z');
		await wait(5);
		expect(draft.failure).toBe('vol');
		expect(draft.id).toBeUndefined();
		fails = false;
		draft.input('Ze');
		await wait(5);
		expect(draft.id).toBe('n1');
		expect(draft.failure).toBeUndefined();
		expect(creates.map((c) => c.text)).toEqual(['Z', 'Ze']);
		expect(creates[1]!.observedAt).toBe(creates[0]!.observedAt);
	});

	it('names an unknown write error as such', async () => {
		const draft = new NoteAutosave({ create: async () => 'n1', save: async () => Promise.reject(new Error('kapot')) }, { id: 'n1', text: 'a' });
		draft.input('b');
		await draft.flush();
		expect(draft.failure).toBe('onbekend');
		expect(draft.text).toBe('b');
	});
});
