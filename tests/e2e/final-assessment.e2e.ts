import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANDSCAPE, loadDemo, PORTRAIT, seriousAxeViolations, smallTargets } from './helpers/qa';

/**
 * Rapporteren: after the consensus for one candidate, the lead writes the eindbeoordeling (advice,
 * motivation, sterke punten, groeipunten, aandachtspunten) and the candidate report carries it.
 */

test.use({ serviceWorkers: 'block' });

/** Decides every cell of the first candidate in the consensus matrix, as the lead; returns the candidate's name. */
async function decideFirstCandidate(page: Page, sessionId: string): Promise<string> {
	await page.goto(`/sessies/${sessionId}/consensus`);
	await page.getByRole('button', { name: 'An Peeters', exact: true }).click();
	const matrix = page.getByRole('region', { name: /Consensusmatrix/ });
	const row = matrix.locator('tbody tr').first();
	const candidate = (await row.locator('th').innerText()).trim();
	const cells = row.locator('td button');
	const count = await cells.count();
	const panel = page.locator('section.panel');
	for (let i = 0; i < count; i++) {
		await cells.nth(i).click();
		await panel.getByLabel(i % 3 === 0 ? /· Matig$/ : /· Goed$/).check();
		await panel.getByLabel(/^Reden/).fill(`Besproken in de consensus, notities van beide assessoren (${i + 1}).`);
		await panel.getByRole('button', { name: 'Consensus vastleggen' }).click();
		await expect(panel.getByText('Consensus vastgelegd.')).toBeVisible();
	}
	return candidate;
}

test('the lead writes an eindbeoordeling after the consensus and the candidate report carries it', async ({ page }) => {
	test.setTimeout(150_000);
	const sessionId = await loadDemo(page);
	const candidate = await decideFirstCandidate(page, sessionId);

	await page.goto(`/sessies/${sessionId}`);
	await page.getByRole('link', { name: 'Eindbeoordeling' }).click();
	await expect(page).toHaveURL(`/sessies/${sessionId}/eindbeoordeling`);
	await expect(page.getByText(/^Voorlopig: de consensus is nog niet vergrendeld/)).toBeVisible();
	// Another candidate, without consensus, cannot get one yet.
	await page.getByRole('tab').nth(1).click();
	await expect(page.getByRole('alert')).toContainText('Eerst consensus: nog 9 competenties zonder consensusbesluit');
	await page.getByRole('tab', { name: new RegExp(candidate) }).click();

	const form = page.getByRole('region', { name: `Eindbeoordeling van ${candidate}` });
	await expect(form.getByRole('group', { name: 'Groeipunten' }).getByRole('checkbox')).toHaveCount(3);
	await expect(form.getByRole('group', { name: 'Sterke punten' }).getByRole('checkbox')).toHaveCount(6);
	await form.getByRole('radio', { name: /Bijna doorstroomklaar/ }).check();
	await expect(form.getByText('Advies bewaard.')).toBeVisible();
	const motivation = 'Werkt nauwkeurig en zelfstandig; samenwerken en afspraken nakomen vragen nog oefening in een PDP.';
	await form.getByLabel('Motivatie').fill(motivation);
	await form.getByLabel('Aandachtspunten').fill('Vervoer naar de werkplek nog regelen.');
	await expect(form.getByText('Geschreven door An Peeters', { exact: false })).toBeVisible();

	for (const [name, size] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const) {
		await page.setViewportSize(size);
		await page.screenshot({ path: `/tmp/qa-eindbeoordeling-${name}.png`, fullPage: true });
		expect(await seriousAxeViolations(page)).toEqual([]);
		expect(await smallTargets(page)).toEqual([]);
	}

	// Kept after a reload: everything was saved as it was typed.
	await page.reload();
	await page.getByRole('tab', { name: new RegExp(candidate) }).click();
	await expect(page.getByLabel('Motivatie')).toHaveValue(motivation);
	await expect(page.getByRole('tab', { name: new RegExp(candidate) })).toContainText('Bijna doorstroomklaar');

	await page.getByRole('link', { name: 'Naar de rapporten' }).click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Kandidaatrapport (PDF) van ${candidate}` }).click()]);
	const file = join(mkdtempSync(join(tmpdir(), 'qa-eind-')), 'kandidaat.pdf');
	await download.saveAs(file);
	execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, '/tmp/qa-eindbeoordeling-report']);
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	expect(text).toContain('Eindbeoordeling');
	expect(text).toContain('Advies: Bijna doorstroomklaar');
	expect(text).toContain(motivation);
	expect(text).toContain('Vervoer naar de werkplek nog regelen.');
});
