import { describe, expect, it } from 'vitest';
import { CurrentAssessors, type ChosenAssessorStorage } from './current-assessor.svelte';

const GENT = 'session-gent';
const AALST = 'session-aalst';
const AN = 'assessor-an';
const YOUSSEF = 'assessor-youssef';

function memoryStorage(initial: Record<string, string> = {}) {
	const stored = new Map(Object.entries(initial));
	let reads = 0;
	const storage: ChosenAssessorStorage = {
		get: async (sessionId) => {
			reads += 1;
			return stored.get(sessionId);
		},
		set: async (sessionId, id) => {
			if (id) stored.set(sessionId, id);
			else stored.delete(sessionId);
		}
	};
	return { storage, stored, reads: () => reads };
}

describe('"Ik ben" per assessment-center', () => {
	it('remembers one choice per session: choosing in one leaves the other as it was', async () => {
		const { storage, stored } = memoryStorage({ [GENT]: AN });
		const current = new CurrentAssessors(storage);
		await Promise.all([current.load(GENT), current.load(AALST)]);
		expect(current.chosenIn(GENT)).toBe(AN);
		expect(current.chosenIn(AALST)).toBeUndefined();

		await current.set(AALST, YOUSSEF);
		expect(current.chosenIn(AALST)).toBe(YOUSSEF);
		expect(current.chosenIn(GENT)).toBe(AN);
		expect(Object.fromEntries(stored)).toEqual({ [GENT]: AN, [AALST]: YOUSSEF });
	});

	it('reads a choice made on an earlier visit back after a reload (a fresh controller)', async () => {
		const { storage } = memoryStorage();
		await new CurrentAssessors(storage).set(GENT, YOUSSEF);
		const afterReload = new CurrentAssessors(storage);
		expect(afterReload.isLoaded(GENT)).toBe(false);
		expect(await afterReload.read(GENT)).toBe(YOUSSEF);
		expect(afterReload.isLoaded(GENT)).toBe(true);
	});

	it('acts as nobody in a session the chosen person is no assessor of (any more)', async () => {
		const { storage } = memoryStorage({ [GENT]: AN });
		const current = new CurrentAssessors(storage);
		await current.load(GENT);
		expect(current.idIn(GENT, [AN, YOUSSEF])).toBe(AN);
		expect(current.idIn(GENT, [YOUSSEF])).toBeUndefined();
		expect(current.idIn(GENT, undefined)).toBeUndefined();
	});

	it('forgets the choice with "Iemand anders?"', async () => {
		const { storage, stored } = memoryStorage({ [GENT]: AN });
		const current = new CurrentAssessors(storage);
		await current.load(GENT);
		await current.set(GENT, undefined);
		expect(current.chosenIn(GENT)).toBeUndefined();
		expect(current.isLoaded(GENT)).toBe(true);
		expect(stored.has(GENT)).toBe(false);
	});

	it('reads each session once, however many screens ask', async () => {
		const { storage, reads } = memoryStorage({ [GENT]: AN });
		const current = new CurrentAssessors(storage);
		await Promise.all([current.load(GENT), current.load(GENT), current.read(GENT)]);
		expect(reads()).toBe(1);
	});

	it('keeps a choice made while the stored one was still being read', async () => {
		let release: (id: string | undefined) => void = () => {};
		const storage: ChosenAssessorStorage = {
			get: () => new Promise((resolve) => (release = resolve)),
			set: async () => {}
		};
		const current = new CurrentAssessors(storage);
		const loading = current.load(GENT);
		await current.set(GENT, YOUSSEF);
		release(AN);
		await loading;
		expect(current.chosenIn(GENT)).toBe(YOUSSEF);
	});

	it('reads again after a failed read instead of keeping the failure', async () => {
		let fail = true;
		const storage: ChosenAssessorStorage = {
			get: async () => {
				if (fail) throw new Error('IndexedDB niet beschikbaar');
				return AN;
			},
			set: async () => {}
		};
		const current = new CurrentAssessors(storage);
		await expect(current.load(GENT)).rejects.toThrow('IndexedDB');
		expect(current.isLoaded(GENT)).toBe(false);
		fail = false;
		expect(await current.read(GENT)).toBe(AN);
	});
});
