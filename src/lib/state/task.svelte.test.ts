import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserMessageError } from '$lib/engine/common/user-message-error';
import { refused } from '$lib/engine/common/result';
import { Task } from './task.svelte';

describe('Task', () => {
	afterEach(() => vi.restoreAllMocks());

	it('is busy while the work runs and says what it did', async () => {
		const task = new Task();
		let finish!: (name: string) => void;
		const running = task.run(() => new Promise<string>((resolve) => (finish = resolve)), 'De back-up is mislukt.', (name) => `Bewaard als ${name}.`);
		expect(task.busy).toBe(true);
		finish('wakker-backup.json');
		await expect(running).resolves.toBe('wakker-backup.json');
		expect(task.busy).toBe(false);
		expect(task.done).toBe('Bewaard als wakker-backup.json.');
		expect(task.problem).toBe('');
	});

	it('ignores a second tap while running', async () => {
		const task = new Task();
		const work = vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 10)));
		const first = task.run(work, 'x');
		await expect(task.run(work, 'x')).resolves.toBeUndefined();
		await first;
		expect(work).toHaveBeenCalledTimes(1);
	});

	it('shows the screen’s Dutch sentence for internals and logs the error itself', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const task = new Task();
		await expect(task.run(() => Promise.reject(new TypeError('x is undefined')), 'Het exporteren is mislukt. Probeer het opnieuw.')).resolves.toBeUndefined();
		expect(task.problem).toBe('Het exporteren is mislukt. Probeer het opnieuw.');
		expect(task.done).toBe('');
		expect(task.busy).toBe(false);
		expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^TypeError: x is undefined/), expect.any(TypeError));
	});

	it('shows a message written for people, and the problems of a refusal', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const task = new Task();
		await task.run(() => Promise.reject(new UserMessageError('Dit assessment-center bestaat niet (meer) op deze tablet.')), 'x');
		expect(task.problem).toBe('Dit assessment-center bestaat niet (meer) op deze tablet.');
		await task.run(() => Promise.resolve(refused('De pincode heeft 4 tot 8 cijfers.', 'Typ ze opnieuw.')), 'x', () => 'Bewaard.');
		expect(task.problem).toBe('De pincode heeft 4 tot 8 cijfers. Typ ze opnieuw.');
		expect(task.done).toBe('');
	});

	it('refuses before running and clears', () => {
		const task = new Task();
		task.refuse('Kies eerst een kandidaat.');
		expect(task.problem).toBe('Kies eerst een kandidaat.');
		task.clear();
		expect(task.problem).toBe('');
	});
});
