/**
 * The observe screen in a real browser: headless Chromium (playwright-core, /usr/bin/chromium) against the built app
 * served by bench/lib/static-server.ts. Figures (measured, never asserted):
 * - JavaScript on first load of /sessies/[id]/observeren/[exerciseId], gzip (target ≤ 150 kB), and whether chart.js or
 *   pdfmake came along (they must not);
 * - keystroke → note in IndexedDB: the first keystroke (creates the note) and one after a pause;
 * - keystroke → committed in IndexedDB while typing continuously at 80 ms and at 30 ms a key, p50 and p95
 *   (target p95 ≤ 50 ms: the autosave writes through, one write at a time);
 * - switching candidate with 6 candidates × 200 notes (target < 100 ms), from the tap until the list is painted.
 *
 * Needs a build of the app (bench/lib/build-dir.ts; `npm run bench` makes one). Runs under
 * `npm run bench -- --only observe`.
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chosenAssessorKey } from '../src/lib/db/settings.repo';
import { storeRecords } from './lib/app-db';
import { appBuildDir } from './lib/build-dir';
import { printFigure, printHeading } from './lib/measure';
import { serveStatic } from './lib/static-server';
import { keystrokeToCommitted, percentile, readTyping, recordNoteCommits, resetTyping } from './lib/idb-commits';
import { DB_NAME } from '../src/lib/db/db';

const BUILD_DIR = appBuildDir();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CANDIDATES = 6;
const NOTES_PER_CANDIDATE = 200;
const TARGET_JS_KB = 150;
const TARGET_SWITCH_MS = 100;
const SWITCH_ROUNDS = 3;
const KEYSTROKE_RUNS = 7;
/** Continuous typing: ms between keys, and what is typed (twice per speed, one note each). */
const TYPING_DELAYS_MS = [80, 30];
const TYPING_NOTES = 2;
const TYPED_SENTENCE = 'Zet de dozen zonder te vragen op de kar, telt ze na en vraagt dan wat de volgende taak is.';
const TARGET_COMMIT_P95_MS = 50;
/** How long a screen may take to appear on a loaded machine. */
const SCREEN_TIMEOUT_MS = 60_000;
/** A typed note not in IndexedDB after this long is a failure, not a slow figure. */
const SAVE_TIMEOUT_MS = 10_000;

/** Signatures of the heavy libraries that belong on other pages only. */
const HEAVY = { 'chart.js': 'Canvas is already in use', pdfmake: 'pdfMake' };

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** A session with 6 candidates, one exercise and 200 notes each, written straight into the app's IndexedDB. */
async function seed(page: Page): Promise<{ sessionId: string; exerciseId: string }> {
	const now = new Date().toISOString();
	const meta = () => ({ id: randomUUID(), createdAt: now, updatedAt: now, vv: { bench: 1 } });
	const assessor = { ...meta(), name: 'Bench Assessor' };
	const session = { ...meta(), name: 'Bench', location: '', days: [], rubricVersionId: 'done-profiel@1.0.0', competencyIds: ['initiatief'], assessorIds: [assessor.id] };
	const exercise = { ...meta(), sessionId: session.id, name: 'Magazijn', durationMinutes: 90, instructions: '', competencyIds: ['initiatief'], order: 0, startedAt: now };
	const people = Array.from({ length: CANDIDATES }, (_, i) => ({ ...meta(), sessionId: session.id, name: `Kandidaat ${i + 1}`, jobTarget: '', coachAssessorIds: [], code: `K${i + 1}` }));
	const notes = people.flatMap((c, i) =>
		Array.from({ length: NOTES_PER_CANDIDATE }, (_, n) => ({
			...meta(),
			sessionId: session.id,
			exerciseId: exercise.id,
			candidateId: c.id,
			authorId: assessor.id,
			text: `Notitie ${n + 1} over kandidaat ${i + 1}: zet de dozen op de kar en telt ze, vraagt daarna wat de volgende taak is.`,
			observedAt: new Date(Date.parse(now) - (NOTES_PER_CANDIDATE - n) * 1000).toISOString()
		}))
	);
	await storeRecords(page, {
		assessors: [assessor],
		sessions: [session],
		exercises: [exercise],
		candidates: people,
		observations: notes,
		// "Ik ben" is chosen per assessment-center: without it the screen asks who holds the tablet.
		settings: [{ key: chosenAssessorKey(session.id), value: assessor.id }]
	});
	return { sessionId: session.id, exerciseId: exercise.id };
}

/**
 * Time from one input event until IndexedDB holds the note with exactly that text. Polls cheaply: the number of
 * notes (for the keystroke that creates one), then the newest note by its id.
 */
async function keystrokeToStored(page: Page, text: string): Promise<number> {
	return page.evaluate(async ({ expected, name, timeoutMs }) => {
		const db: IDBDatabase = await new Promise((ok, fail) => {
			const request = indexedDB.open(name);
			request.onsuccess = () => ok(request.result);
			request.onerror = () => fail(request.error);
		});
		const store = () => db.transaction('observations').objectStore('observations');
		const ask = <T,>(request: IDBRequest<T>) => new Promise<T>((ok) => (request.onsuccess = () => ok(request.result)));
		const before = await ask(store().count());
		const box = document.querySelector<HTMLTextAreaElement>('textarea')!;
		const known = (window as unknown as { benchNoteId?: string }).benchNoteId;
		const start = performance.now();
		box.value = expected;
		box.dispatchEvent(new Event('input', { bubbles: true }));
		let id = known;
		for (;;) {
			// A new note is created with the text typed so far, which is `expected` (one input event).
			if (!id && (await ask(store().count())) > before) break;
			if (id && ((await ask(store().get(id))) as { text: string } | undefined)?.text === expected) break;
			if (performance.now() - start > timeoutMs) {
				db.close();
				throw new Error(`"${expected}" was not stored within ${timeoutMs} ms`);
			}
			await new Promise((r) => setTimeout(r, 1));
		}
		const elapsed = performance.now() - start;
		if (!id) id = ((await ask(store().getAll())) as { id: string; text: string }[]).find((o) => o.text === expected)?.id;
		(window as unknown as { benchNoteId?: string }).benchNoteId = id;
		db.close();
		return elapsed;
	}, { expected: text, name: DB_NAME, timeoutMs: SAVE_TIMEOUT_MS });
}

async function main() {
	const server = await serveStatic(BUILD_DIR);
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	try {
		const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, hasTouch: true, serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.addInitScript(recordNoteCommits);
		await page.goto(`${server.origin}/sessies`);
		await page.getByRole('heading', { name: 'Assessment-centers' }).waitFor({ timeout: SCREEN_TIMEOUT_MS });
		const { sessionId, exerciseId } = await seed(page);

		// First load of the observe page: every script the browser fetched, gzip-compressed as a server would send it.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await page.goto('about:blank');
		const scripts: Promise<{ url: string; body: Buffer }>[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => ({ url: response.url(), body })));
		});
		await page.goto(`${server.origin}/sessies/${sessionId}/observeren/${exerciseId}`);
		await page.getByRole('tab', { name: /^Kandidaat 1\b/ }).waitFor({ timeout: SCREEN_TIMEOUT_MS });
		await page.waitForLoadState('networkidle');
		const loaded = await Promise.all(scripts);
		const gzipKb = loaded.reduce((sum, s) => sum + gzipSync(s.body, { level: 9 }).length, 0) / 1024;
		const rawKb = loaded.reduce((sum, s) => sum + s.body.length, 0) / 1024;
		const heavy = Object.entries(HEAVY)
			.filter(([, signature]) => loaded.some((s) => s.body.toString('utf8').includes(signature)))
			.map(([name]) => name);

		printHeading(`Observe page, first load (${loaded.length} scripts)`);
		console.log(`${'JavaScript, gzip'.padEnd(48)}${gzipKb.toFixed(1).padStart(9)} kB  (target ≤ ${TARGET_JS_KB} kB)${gzipKb <= TARGET_JS_KB ? '' : '  over target'}`);
		console.log(`${'JavaScript, uncompressed'.padEnd(48)}${rawKb.toFixed(1).padStart(9)} kB`);
		console.log(`${'chart.js or pdfmake loaded'.padEnd(48)}${(heavy.length ? heavy.join(', ') : 'no').padStart(9)}`);
		const largest = loaded
			.map((s) => ({ name: s.url.slice(s.url.lastIndexOf('/') + 1), kb: gzipSync(s.body, { level: 9 }).length / 1024 }))
			.sort((a, b) => b.kb - a.kb)
			.slice(0, 5);
		for (const s of largest) console.log(`${`  ${s.name}`.padEnd(48)}${s.kb.toFixed(1).padStart(9)} kB`);

		// Keystroke → IndexedDB.
		printHeading('Keystroke → note in IndexedDB');
		const first: number[] = [];
		const later: number[] = [];
		for (let i = 0; i < KEYSTROKE_RUNS; i++) {
			first.push(await keystrokeToStored(page, `Run ${i}: p`));
			later.push(await keystrokeToStored(page, `Run ${i}: pakt de kar`));
			await page.getByRole('button', { name: 'Klaar, volgende notitie' }).click();
			await page.evaluate(() => delete (window as unknown as { benchNoteId?: string }).benchNoteId);
			await page.getByRole('textbox').first().waitFor();
		}
		printFigure('first keystroke (creates the note)', median(first));
		printFigure('a keystroke after a pause (one write)', median(later));

		// Keystroke → committed while typing without pause: real key events, commits seen in the page.
		for (const delay of TYPING_DELAYS_MS) {
			printHeading(`Keystroke → committed in IndexedDB, typing continuously at ${delay} ms a key (${TYPING_NOTES} × ${TYPED_SENTENCE.length} keys)`);
			const latencies: number[] = [];
			for (let n = 0; n < TYPING_NOTES; n++) {
				const box = page.getByRole('textbox', { name: /^Notitie over / });
				await resetTyping(page);
				await box.pressSequentially(TYPED_SENTENCE, { delay });
				await page.getByText('Bewaard op dit toestel').waitFor({ timeout: SAVE_TIMEOUT_MS });
				latencies.push(...keystrokeToCommitted(await readTyping(page)));
				await box.press('Enter');
				await box.waitFor();
			}
			const lost = latencies.filter((ms) => !Number.isFinite(ms)).length;
			printFigure(`p50 (${latencies.length} keystrokes)`, percentile(latencies, 50));
			printFigure('p95', percentile(latencies, 95), TARGET_COMMIT_P95_MS);
			printFigure('slowest', Math.max(...latencies));
			if (lost > 0) console.log(`${lost} keystrokes never reached a commit`);
		}

		// Switching candidate with 6 × 200 notes.
		printHeading(`Switch candidate, ${CANDIDATES} candidates × ${NOTES_PER_CANDIDATE} notes`);
		const switches: number[] = [];
		for (let round = 0; round < SWITCH_ROUNDS; round++) {
			for (let c = 1; c <= CANDIDATES; c++) {
				const target = round === 0 && c === 1 ? 2 : c;
				switches.push(
					await page.evaluate(async ({ name, timeoutMs }) => {
						const tab = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent?.trim().startsWith(name + ' ') || t.textContent?.includes(name + '\n'))
							?? [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.querySelector('.name')?.textContent === name)!;
						const start = performance.now();
						tab.click();
						const heading = () => document.getElementById('notes-heading')?.textContent ?? '';
						while (!heading().includes(`over ${name} (`)) {
							if (performance.now() - start > timeoutMs) throw new Error(`no notes heading for ${name} within ${timeoutMs} ms (it reads "${heading()}")`);
							await new Promise((r) => setTimeout(r, 0));
						}
						await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
						return performance.now() - start;
					}, { name: `Kandidaat ${target}`, timeoutMs: SCREEN_TIMEOUT_MS })
				);
			}
		}
		const rendered = await page.locator('.notes > li').count();
		printFigure(`tap → list painted (median of ${switches.length}; ${rendered} of ${NOTES_PER_CANDIDATE} shown)`, median(switches), TARGET_SWITCH_MS);
		printFigure('slowest switch', Math.max(...switches));
	} finally {
		await browser.close();
		await server.close();
	}
}

await main();
