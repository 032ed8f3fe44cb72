import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { LANDSCAPE, PORTRAIT, horizontalOverflow, loadDemo, seriousAxeViolations, smallTargets, storedRecords, watchOutsideRequests } from './helpers/qa';

// Screenshots and the rendered PDF pages, kept for a look by eye.
const OUT = join('test-results', 'targets');
const SHOTS = process.env.TARGETS_OUT ?? join(tmpdir(), 'wakker-targets');
test.use({ serviceWorkers: 'block' });

async function bothWays(page: Page, name: string) {
	mkdirSync(SHOTS, { recursive: true });
	for (const [label, size] of [['portret', PORTRAIT], ['landschap', LANDSCAPE]] as const) {
		await page.setViewportSize(size);
		await page.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage: true });
		expect(await seriousAxeViolations(page)).toEqual([]);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
	}
}

test('functieprofielen: browsable, chosen for a candidate, suggested at set-up, compared in the consensus, the report and its PDF', async ({ page }) => {
	test.setTimeout(180_000);
	const outside = watchOutsideRequests(page);
	const sessionId = await loadDemo(page);

	// The profiles are an instrument like every other: readable in Rubrieken, marked as examples.
	await page.goto('/rubrieken');
	await page.getByRole('link', { name: /Functieprofielen \(voorbeelden\)/ }).click();
	await expect(page.getByRole('heading', { name: 'Magazijnmedewerker' })).toBeVisible();
	await expect(page.getByText(/Geschreven voor deze app als voorbeeld/).first()).toBeVisible();

	// Set-up: each demo candidate points at a job; a new candidate can too, and the competencies the jobs ask are suggested.
	await page.goto(`/sessies/${sessionId}/opzet`);
	await expect(page.getByLabel(/^Functieprofiel ?van Zoë O'Brien-Çelik$/)).toHaveValue('functieprofielen@1.0.0#fietshersteller');
	// The free text keeps the nuance; the functieprofiel is what the comparison reads. The choice is kept across a reload.
	await page.getByLabel(/^Functieprofiel ?van Jonas Mukendi$/).selectOption({ label: 'Groenarbeider (Functieprofielen (voorbeelden) 1.0.0)' });
	await expect.poll(async () => (await storedRecords(page, 'candidates')).find((c) => c['name'] === 'Jonas Mukendi')?.['targetJob']).toEqual({ profilesKey: 'functieprofielen@1.0.0', jobId: 'groenarbeider' });
	await page.reload();
	await expect(page.getByLabel(/^Functieprofiel ?van Jonas Mukendi$/)).toHaveValue('functieprofielen@1.0.0#groenarbeider');
	const suggestion = page.getByRole('region', { name: 'Wat de functieprofielen vragen' });
	await expect(suggestion).toContainText('De functieprofielen van de kandidaten vragen ook');
	const suggested = await suggestion.getByRole('listitem').count();
	expect(suggested).toBeGreaterThan(0);
	const first = (await suggestion.getByRole('listitem').first().locator('strong').innerText()).trim();
	await suggestion.getByRole('button', { name: `Toevoegen: ${first}` }).click();
	await expect(suggestion.getByRole('listitem')).toHaveCount(suggested - 1);
	await expect(page.getByRole('checkbox', { name: new RegExp(first) })).toBeChecked();
	await bothWays(page, 'opzet');
	expect(await smallTargets(page)).toEqual([]);

	// Consensus: the comparison reads the matrix this assessor sees.
	await page.goto(`/sessies/${sessionId}/consensus`);
	await page.getByRole('button', { name: 'An Peeters', exact: true }).click();
	const panel = page.getByRole('region', { name: 'Tegenover het jobdoelwit' });
	await panel.getByLabel('Kandidaat').selectOption({ label: 'Mohamed Benali – Magazijnmedewerker' });
	await expect(panel).toContainText('Klaar voor doorstroom naar Magazijnmedewerker?');
	await expect(panel).toContainText('de hoofdassessor beslist in de eindbeoordeling');
	await expect(panel.getByRole('table')).toContainText(/vraagt (goed|zeer goed|matig), nu (onvoldoende|matig|goed|zeer goed)/);
	await expect(panel.getByText(/Vraagt de job, maar niet gemeten in dit assessment-center \(\d+\)/)).toBeVisible();
	await expect(panel.getByRole('img').first()).toHaveAttribute('aria-label', /^vraagt /);
	await expect(panel.getByLabel('Kandidaat').locator('option', { hasText: 'Jonas Mukendi – Groenarbeider' })).toHaveCount(1);
	await panel.getByText(/Niet van belang voor Magazijnmedewerker/).click();
	await expect(panel.getByRole('listitem').first()).toBeVisible();
	await panel.scrollIntoViewIfNeeded();
	await bothWays(page, 'consensus');

	// Rapporteren: the same comparison on screen, and in the candidate's PDF.
	await page.goto(`/sessies/${sessionId}/rapport`);
	const reportPanel = page.getByRole('region', { name: 'Tegenover het jobdoelwit' });
	await reportPanel.getByLabel('Kandidaat').selectOption({ label: 'Mohamed Benali – Magazijnmedewerker' });
	await expect(reportPanel).toContainText('(voorlopig)');
	await bothWays(page, 'rapport');
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Kandidaatrapport (PDF) van Mohamed Benali' }).click();
	const download = await downloadPromise;
	mkdirSync(OUT, { recursive: true });
	const file = join(OUT, 'mohamed.pdf');
	await download.saveAs(file);
	execFileSync('pdftoppm', ['-png', '-r', '60', file, join(SHOTS, 'mohamed')]);
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	expect(text).toContain('Functieprofiel Magazijnmedewerker');
	expect(text).toContain('Tegenover het jobdoelwit: Magazijnmedewerker');
	expect(text).toContain('Klaar voor doorstroom naar Magazijnmedewerker?');
	expect(text).toMatch(/vraagt (goed|zeer goed|matig), nu (onvoldoende|matig|goed|zeer goed)/);
	expect(text).toContain('Niet van belang voor deze job');
	expect(text).toContain('Vraagt de job, maar niet gemeten in dit assessment-center');
	expect(outside).toEqual([]);
});

test('a candidate without a functieprofiel shows no comparison, and choosing none clears it', async ({ page }) => {
	const sessionId = await loadDemo(page);
	await page.goto(`/sessies/${sessionId}/opzet`);
	const select = page.getByLabel(/^Functieprofiel ?van Zoë O'Brien-Çelik$/);
	await select.selectOption({ label: 'Geen functieprofiel' });
	await expect(select).toHaveValue('');
	await expect.poll(async () => (await storedRecords(page, 'candidates')).find((c) => c['name'] === "Zoë O'Brien-Çelik")?.['targetJob']).toBeUndefined();
	await page.reload();
	await expect(page.getByLabel(/^Functieprofiel ?van Zoë O'Brien-Çelik$/)).toHaveValue('');
	await page.goto(`/sessies/${sessionId}/rapport`);
	const reportPanel = page.getByRole('region', { name: 'Tegenover het jobdoelwit' });
	await expect(reportPanel.getByLabel('Kandidaat').locator('option', { hasText: "Zoë O'Brien-Çelik" })).toHaveCount(0);
	await expect(reportPanel).toContainText("Zonder functieprofiel: Zoë O'Brien-Çelik.");
});

test('an organisation writes its own functieprofiel in the app, by adapting an example, and a candidate can aim at it', async ({ page }) => {
	test.setTimeout(120_000);
	const sessionId = await loadDemo(page);
	await page.goto('/rubrieken');
	await page.getByRole('link', { name: /Functieprofielen \(voorbeelden\)/ }).click();

	// A new one from scratch: nothing is chosen for the writer, so saving at once names what is missing.
	await page.getByRole('link', { name: 'Nieuw functieprofiel schrijven' }).click();
	await page.getByRole('button', { name: 'Functieprofiel bewaren' }).click();
	const refused = page.getByRole('alert').filter({ hasText: 'Niet bewaard' });
	await expect(refused).toContainText('Geef de job een naam.');
	await expect(refused).toContainText('Kies een niveau of "niet van belang" voor: Samenwerken');
	await page.goBack();

	// Adapting an example copies every choice; the original stays as it is.
	await page.getByRole('link', { name: 'Aanpassen in een eigen versie: Schoonmaakmedewerker' }).click();
	await expect(page.getByLabel('Job', { exact: true })).toHaveValue('Schoonmaakmedewerker');
	await page.getByLabel('Job', { exact: true }).fill('Schoonmaker ziekenhuis <script>alert(1)</script>');
	const first = page.getByRole('group', { name: 'Samenwerken' });
	await first.getByLabel('Wat vraagt de job?').selectOption({ label: 'Zeer goed' });
	await first.getByLabel(/^Waarom/).fill('Op een afdeling werk je samen met verpleging en logistiek.');
	await bothWays(page, 'eigen-functieprofiel');
	expect(await smallTargets(page)).toEqual([]);
	await page.getByRole('button', { name: 'Functieprofiel bewaren' }).click();
	await expect(page).toHaveURL(/\/rubrieken\/bekijk\?versie=eigen-functieprofielen-done-profiel%401\.0\.0$/);
	const own = page.getByRole('region', { name: /Schoonmaker ziekenhuis/ });
	await expect(own.getByRole('heading', { level: 2 })).toContainText('Schoonmaker ziekenhuis <script>alert(1)</script>');
	await expect(own.getByRole('row', { name: /Samenwerken/ })).toContainText('Zeer goed');

	// The shipped example is unchanged.
	await page.goto('/rubrieken/bekijk?versie=functieprofielen%401.0.0');
	await expect(page.getByRole('region', { name: /^Schoonmaakmedewerker/ }).getByRole('row', { name: /Samenwerken/ })).not.toContainText('Zeer goed');

	// Set-up offers the own job next to the examples.
	await page.goto(`/sessies/${sessionId}/opzet`);
	const select = page.getByLabel(/^Functieprofiel ?van Lotte Vermeulen$/);
	await select.selectOption({ label: 'Schoonmaker ziekenhuis <script>alert(1)</script> (Eigen functieprofielen 1.0.0)' });
	await expect
		.poll(async () => ((await storedRecords(page, 'candidates')).find((c) => c['name'] === 'Lotte Vermeulen')?.['targetJob'] as { jobId?: string } | undefined)?.jobId)
		.toBe('schoonmaker-ziekenhuis-script-alert-1-script');
	await page.reload();
	await expect(page.getByLabel(/^Functieprofiel ?van Lotte Vermeulen$/)).toHaveValue(/^eigen-functieprofielen-done-profiel@1\.0\.0#schoonmaker-ziekenhuis-script-alert-1-script$/);
});
