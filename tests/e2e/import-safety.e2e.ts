import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seriousAxeViolations, storedRecords } from './helpers/qa';

/**
 * What an import may not let in, tried through the Gegevens screen as a user does it: notes of an
 * assessment-center this tablet never received, a note dated in the year 9999, and a person erased after
 * the backup that is restored ("alles vervangen"). Each is refused or left out with a Dutch message, and
 * nothing else changes.
 */

test.use({ serviceWorkers: 'block' });

async function tablet(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 1180, height: 820 }, hasTouch: true, locale: 'nl-BE', acceptDownloads: true });
	return { context, page: await context.newPage() };
}

async function loadDemo(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: 'Demo-assessment laden' }).click();
	await expect(page.getByRole('link', { name: 'Open het demo-assessment' })).toBeVisible({ timeout: 20_000 });
}

async function saveDownload(page: Page, click: () => Promise<void>): Promise<string> {
	const download = page.waitForEvent('download');
	await click();
	const file = await download;
	// Kept outside the shared test-results folder, which another run may clear meanwhile.
	const path = join(mkdtempSync(join(tmpdir(), 'wakker-import-safety-')), file.suggestedFilename());
	await file.saveAs(path);
	return path;
}

async function exportFile(page: Page, option: string, assessor?: string): Promise<string> {
	await page.goto('/gegevens');
	await page.getByRole('radio', { name: new RegExp(option) }).check();
	if (assessor) await page.getByLabel('Assessor', { exact: true }).selectOption({ label: assessor });
	return saveDownload(page, () => page.getByRole('button', { name: 'Bestand maken en delen' }).click());
}

async function chooseFile(page: Page, path: string): Promise<void> {
	await page.goto('/gegevens');
	await page.getByLabel('Kies een WAKKER-bestand (.json)').setInputFiles(path);
}

const INTERNALS = /undefined|\bstring\b|\bnumber\b|\bobject\b|NaN|ontving/;

test('notes of an assessment-center this tablet never received, or dated 9999, are refused and nothing is stored', async ({ browser }) => {
	test.setTimeout(120_000);
	const lead = await tablet(browser);
	await loadDemo(lead.page);
	const work = await exportFile(lead.page, 'Werk van één assessor', 'Youssef El Amrani');
	const whole = await exportFile(lead.page, 'Alles van dit assessment-center');
	const bundle = JSON.parse(readFileSync(whole, 'utf8')) as { records: { observations: Array<{ observedAt: string }> } };
	bundle.records.observations[0]!.observedAt = '9999-12-31T00:00:00.000Z';
	const future = join(mkdtempSync(join(tmpdir(), 'wakker-import-safety-')), 'toekomst.json');
	writeFileSync(future, JSON.stringify(bundle));

	const fresh = await tablet(browser);
	await chooseFile(fresh.page, work);
	const alert = fresh.page.getByRole('alert');
	await expect(alert).toContainText(/\d+ notities, \d+ klasseringen en \d+ scores horen bij een assessment-center dat niet in dit bestand en niet op deze tablet staat\./);
	await expect(alert).toContainText('Er is niets veranderd.');
	expect(await alert.innerText()).not.toMatch(INTERNALS);
	await expect(fresh.page.getByRole('button', { name: 'Inladen', exact: true })).toHaveCount(0);
	await fresh.page.screenshot({ path: '/tmp/import-safety-orphans.png', fullPage: true });
	expect(await seriousAxeViolations(fresh.page)).toEqual([]);

	await chooseFile(fresh.page, future);
	await expect(alert).toContainText('Notities: 1 datum "waargenomen op" kan niet (bv. 31-12-9999)');
	expect(await alert.innerText()).not.toMatch(INTERNALS);
	await expect(fresh.page.getByRole('button', { name: 'Inladen', exact: true })).toHaveCount(0);

	for (const store of ['sessions', 'candidates', 'assessors', 'observations', 'ratings']) expect(await storedRecords(fresh.page, store), store).toEqual([]);
	await lead.context.close();
	await fresh.context.close();
});

test('restoring an older backup with "alles vervangen" names who stays erased and does not bring them back', async ({ browser }) => {
	test.setTimeout(120_000);
	const { context, page } = await tablet(browser);
	await loadDemo(page);
	await page.goto('/gegevens');
	const backupPanel = page.getByRole('region', { name: 'Back-up' });
	const backup = await saveDownload(page, () => backupPanel.getByRole('button', { name: 'Back-up maken' }).click());
	const notesBefore = (await storedRecords(page, 'observations')).length;

	await page.goto('/gegevens/privacy');
	await page.getByLabel('Kandidaat', { exact: true }).selectOption({ label: 'Lotte Vermeulen' });
	await page.getByRole('button', { name: 'Lotte Vermeulen wissen…' }).click();
	await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, definitief wissen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Lotte Vermeulen is gewist' })).toBeVisible();
	const lotte = (JSON.parse(readFileSync(backup, 'utf8')) as { records: { candidates: Array<{ id: string; name: string }> } }).records.candidates.find((c) => c.name === 'Lotte Vermeulen')!;
	const notesAfterErasure = (await storedRecords(page, 'observations')).length;
	expect(notesAfterErasure).toBeLessThan(notesBefore);

	await chooseFile(page, backup);
	await expect(page.getByRole('heading', { name: 'Voorbeeld: Volledige back-up' })).toBeVisible();
	await page.getByRole('button', { name: 'Terugzetten: alles vervangen…' }).click();
	const confirm = page.getByRole('alertdialog');
	const staysErased = confirm.getByRole('region', { name: 'Blijft gewist' });
	await expect(staysErased).toContainText('Zij komen niet terug en blijven gewist');
	await expect(staysErased.getByRole('listitem')).toHaveText(['Lotte Vermeulen (kandidaat)']);
	await expect(confirm.getByRole('row', { name: /Kandidaten/ })).toContainText('5');
	expect(await seriousAxeViolations(page)).toEqual([]);
	await page.screenshot({ path: '/tmp/import-safety-restore-confirm.png', fullPage: true });
	await confirm.getByRole('button', { name: 'Ja, alles vervangen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'De back-up is teruggezet.' })).toBeVisible();

	const candidates = await storedRecords(page, 'candidates');
	expect(candidates.map((c) => c['name'])).not.toContain('Lotte Vermeulen');
	expect(candidates).toHaveLength(5);
	expect((await storedRecords(page, 'observations')).filter((o) => o['candidateId'] === lotte.id)).toEqual([]);
	expect((await storedRecords(page, 'observations')).length).toBe(notesAfterErasure);
	expect((await storedRecords(page, 'erasures')).some((e) => e['entityId'] === lotte.id)).toBe(true);
	await page.goto('/gegevens/privacy');
	await expect(page.getByLabel('Kandidaat', { exact: true }).locator('option', { hasText: 'Lotte Vermeulen' })).toHaveCount(0);
	await context.close();
});
