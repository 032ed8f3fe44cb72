import { describe, expect, it } from 'vitest';
import { NoteAutosave, type NoteStore } from './note-autosave.svelte';

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

/** A store whose saves wait until the test opens the gate, one save per opening. */
function gatedStore() {
	const writes: string[] = [];
	const waiting: Array<() => void> = [];
	let opened = 0;
	let current = 0;
	let max = 0;
	const store: NoteStore = {
		create: async () => 'n1',
		save: async (_, text) => {
			writes.push(text);
			current++;
			max = Math.max(max, current);
			if (opened > 0) opened--;
			else await new Promise<void>((r) => waiting.push(r));
			current--;
			return true;
		}
	};
	const gate = {
		open() {
			const next = waiting.shift();
			if (next) next();
			else opened++;
		}
	};
	return { store, gate, writes, inFlight: () => current, maxInFlight: () => max };
}

describe('NoteAutosave', () => {
	it('creates the note at the first keystroke and stores the latest text', async () => {
		const { store, saved, calls } = memoryStore();
		const draft = new NoteAutosave(store);
		draft.input('Z');
		draft.input('Ze');
		draft.input('Zet');
		await draft.flush();
		expect(saved.get('n1')).toBe('Zet');
		expect(calls.filter((c) => c.startsWith('create:'))).toHaveLength(1);
		expect(draft.status).toBe('bewaard');
		expect(draft.id).toBe('n1');
	});

	it('keeps at most one write in flight and writes the latest text as soon as it has committed', async () => {
		const { store, gate, inFlight, maxInFlight, writes } = gatedStore();
		const draft = new NoteAutosave(store, { id: 'n1', text: '' });
		draft.input('Z');
		draft.input('Ze');
		draft.input('Zet');
		expect(inFlight()).toBe(1);
		expect(writes).toEqual(['Z']);
		expect(draft.status).toBe('bewaren');
		gate.open();
		await wait(0);
		// Continuous typing: the next write starts at once with the latest text, the ones in between are skipped.
		expect(writes).toEqual(['Z', 'Zet']);
		draft.input('Zet ');
		draft.input('Zet d');
		gate.open();
		await wait(0);
		expect(writes).toEqual(['Z', 'Zet', 'Zet d']);
		gate.open();
		await draft.flush();
		expect(maxInFlight()).toBe(1);
		expect(draft.status).toBe('bewaard');
	});

	it('writes without waiting for a pause in typing', async () => {
		const { store, saved } = memoryStore();
		const draft = new NoteAutosave(store, { id: 'n1', text: '' });
		const typed = 'Zet de dozen op de kar';
		for (let i = 1; i <= typed.length; i++) {
			draft.input(typed.slice(0, i));
			// A write commits within a few ticks; the text typed so far is stored while typing goes on.
			await wait(0);
			expect(saved.get('n1')).toBe(typed.slice(0, i));
		}
	});

	it('flush during a write resolves once the latest text is stored', async () => {
		const { store, gate, writes } = gatedStore();
		const draft = new NoteAutosave(store, { id: 'n1', text: '' });
		draft.input('Z');
		draft.input('Zet');
		const flushed = draft.flush();
		gate.open();
		await wait(0);
		gate.open();
		await flushed;
		expect(writes).toEqual(['Z', 'Zet']);
		expect(draft.status).toBe('bewaard');
	});

	it('does not create a note of only spaces', async () => {
		const { store, calls } = memoryStore();
		const draft = new NoteAutosave(store);
		draft.input('   ');
		await draft.flush();
		expect(calls).toEqual([]);
		expect(draft.status).toBe('leeg');
		draft.input('   Z');
		await draft.flush();
		expect(calls).toEqual(['create:   Z:true']);
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
