import { describe, expect, it } from 'vitest';
import type { CalibrationAttempt } from '$lib/engine/model';
import { CalibrationPractice, type PracticeStore, type PracticeWorkSnapshot } from './calibration-practice.svelte';

const attempt: CalibrationAttempt = {
	id: '00000000-0000-4000-8000-000000000001',
	createdAt: '2026-12-01T09:00:00.000Z',
	updatedAt: '2026-12-01T09:00:00.000Z',
	vv: { d: 1 },
	caseKey: 'kalibratie-magazijn-karim@1.0.0',
	assessorId: '00000000-0000-4000-8000-000000000002',
	notes: [],
	classifications: [],
	ratings: []
};

/** A store whose writes finish only when the test says so, to see what is in flight. */
function slowStore() {
	const writes: { work: PracticeWorkSnapshot; done: () => void }[] = [];
	const committed: PracticeWorkSnapshot[] = [];
	const store: PracticeStore = {
		save: (_id, work) =>
			new Promise((resolve) => {
				writes.push({
					work,
					done: () => {
						committed.push(work);
						resolve({ ok: true, value: { ...attempt, ...work } });
					}
				});
			}),
		submit: () => Promise.resolve({ ok: true, value: { ...attempt, ...committed.at(-1)!, submittedAt: '2026-12-01T10:00:00.000Z' } })
	};
	return { store, writes, committed };
}

let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

describe('CalibrationPractice', () => {
	it('writes through while typing goes on: one write in flight, the next carries the latest text', async () => {
		const { store, writes, committed } = slowStore();
		const practice = new CalibrationPractice(store, attempt, { newId });
		const id = practice.addNote(['s3']);
		for (const text of ['T', 'Te', 'Tel', 'Telt']) practice.typeNote(id, text);
		// Only the first write started; three keystrokes wait for it, and are written together next.
		expect(writes).toHaveLength(1);
		writes[0]!.done();
		await Promise.resolve();
		await Promise.resolve();
		expect(writes).toHaveLength(2);
		expect(writes[1]!.work.notes[0]!.text).toBe('Telt');
		writes[1]!.done();
		await practice.flush();
		expect(committed.at(-1)!.notes).toEqual([{ id, text: 'Telt', sentenceIds: ['s3'], createdAt: expect.any(String) }]);
		expect(practice.status).toBe('bewaard');
	});

	it('keeps classifications and ratings together with the notes and drops a removed note\'s classifications', async () => {
		const { store, writes } = slowStore();
		const practice = new CalibrationPractice(store, attempt, { newId });
		const id = practice.addNote();
		practice.typeNote(id, 'Vinkt elke lijn af.');
		practice.classify(id, 'nauwkeurigheid', 'eigen-werk-nakijken');
		practice.classify(id, 'nauwkeurigheid', 'fouten');
		practice.rate('nauwkeurigheid', 'goed');
		practice.giveReason('nauwkeurigheid', 'Kijkt na.');
		expect(practice.classifications).toEqual([{ noteId: id, competencyId: 'nauwkeurigheid', indicatorId: 'fouten' }]);
		practice.removeNote(id);
		expect(practice.classifications).toEqual([]);
		while (writes.some((w) => w)) {
			const next = writes.shift()!;
			next.done();
			await Promise.resolve();
			await Promise.resolve();
		}
		await practice.flush();
		expect(practice.ratings).toEqual([{ competencyId: 'nauwkeurigheid', level: 'goed', reason: 'Kijkt na.' }]);
	});

	it('shows a refused write and tries again with the next change', async () => {
		let refuse = true;
		const saved: PracticeWorkSnapshot[] = [];
		const store: PracticeStore = {
			save: async (_id, work) => {
				if (refuse) return { ok: false, problems: ['Notitie is te lang (maximaal 20000 tekens).'] };
				saved.push(work);
				return { ok: true, value: { ...attempt, ...work } };
			},
			submit: async () => ({ ok: false, problems: ['x'] })
		};
		const practice = new CalibrationPractice(store, attempt, { newId });
		const id = practice.addNote();
		await practice.flush();
		expect(practice.status).toBe('fout');
		expect(practice.problems).toEqual(['Notitie is te lang (maximaal 20000 tekens).']);
		refuse = false;
		practice.typeNote(id, 'Korter.');
		await practice.flush();
		expect(practice.status).toBe('bewaard');
		expect(saved.at(-1)!.notes[0]!.text).toBe('Korter.');
	});

	it('changes nothing after submitting', async () => {
		const { store, writes } = slowStore();
		const practice = new CalibrationPractice(store, attempt, { newId });
		const id = practice.addNote();
		writes[0]!.done();
		await practice.flush();
		expect(await practice.submit()).toEqual([]);
		expect(practice.submitted).toBe(true);
		practice.typeNote(id, 'te laat');
		expect(writes).toHaveLength(1);
	});
});
