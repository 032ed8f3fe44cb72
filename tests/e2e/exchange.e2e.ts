import { test, expect, type Page } from '@playwright/test';
import { seriousAxeViolations } from './helpers/qa';
import { exportFile, openTablet as tablet } from './helpers/tablets';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Two tablets (two browser profiles): the lead shares the set-up, tablet B imports it and writes notes,
 * B's work comes back to the lead with a preview first; a candidate edited on both tablets becomes a
 * conflict that the lead resolves. Nothing is lost on the way.
 */

async function chooseImport(page: Page, path: string) {
	await page.goto('/gegevens');
	await page.getByLabel('Kies een WAKKER-bestand (.json)').setInputFiles(path);
	await expect(page.getByRole('heading', { name: /^Voorbeeld:/ })).toBeVisible();
}

async function countNotesWithText(page: Page, text: string): Promise<number> {
	return page.evaluate(async (needle) => {
		const idb = await new Promise<IDBDatabase>((resolve, reject) => {
			const r = indexedDB.open('wakker');
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
		const notes = await new Promise<Array<{ text: string }>>((resolve, reject) => {
			const r = idb.transaction('observations').objectStore('observations').getAll();
			r.onsuccess = () => resolve(r.result as Array<{ text: string }>);
			r.onerror = () => reject(r.error);
		});
		idb.close();
		return notes.filter((n) => n.text === needle).length;
	}, text);
}

async function setJobTarget(page: Page, sessionPath: string, value: string) {
	await page.goto(`${sessionPath}/opzet`);
	const field = page.getByLabel('Jobdoelwit', { exact: true }).first();
	await field.fill(value);
	await field.press('Tab');
	await expect(field).toHaveValue(value);
	await page.waitForTimeout(300);
}

test('set-up to a second tablet, its notes back to the lead, and a conflict resolved by choice', async ({ browser }) => {
	test.setTimeout(120_000);
	const lead = await tablet(browser);
	const b = await tablet(browser);

	// Lead: the demo assessment-center, shared as set-up.
	await lead.page.goto('/');
	await lead.page.getByRole('button', { name: 'Demo-assessment laden' }).click();
	const sessionPath = (await lead.page.getByRole('link', { name: 'Open het demo-assessment' }).getAttribute('href'))!;
	const setupFile = await exportFile(lead.page, 'Opzet delen');

	// Tablet B: preview, then import; importing again changes nothing.
	await chooseImport(b.page, setupFile);
	const preview = b.page.getByRole('table');
	await expect(preview.getByRole('row', { name: /Kandidaten/ })).toContainText('6');
	await b.page.screenshot({ path: '/tmp/xch-import-preview.png', fullPage: true });
	expect(await seriousAxeViolations(b.page)).toEqual([]);
	await b.page.getByRole('button', { name: 'Inladen', exact: true }).click();
	await expect(b.page.getByRole('status').filter({ hasText: 'Ingeladen:' })).toContainText('nieuw');
	await chooseImport(b.page, setupFile);
	await expect(b.page.getByRole('button', { name: 'Inladen (verandert niets)' })).toBeVisible();
	await b.page.getByRole('button', { name: 'Annuleren' }).click();

	// Tablet B observes as one of the assessors.
	await b.page.goto(sessionPath);
	await b.page.getByLabel('Ik ben:').selectOption({ label: 'Youssef El Amrani' });
	await b.page.locator(`a[href^="${sessionPath}/observeren/"]`).first().click();
	await b.page.getByRole('tab').first().tap();
	const note = 'Tablet B: legt de dozen per bestemming klaar zonder dat iemand het vraagt.';
	const box = b.page.getByRole('textbox', { name: /^Notitie over / });
	await box.fill(note);
	await box.press('Enter');
	await expect(b.page.getByText(note)).toBeVisible();
	const workFile = await exportFile(b.page, 'Werk van één assessor', 'Youssef El Amrani');

	// Lead: preview shows one new note; after import it is there, the lead's own data untouched.
	const leadNotesBefore = await lead.page.evaluate(async () => {
		const idb = await new Promise<IDBDatabase>((resolve) => {
			const r = indexedDB.open('wakker');
			r.onsuccess = () => resolve(r.result);
		});
		const n = await new Promise<number>((resolve) => {
			const r = idb.transaction('observations').objectStore('observations').count();
			r.onsuccess = () => resolve(r.result);
		});
		idb.close();
		return n;
	});
	await chooseImport(lead.page, workFile);
	await expect(lead.page.getByRole('table').getByRole('row', { name: /Notities/ })).toContainText('1');
	await lead.page.getByRole('button', { name: 'Inladen', exact: true }).click();
	await expect(lead.page.getByRole('status').filter({ hasText: 'Ingeladen:' })).toContainText('1 nieuw');
	expect(await countNotesWithText(lead.page, note)).toBe(1);
	expect(await countNotesWithText(lead.page, note)).toBe(1);

	// The same candidate changed on both tablets.
	await setJobTarget(lead.page, sessionPath, 'Magazijnier (volgens de lead)');
	await setJobTarget(b.page, sessionPath, 'Magazijnier (volgens tablet B)');
	const wholeFile = await exportFile(b.page, 'Alles van dit assessment-center');
	await chooseImport(lead.page, wholeFile);
	await expect(lead.page.getByText('1 conflict(en):')).toBeVisible();
	await expect(lead.page.getByText(/hier “Mohamed Benali|hier “.*”, binnengekomen “.*”/).first()).toBeVisible();
	await lead.page.getByRole('button', { name: 'Inladen', exact: true }).click();
	await expect(lead.page.getByRole('status').filter({ hasText: 'Ingeladen:' })).toContainText('1 conflict(en)');

	// Nothing overwritten: the lead's version is still in place until the lead chooses.
	const conflicts = lead.page.getByRole('region', { name: /Conflicten/ });
	await expect(conflicts).toContainText('Magazijnier (volgens de lead)');
	await expect(conflicts).toContainText('Magazijnier (volgens tablet B)');
	await lead.page.screenshot({ path: '/tmp/xch-conflict.png', fullPage: true });
	expect(await seriousAxeViolations(lead.page)).toEqual([]);
	await conflicts.getByRole('button', { name: 'Binnengekomen versie nemen' }).click();
	await expect(lead.page.getByRole('region', { name: /Conflicten/ })).toHaveCount(0);
	await lead.page.goto(`${sessionPath}/opzet`);
	await expect(lead.page.getByLabel('Jobdoelwit', { exact: true }).first()).toHaveValue('Magazijnier (volgens tablet B)');
	expect(await countNotesWithText(lead.page, note)).toBe(1);
	expect(leadNotesBefore).toBeGreaterThan(0);

	await lead.context.close();
	await b.context.close();
});

test('refuses a foreign file with a Dutch message and changes nothing', async ({ page }) => {
	await page.goto('/gegevens');
	await page.getByLabel('Kies een WAKKER-bestand (.json)').setInputFiles({ name: 'lijst.json', mimeType: 'application/json', buffer: Buffer.from('{"naam":"Jan"}') });
	await expect(page.getByRole('alert')).toContainText('Dit is geen WAKKER-bestand');
	await page.getByLabel('Kies een WAKKER-bestand (.json)').setInputFiles({ name: 'half.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"wakker-bundle","formatVersion":1,"kind":"ses') });
	await expect(page.getByRole('alert')).toContainText('onvolledig');
	await page.screenshot({ path: '/tmp/xch-refused.png', fullPage: true });
});

test('privacy: export everything about one candidate, then erase them after a confirmation with counts', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Demo-assessment laden' }).click();
	await expect(page.getByRole('link', { name: 'Open het demo-assessment' })).toBeVisible();
	await page.goto('/gegevens/privacy');
	await page.getByLabel('Kandidaat', { exact: true }).selectOption({ label: 'Lotte Vermeulen' });
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Alles over Lotte Vermeulen exporteren' }).click();
	const file = await download;
	const path = join(mkdtempSync(join(tmpdir(), 'wakker-person-')), file.suggestedFilename());
	await file.saveAs(path);
	const { readFileSync } = await import('node:fs');
	const person = JSON.parse(readFileSync(path, 'utf8')) as { kind: string; records: { candidates: Array<{ name: string }>; observations: unknown[] } };
	expect(person.kind).toBe('person-export');
	expect(person.records.candidates[0]!.name).toBe('Lotte Vermeulen');
	expect(person.records.observations.length).toBeGreaterThan(0);

	// The same, readable: what is stored, where it came from, who wrote it and when, with names instead of ids.
	const pdfDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Leesbaar overzicht (PDF)' }).click();
	const pdf = await pdfDownload;
	expect(pdf.suggestedFilename()).toBe('inzage-lotte-vermeulen.pdf');
	const pdfPath = join(mkdtempSync(join(tmpdir(), 'wakker-person-pdf-')), pdf.suggestedFilename());
	await pdf.saveAs(pdfPath);
	await expect(page.getByRole('status').filter({ hasText: 'Het leesbare overzicht inzage-lotte-vermeulen.pdf is bewaard' })).toBeVisible();
	const { execFileSync } = await import('node:child_process');
	execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdfPath, '/tmp/xch-person-pdf']);
	const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	expect(pdfText).toContain('Wat WAKKER over jou bewaart');
	expect(pdfText).toContain('Lotte Vermeulen');
	expect(pdfText).toContain(`Notities van assessoren (${person.records.observations.length} notities)`);
	expect(pdfText).toContain('Demo: assessment-center magazijn en logistiek');
	expect(pdfText).toMatch(/Consensus \(samen besloten niveau\) \(\d+ besluit/);
	expect(pdfText).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
	expect(pdfText).not.toMatch(/undefined|NaN|\[object/);

	await page.getByRole('button', { name: 'Lotte Vermeulen wissen…' }).click();
	const confirm = page.getByRole('alertdialog');
	await expect(confirm).toContainText(`Notities: ${person.records.observations.length}`);
	await expect(confirm).toContainText('Kandidaten: 1');
	expect(await seriousAxeViolations(page)).toEqual([]);
	await page.screenshot({ path: '/tmp/xch-erase-confirm.png', fullPage: true });
	await confirm.getByRole('button', { name: 'Ja, definitief wissen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Lotte Vermeulen is gewist' })).toBeVisible();
	await expect(page.getByLabel('Kandidaat', { exact: true }).locator('option', { hasText: 'Lotte Vermeulen' })).toHaveCount(0);
	await page.setViewportSize({ width: 820, height: 1180 });
	await page.screenshot({ path: '/tmp/xch-privacy-portrait.png', fullPage: true });
});

test('an encrypted backup is restored on another tablet only with the right passphrase and after confirming the counts', async ({ browser }) => {
	test.setTimeout(90_000);
	const lead = await tablet(browser);
	const other = await tablet(browser);
	await lead.page.goto('/');
	await lead.page.getByRole('button', { name: 'Demo-assessment laden' }).click();
	await expect(lead.page.getByRole('link', { name: 'Open het demo-assessment' })).toBeVisible();
	await lead.page.goto('/gegevens');
	const backup = lead.page.getByRole('region', { name: 'Back-up' });
	await backup.getByLabel('Versleutelen met een wachtwoord').check();
	await backup.getByLabel('Wachtwoord', { exact: true }).fill('paard batterij nietje');
	await backup.getByLabel('Wachtwoord herhalen').fill('paard batterij nietje');
	const download = lead.page.waitForEvent('download');
	await backup.getByRole('button', { name: 'Back-up maken' }).click();
	const file = await download;
	const path = join(mkdtempSync(join(tmpdir(), 'wakker-backup-')), file.suggestedFilename());
	await file.saveAs(path);
	await expect(backup.getByRole('status')).toContainText('versleuteld');
	await expect(backup).toContainText('Laatste back-up:');
	const { readFileSync } = await import('node:fs');
	expect(readFileSync(path, 'utf8')).not.toContain('Lotte Vermeulen');

	await other.page.goto('/gegevens');
	await other.page.getByLabel('Kies een WAKKER-bestand (.json)').setInputFiles(path);
	await other.page.getByLabel('Dit bestand is versleuteld. Wachtwoord').fill('fout wachtwoord');
	await other.page.getByRole('button', { name: 'Openen' }).click();
	await expect(other.page.getByRole('alert')).toContainText('Het wachtwoord is niet juist');
	await other.page.getByLabel('Dit bestand is versleuteld. Wachtwoord').fill('paard batterij nietje');
	await other.page.getByRole('button', { name: 'Openen' }).click();
	await expect(other.page.getByRole('heading', { name: 'Voorbeeld: Volledige back-up' })).toBeVisible();
	await other.page.getByRole('button', { name: 'Terugzetten: alles vervangen…' }).click();
	const confirm = other.page.getByRole('alertdialog');
	await expect(confirm.getByRole('row', { name: /Kandidaten/ })).toContainText('6');
	expect(await seriousAxeViolations(other.page)).toEqual([]);
	await confirm.getByRole('button', { name: 'Ja, alles vervangen' }).click();
	await expect(other.page.getByRole('status').filter({ hasText: 'De back-up is teruggezet.' })).toBeVisible();
	await other.page.goto('/gegevens/privacy');
	await expect(other.page.getByLabel('Kandidaat', { exact: true }).locator('option', { hasText: 'Lotte Vermeulen' })).toHaveCount(1);
	await lead.context.close();
	await other.context.close();
});
