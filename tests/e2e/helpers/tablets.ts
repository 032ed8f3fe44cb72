import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Several tablets in one test: each a browser context of its own (its own IndexedDB, as a second browser
 * profile or a second device has), and the steps an assessor takes on one of them.
 */

export interface Tablet {
	context: BrowserContext;
	page: Page;
	/** Uncaught errors in the page, for an `expect(...).toEqual([])` at the end. */
	errors: string[];
}

export async function openTablet(browser: Browser, baseURL = test.info().project.use.baseURL): Promise<Tablet> {
	const context = await browser.newContext({
		baseURL,
		viewport: { width: 1180, height: 820 },
		hasTouch: true,
		locale: 'nl-BE',
		timezoneId: 'Europe/Brussels',
		acceptDownloads: true
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return { context, page, errors };
}

export async function iAm(page: Page, name: string) {
	await page.getByLabel('Ik ben:').selectOption({ label: name });
	await expect(page.getByLabel('Ik ben:').locator('option:checked')).toHaveText(name);
}

/** Makes an export on /gegevens and returns the downloaded file's path. */
export async function exportFile(page: Page, option: string, assessor?: string): Promise<string> {
	await page.goto('/gegevens');
	await page.getByRole('radio', { name: new RegExp(option) }).check();
	if (assessor) await page.getByLabel('Assessor', { exact: true }).selectOption({ label: assessor });
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Bestand maken en delen' }).click();
	const file = await download;
	await expect(page.getByRole('status').filter({ hasText: 'gedownload' })).toBeVisible();
	const path = join(mkdtempSync(join(tmpdir(), 'wakker-tablets-')), file.suggestedFilename());
	await file.saveAs(path);
	return path;
}

export async function importFile(page: Page, path: string) {
	await page.goto('/gegevens');
	await page.getByLabel('Kies een WAKKER-bestand (.json)').setInputFiles(path);
	await expect(page.getByRole('heading', { name: /^Voorbeeld:/ })).toBeVisible();
	await page.getByRole('button', { name: /^Inladen/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Ingeladen:' })).toBeVisible();
}

/** All rows of one IndexedDB store on this tablet, as stored (not as a screen shows them). */
export async function storedRows<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(async (store) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('wakker');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const rows = await new Promise<unknown[]>((resolve, reject) => {
			const request = db.transaction(store).objectStore(store).getAll();
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		db.close();
		return rows;
	}, store) as Promise<T[]>;
}

export interface StoredRating {
	authorId: string;
	level: string;
	submittedAt?: string;
}

export const storedRatings = (page: Page) => storedRows<StoredRating>(page, 'ratings');

export async function assessorId(page: Page, name: string): Promise<string> {
	const rows = await storedRows<{ id: string; name: string }>(page, 'assessors');
	const found = rows.find((r) => r.name === name);
	if (!found) throw new Error(`no assessor ${name} on this tablet`);
	return found.id;
}

export interface SmallCenter {
	name: string;
	candidate: string;
	exercise: string;
	assessors: readonly [lead: string, other: string];
}

/** Sets up a small assessment-center through the set-up screen (2 competencies, 1 exercise); returns its path. */
export async function setUpSmallCenter(page: Page, ac: SmallCenter): Promise<string> {
	await page.goto('/sessies/nieuw');
	await page.getByLabel('Naam van het assessment-center').fill(ac.name);
	await page.getByLabel('Organisatie', { exact: true }).fill('Werkplaats De Brug');
	await page.getByLabel('Locatie').fill('Gent');
	await page.getByRole('button', { name: 'Dag toevoegen' }).click();
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page).toHaveURL(/\/opzet$/);
	const sessionPath = new URL(page.url()).pathname.replace(/\/opzet$/, '');
	for (const name of ['Samenwerken', 'Initiatief']) await page.getByRole('checkbox', { name }).check();
	await page.getByRole('button', { name: `${ac.exercise} toevoegen` }).click();
	await expect(page.getByRole('heading', { name: `1. ${ac.exercise}` })).toBeVisible();
	for (const competency of ['Samenwerken', 'Initiatief']) {
		const cell = page.getByRole('button', { name: `${competency} in ${ac.exercise}` });
		if ((await cell.getAttribute('aria-pressed')) !== 'true') await cell.click();
		await expect(cell).toHaveAttribute('aria-pressed', 'true');
	}
	await page.getByLabel('Naam van de kandidaat').fill(ac.candidate);
	await page.getByLabel('Jobdoelwit (uit de intake)').fill('magazijnier');
	await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
	for (const name of ac.assessors) {
		await page.getByLabel('Naam van de assessor').fill(name);
		await page.getByRole('button', { name: 'Assessor toevoegen' }).click();
		await expect(page.getByRole('button', { name: `${name} weghalen` })).toBeVisible();
	}
	return sessionPath;
}

/**
 * Observes the candidate with one note, classifies it under Initiatief at `level`, and rates Initiatief at
 * `level` and Samenwerken Matig, as a draft. Ends on the rate screen.
 */
export async function observeAndRate(page: Page, sessionPath: string, ac: SmallCenter, note: string, level: string) {
	await page.goto(sessionPath);
	await page.locator(`a[href^="${sessionPath}/observeren/"]`).first().click();
	await expect(page.getByRole('heading', { name: `Observeren: ${ac.exercise}` })).toBeVisible();
	await page.getByRole('tab', { name: new RegExp(`^${ac.candidate}`) }).tap();
	const box = page.getByRole('textbox', { name: `Notitie over ${ac.candidate}` });
	await box.fill(note);
	await box.press('Enter');
	const item = page.getByRole('listitem').filter({ hasText: note.slice(-25) });
	await expect(item).toBeVisible();
	await page.getByRole('link', { name: 'Naar klasseren →' }).click();
	await item.getByRole('button', { name: 'Initiatief' }).tap();
	await item.getByRole('button', { name: 'Indicator kiezen' }).tap();
	await item.getByRole('button', { name: new RegExp(`, ${level}:`) }).first().tap();
	await expect(item).toContainText(level);
	await page.getByRole('link', { name: 'Naar beoordelen →' }).click();
	await page.getByRole('article', { name: 'Initiatief' }).getByRole('radio', { name: level, exact: true }).check();
	await page.getByRole('article', { name: 'Samenwerken' }).getByRole('radio', { name: 'Matig', exact: true }).check();
}

export async function submitRatings(page: Page) {
	await page.getByRole('button', { name: 'Beoordelingen indienen' }).click();
	await page.getByRole('button', { name: 'Ja, indienen' }).click();
	await expect(page.getByText('Je beoordelingen van deze oefening zijn ingediend.')).toBeVisible();
}
