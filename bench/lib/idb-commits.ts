/**
 * When typed note text is committed in the browser's IndexedDB, seen from inside the page: an init script wraps
 * `IDBObjectStore.put`/`add` to remember the note texts each transaction writes, and records the moment the
 * transaction's `complete` event fires. Another listener records every input event (time and the field's value),
 * so a bench can pair each keystroke with the first commit that holds its text. Installed with
 * `page.addInitScript(recordNoteCommits)` before the app loads; read with `readTyping(page)`.
 */
import type { Page } from 'playwright-core';

export interface Typing {
	/** Input events in the note field: when (performance.now()) and the text they made. */
	inputs: Array<{ at: number; text: string }>;
	/** Committed writes of a note: when the transaction completed and the text it wrote. */
	commits: Array<{ at: number; text: string }>;
}

/** Runs in the page before any app code (serialised by Playwright: no closures over bench variables). */
export function recordNoteCommits(): void {
	const log: Typing = { inputs: [], commits: [] };
	(window as unknown as { __noteTyping: Typing }).__noteTyping = log;
	const pending = new WeakMap<IDBTransaction, string[]>();
	for (const method of ['put', 'add'] as const) {
		const original = IDBObjectStore.prototype[method];
		IDBObjectStore.prototype[method] = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
			const text = (value as { text?: unknown } | null)?.text;
			if (this.name === 'observations' && typeof text === 'string') {
				const tx = this.transaction;
				let texts = pending.get(tx);
				if (!texts) {
					const written: string[] = [];
					texts = written;
					pending.set(tx, written);
					tx.addEventListener('complete', () => {
						const at = performance.now();
						for (const t of written) log.commits.push({ at, text: t });
					});
				}
				texts.push(text);
			}
			return original.call(this, value, key);
		} as typeof original;
	}
	document.addEventListener(
		'input',
		(event) => {
			const target = event.target;
			if (target instanceof HTMLTextAreaElement) log.inputs.push({ at: performance.now(), text: target.value });
		},
		true
	);
}

/** What the page recorded since the last `resetTyping`. */
export function readTyping(page: Page): Promise<Typing> {
	return page.evaluate(() => (window as unknown as { __noteTyping: Typing }).__noteTyping);
}

export function resetTyping(page: Page): Promise<void> {
	return page.evaluate(() => {
		const log = (window as unknown as { __noteTyping: Typing }).__noteTyping;
		log.inputs.length = 0;
		log.commits.length = 0;
	});
}

/**
 * For every keystroke, the time until a committed write held its text (the text typed then, or a longer one that
 * continues it). Keystrokes whose text never reached a commit count as `Infinity`.
 */
export function keystrokeToCommitted({ inputs, commits }: Typing): number[] {
	return inputs.map((input) => {
		const commit = commits.find((c) => c.at >= input.at && c.text.startsWith(input.text));
		return commit ? commit.at - input.at : Number.POSITIVE_INFINITY;
	});
}

/** The p-th percentile (0–100) by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1]!;
}
