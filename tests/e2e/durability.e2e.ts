import { test, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSeededRandom } from '../../src/lib/engine/demo/seeded-random';

/**
 * A tablet that dies while a note is being typed (battery, crash): the browser process is killed with SIGKILL
 * while the assessor is still typing, then started again on the same profile. Every character that was on screen
 * 300 ms before the kill is there, in the editor, so the assessor goes on typing the same note.
 */

const SENTENCES = [
	'Tilt de zware doos samen met een collega en telt af voor het heffen, zet ze daarna op de onderste plank.',
	'Vraagt aan de ploegbaas welke bestelling eerst moet en schrijft het nummer op een briefje bij de kar.',
	'Legt de scanner terug in de lader zonder dat iemand het vraagt en meldt dat het etiket van rek vier los zit.'
];
/** What the observe screen promises: text on screen is stored within a fraction of a second, however fast one types. */
const ON_SCREEN_BEFORE_KILL_MS = 300;
/** Moments of the kill after typing started, and typing speeds, drawn from a fixed seed so every run is the same. */
const KILL_SEED = 20_260_312;
const KILL_AFTER_MS = { min: 500, max: 2_400 } as const;
const KEY_DELAYS_MS = [80, 30] as const;

async function launch(profile: string): Promise<BrowserContext> {
	const { launchOptions, baseURL } = test.info().project.use;
	return chromium.launchPersistentContext(profile, {
		executablePath: launchOptions?.executablePath,
		args: launchOptions?.args,
		headless: true,
		baseURL,
		viewport: { width: 1180, height: 820 },
		hasTouch: true,
		locale: 'nl-BE'
	});
}

/** The main browser process of this profile (the one whose parent is not itself a browser of it). */
function browserPid(profile: string): number {
	const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
		.split('\n')
		.map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
		.filter((m): m is RegExpMatchArray => m !== null && m[3]!.includes(`--user-data-dir=${profile}`))
		.map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]) }));
	const pids = new Set(rows.map((r) => r.pid));
	const main = rows.find((r) => !pids.has(r.ppid));
	if (!main) throw new Error(`no browser process for ${profile}`);
	return main.pid;
}

/** Loads the demo, chooses the first assessor and opens the first exercise's observe screen on the first candidate. */
async function openObserveScreen(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: 'Demo-assessment laden' }).click();
	const sessionPath = (await page.getByRole('link', { name: 'Open het demo-assessment' }).getAttribute('href'))!;
	await page.goto(sessionPath);
	await page.getByLabel('Ik ben:').selectOption({ index: 1 });
	await page.locator(`a[href^="${sessionPath}/observeren/"]`).first().click();
	await page.getByRole('tab').first().tap();
}

/** The texts of every stored note in the app's database, read without the app. */
async function storedNoteTexts(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const idb = await new Promise<IDBDatabase>((resolve, reject) => {
			const r = indexedDB.open('wakker');
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
		const notes = await new Promise<Array<{ text: string }>>((resolve) => {
			const r = idb.transaction('observations').objectStore('observations').getAll();
			r.onsuccess = () => resolve(r.result as Array<{ text: string }>);
		});
		idb.close();
		return notes.map((n) => n.text);
	});
}

test('every character on screen 300 ms before the browser is killed mid-typing is there after a restart', async () => {
	test.setTimeout(240_000);
	const random = createSeededRandom(KILL_SEED);
	const profile = mkdtempSync(join(tmpdir(), 'wakker-durability-'));
	const editor = (page: Page) => page.getByRole('textbox', { name: /^Notitie over / });
	try {
		let context = await launch(profile);
		let page = context.pages()[0] ?? (await context.newPage());
		await openObserveScreen(page);
		const observeUrl = page.url();
		// Three kills: in a new note, again in the same reopened note, and in the next note after Enter.
		for (const [round, sentence] of SENTENCES.entries()) {
			const killAfter = random.int(KILL_AFTER_MS.min, KILL_AFTER_MS.max);
			const delay = KEY_DELAYS_MS[round % KEY_DELAYS_MS.length]!;
			const box = editor(page);
			await box.press('End');
			const separator = (await box.inputValue()) === '' ? '' : ' ';
			const typing = box.pressSequentially(`${separator}${sentence}`, { delay }).catch(() => undefined);
			await page.waitForTimeout(killAfter - ON_SCREEN_BEFORE_KILL_MS);
			const onScreen = await box.inputValue();
			await page.waitForTimeout(ON_SCREEN_BEFORE_KILL_MS);
			process.kill(browserPid(profile), 'SIGKILL');
			await typing;
			await context.close().catch(() => undefined);

			context = await launch(profile);
			page = context.pages()[0] ?? (await context.newPage());
			await page.goto(observeUrl);
			await page.getByRole('tab').first().tap();
			const message = `round ${round + 1}: killed ${killAfter} ms into typing at ${delay} ms a key; on screen 300 ms before: "${onScreen}"`;
			expect(onScreen.trim().length, message).toBeGreaterThan(0);
			// The note is back in the editor, still open for typing, not only among the finished notes.
			await expect(editor(page), message).toHaveValue(new RegExp(`^${escapeRegExp(onScreen)}`));
			expect((await storedNoteTexts(page)).filter((text) => text.startsWith(onScreen)), message).toHaveLength(1);
			if (round === 1) {
				await editor(page).press('Enter');
				await expect(editor(page)).toHaveValue('');
			}
		}
		await context.close();
	} finally {
		rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	}
});

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a note typed while the storage is full stays in the editor and is stored once there is room', async ({ page }) => {
	await openObserveScreen(page);
	const box = page.getByRole('textbox', { name: /^Notitie over / });
	await box.pressSequentially('Zet de dozen', { delay: 15 });
	await expect(page.getByText('Bewaard op dit toestel')).toBeVisible();

	// A full tablet: every IndexedDB write fails with the browser's QuotaExceededError. (Chromium's quota override
	// through the DevTools protocol did not make small writes fail, so the write itself refuses.)
	const setStorageFull = (full: boolean) =>
		page.evaluate((on) => {
			const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put']; realAdd?: IDBObjectStore['add'] };
			proto.realPut ??= proto.put;
			proto.realAdd ??= proto.add;
			const refuse = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
			proto.put = on ? refuse : proto.realPut;
			proto.add = on ? refuse : proto.realAdd;
		}, full);
	await setStorageFull(true);
	await box.pressSequentially(' op de kar', { delay: 15 });
	const notice = page.getByRole('alert').filter({ hasText: 'De opslag van deze tablet is vol' });
	await expect(notice).toBeVisible();
	await expect(box).toHaveValue('Zet de dozen op de kar');
	await box.press('Enter');
	await expect(box).toHaveValue('Zet de dozen op de kar');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	await page.screenshot({ path: '/tmp/note-storage-full-landscape.png' });
	await page.setViewportSize({ width: 820, height: 1180 });
	await page.screenshot({ path: '/tmp/note-storage-full-portrait.png' });

	await setStorageFull(false);
	await notice.getByRole('button', { name: 'Opnieuw bewaren' }).tap();
	await expect(notice).toBeHidden();
	await expect(page.getByText('Bewaard op dit toestel')).toBeVisible();

	// Full again, then the page is reloaded (room again): the refused text is back in the same open note.
	await setStorageFull(true);
	await box.pressSequentially(' en telt ze', { delay: 15 });
	await expect(notice).toBeVisible();
	await page.reload();
	await page.getByRole('tab').first().tap();
	await expect(page.getByRole('textbox', { name: /^Notitie over / })).toHaveValue('Zet de dozen op de kar en telt ze');
	await expect(page.getByText('Bewaard op dit toestel')).toBeVisible();
	const stored = await page.evaluate(async () => {
		const idb = await new Promise<IDBDatabase>((resolve, reject) => {
			const r = indexedDB.open('wakker');
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
		const notes = await new Promise<Array<{ text: string }>>((resolve) => {
			const r = idb.transaction('observations').objectStore('observations').getAll();
			r.onsuccess = () => resolve(r.result as Array<{ text: string }>);
		});
		idb.close();
		return notes.filter((n) => n.text.startsWith('Zet de dozen op de kar')).map((n) => n.text);
	});
	expect(stored).toEqual(['Zet de dozen op de kar en telt ze']);
});
