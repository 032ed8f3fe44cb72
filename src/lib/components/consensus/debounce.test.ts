import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';
import { createDebouncedSaver } from '../action-plan/debounced-saver';

/** Types `text` one character per `everyMs`, as a person typing without a pause. */
function typeContinuously(text: string, everyMs: number, onKey: (typed: string) => void): void {
	for (let i = 1; i <= text.length; i++) {
		onKey(text.slice(0, i));
		vi.advanceTimersByTime(everyMs);
	}
}

describe('autosave while typing goes on', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('debounce saves every 250 ms with the latest text, not only after a pause', () => {
		const saved: Array<{ at: number; text: string }> = [];
		const start = Date.now();
		const save = debounce((text: string) => saved.push({ at: Date.now() - start, text }), 250);
		typeContinuously('Neemt initiatief bij het inladen van de kar.', 80, (t) => save.call(t));
		// 44 keys at 80 ms = 3.5 s of typing without a pause: a save at most 250 ms after each keystroke (plus the key that starts the next round), each with the text of then.
		expect(saved.length).toBeGreaterThanOrEqual(10);
		for (let i = 1; i < saved.length; i++) expect(saved[i]!.at - saved[i - 1]!.at).toBeLessThanOrEqual(330);
		expect(saved.every((s, i) => i === 0 || s.text.startsWith(saved[i - 1]!.text))).toBe(true);
		save.flush();
		expect(saved.at(-1)?.text).toBe('Neemt initiatief bij het inladen van de kar.');
	});

	it('debounce still makes one save of a short burst, and flush and cancel work', () => {
		const fn = vi.fn();
		const save = debounce(fn, 250);
		save.call('a');
		save.call('ab');
		vi.advanceTimersByTime(250);
		expect(fn).toHaveBeenCalledTimes(1);
		expect(fn).toHaveBeenLastCalledWith('ab');
		save.call('abc');
		save.flush();
		expect(fn).toHaveBeenLastCalledWith('abc');
		save.call('abcd');
		save.cancel();
		vi.advanceTimersByTime(1000);
		expect(fn).toHaveBeenCalledTimes(2);
	});

	it('the saver of action-plan and PDP cells saves during continuous typing too', async () => {
		const saved: string[] = [];
		const saver = createDebouncedSaver(async (text: string) => {
			saved.push(text);
		}, 250);
		typeContinuously('Vraagt zelf om een nieuwe taak.', 80, (t) => saver.schedule(t));
		expect(saved.length).toBeGreaterThanOrEqual(6);
		await saver.flush();
		expect(saved.at(-1)).toBe('Vraagt zelf om een nieuwe taak.');
		expect(saver.pending).toBe(false);
	});
});
