import { test, expect, type Download, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

// Rendered pages are kept here for a look by eye (pdftoppm PNGs next to each PDF); outside test-results,
// which Playwright empties at the start of every run.
const OUT = process.env.REPORTS_OUT ?? join(tmpdir(), 'wakker-reports');
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';
const ZOE = "Zoë O'Brien-Çelik";
const PROFILE = JSON.parse(readFileSync('rubrics/done-profiel.json', 'utf8')) as { competencies: { name: string }[] };
const COMPETENCY_NAMES = PROFILE.competencies.map((c) => c.name);

// The service worker precaches every asset (pdfmake included) in the background for offline use and answers
// navigations itself; these tests look at what the pages load and at IndexedDB across real reloads.
test.use({ serviceWorkers: 'block' });

/** The big pdfmake and font chunks of the build: they must load only when a PDF is asked for. */
function pdfmakeChunks(): string[] {
	// pdfmake's own chunk, and the Roboto font files it fetches on the first PDF.
	const dir = join(BUILD_DIR, '_app', 'immutable', 'chunks');
	const code = readdirSync(dir).filter((f) => {
		const path = join(dir, f);
		if (statSync(path).size < 300_000) return false;
		return readFileSync(path, 'utf8').includes('addVirtualFileSystem');
	});
	const fonts = readdirSync(join(BUILD_DIR, '_app', 'immutable', 'assets')).filter((f) => /^Roboto-.*\.ttf$/.test(f));
	return [...code, ...fonts];
}

async function savePdf(download: Download, name: string): Promise<{ text: string; pages: number }> {
	mkdirSync(OUT, { recursive: true });
	const file = join(OUT, `${name}.pdf`);
	await download.saveAs(file);
	execFileSync('pdftoppm', ['-png', '-r', '70', file, join(OUT, name)]);
	const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
	// pdftotext keeps the layout's line breaks; compare on single spaces.
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	return { text, pages };
}

async function loadDemo(page: Page): Promise<string> {
	await page.goto('/');
	await page.getByRole('button', { name: 'Demo-assessment laden' }).click();
	const open = page.getByRole('link', { name: 'Open het demo-assessment' });
	await expect(open).toBeVisible({ timeout: 20_000 });
	return (await open.getAttribute('href'))!.split('/').pop()!;
}

async function expectNoSeriousAxe(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('the first page does not load pdfmake or its fonts', async ({ page }) => {
	const chunks = pdfmakeChunks();
	expect(chunks.length).toBeGreaterThanOrEqual(2);
	const requested: string[] = [];
	page.on('request', (r) => requested.push(r.url()));
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(requested.filter((url) => chunks.some((c) => url.endsWith(c)))).toEqual([]);
	const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
	expect(loaded.filter((url) => chunks.some((c) => url.endsWith(c)))).toEqual([]);
});

test('candidate and session reports from the demo: complete, in Dutch, names as typed', async ({ page }) => {
	test.setTimeout(120_000);
	const sessionId = await loadDemo(page);
	// Coaches reach the reports from the PDP page.
	await page.goto('/pdp');
	await page.getByRole('link', { name: /^Rapporteren: Demo/ }).click();
	await expect(page).toHaveURL(new RegExp(`/sessies/${sessionId}/rapport$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Rapporteren');
	await expectNoSeriousAxe(page);

	const [candidatePdf] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: `Kandidaatrapport (PDF) van ${ZOE}` }).click()
	]);
	await expect(page.getByRole('status').filter({ hasText: 'bewaard als' })).toBeVisible();
	const candidate = await savePdf(candidatePdf, 'kandidaatrapport');
	expect(candidate.text).toContain(`Assessmentrapport ${ZOE}`);
	// The demo measures a selection of the profile: every one of them has its section after the overview.
	// (The comparison with the job target names competencies the job asks but the demo did not measure: left out here.)
	const overviewText = candidate.text.split('Tegenover het jobdoelwit')[0]!;
	expect(candidate.text).toContain('Tegenover het jobdoelwit: Fietshersteller');
	const measured = COMPETENCY_NAMES.filter((name) => overviewText.includes(name));
	expect(measured.length).toBeGreaterThanOrEqual(6);
	for (const name of measured) expect(candidate.text.split(name).length - 1).toBeGreaterThanOrEqual(2);
	expect(candidate.text).toContain('Sterke punten en groeipunten');
	// Before the consensus is locked every page says the report is provisional.
	expect(candidate.text.split('VOORLOPIG').length - 1).toBeGreaterThanOrEqual(candidate.pages);
	expect(candidate.text).toContain('Hoe kwamen deze scores tot stand?');
	// The demo has no consensus yet: the report must say so rather than pretend.
	expect(candidate.text).toContain('nog geen consensus');
	expect(candidate.text).toMatch(new RegExp(`Einde van het rapport\\. .*pagina ${candidate.pages} van ${candidate.pages}`));
	expect(candidate.pages).toBeGreaterThanOrEqual(4);
	expect(candidate.pages).toBeLessThan(80);

	const [sessionPdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sessierapport (PDF)' }).click()]);
	const session = await savePdf(sessionPdf, 'sessierapport');
	expect(session.text).toContain(ZOE);
	expect(session.text).toContain('Werkorganisatie / tijdsbeheer');
	expect(session.text).toContain('Einde van het sessierapport.');
	expect(session.pages).toBeLessThanOrEqual(6);
});

test('a PDP drafted from the demo keeps its follow-up across a reload and exports', async ({ page }) => {
	test.setTimeout(120_000);
	const sessionId = await loadDemo(page);
	await page.goto(`/sessies/${sessionId}/rapport`);
	await page.getByRole('button', { name: `PDP opstellen voor ${ZOE}` }).click();
	await expect(page).toHaveURL(/\/pdp\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(ZOE);
	await expectNoSeriousAxe(page);

	// The coach adds an action of their own; it gets SMART hints and is followed up.
	const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Nieuwe actie' }) });
	await form.getByLabel('Concrete actie').fill('Bel 3 werkgevers uit de logistiek <script>alert(1)</script>');
	await form.getByLabel('Tijdspanne').fill('binnen 2 weken');
	await form.getByLabel('Wie?').fill('Zoë');
	await form.getByRole('button', { name: 'Actie toevoegen' }).click();
	const card = page.locator('li.card').filter({ hasText: 'Bel 3 werkgevers uit de logistiek <script>alert(1)</script>' });
	await expect(card).toBeVisible();

	// A coaching session held three days ago, typed in today: the follow-up carries that day.
	const held = new Date(Date.now() - 3 * 24 * 3600 * 1000);
	const heldIso = `${held.getFullYear()}-${String(held.getMonth() + 1).padStart(2, '0')}-${String(held.getDate()).padStart(2, '0')}`;
	const heldNl = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' }).format(held);
	const session = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Nieuw coachinggesprek' }) });
	await session.getByLabel('Datum van het gesprek').fill('2035-01-01');
	await session.getByLabel('Wat spraken jullie af?').fill('Zoë belt zelf nog één werkgever.');
	await session.getByRole('button', { name: 'Gesprek bewaren' }).click();
	await expect(session.getByRole('alert')).toContainText('in de toekomst');
	await session.getByLabel('Datum van het gesprek').fill(heldIso);
	const update = session.getByRole('listitem').filter({ hasText: 'Bel 3 werkgevers uit de logistiek' });
	await update.getByRole('radio', { name: 'Deels voltooid' }).check();
	await update.getByRole('textbox').fill('Twee werkgevers gebeld, één gesprek gepland');
	const next = new Date(held.getTime() + 14 * 24 * 3600 * 1000);
	await session.getByLabel('Volgende afspraak').fill(`${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-${String(next.getDate()).padStart(2, '0')}`);
	await session.getByLabel('Uur en plaats (niet verplicht)').fill('14 uur, kantoor');
	await session.getByRole('button', { name: 'Gesprek bewaren' }).click();
	await expect(page.getByRole('heading', { name: `Gesprek van ${heldNl}` })).toBeVisible();
	await expect(card.getByRole('table')).toContainText('Twee werkgevers gebeld, één gesprek gepland');
	await expect(card.getByRole('table')).toContainText(heldNl);

	// A need typed by the coach is saved as typed, without pressing anything.
	await page.getByRole('button', { name: 'Hulpbron toevoegen' }).click();
	const resource = page.getByRole('textbox', { name: /^Hulpbron \d+$/ }).last();
	await resource.fill('Haar broer brengt haar de eerste week');
	await page.waitForTimeout(600);

	await page.reload();
	const after = page.locator('li.card').filter({ hasText: 'Bel 3 werkgevers uit de logistiek' });
	await expect(after.getByRole('table')).toContainText('Twee werkgevers gebeld, één gesprek gepland');
	await expect(after.getByRole('table')).toContainText('+/−');
	await expect(page.getByRole('textbox', { name: /^Hulpbron \d+$/ }).last()).toHaveValue('Haar broer brengt haar de eerste week');
	const row = page.getByRole('row').filter({ has: page.getByRole('textbox', { name: /^Concrete actie \d+$/ }) }).last();
	await expect(row.getByRole('radio', { name: 'Deels voltooid' })).toBeChecked();

	const [pdpPdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Actieplan als PDF' }).click()]);
	const pdp = await savePdf(pdpPdf, 'pdp');
	for (const column of ['Concrete acties', 'Tijdspanne', 'Wie?', 'Voltooid?', 'Opmerkingen']) expect(pdp.text).toContain(column);
	expect(pdp.text).toContain(ZOE);
	expect(pdp.text).toContain('<script>alert(1)</script>');
	expect(pdp.text).toContain('Twee werkgevers gebeld, één gesprek gepland');
	expect(pdp.text).toContain('Haar broer brengt haar de eerste week');
	expect(pdp.text).toContain('Einde van het PDP.');

	await page.getByRole('link', { name: 'Afdrukvriendelijke pagina' }).click();
	await expect(page.getByRole('heading', { name: 'Persoonlijk Doorstroom Plan' })).toBeVisible();
	await expectNoSeriousAxe(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
	await page.screenshot({ path: join(OUT, 'pdp-print.png'), fullPage: true });
	await page.emulateMedia({ media: 'screen' });

	await page.goto('/pdp');
	await expect(page.getByRole('link', { name: `PDP ${ZOE}` })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: `PDP ${ZOE}` })).toContainText('1 gesprek');
	await expectNoSeriousAxe(page);

	// Drafting again opens the same PDP, from the list and from the reports page.
	const pdpUrl = new URL(page.url()).origin + (await page.getByRole('link', { name: `PDP ${ZOE}` }).getAttribute('href'))!;
	const zoeOption = page.locator('#pdp-kandidaat option', { hasText: ZOE });
	await page.getByLabel('Kandidaat').selectOption((await zoeOption.getAttribute('value'))!);
	await page.getByRole('button', { name: 'PDP opstellen' }).click();
	await expect(page.getByText('had al een PDP voor dit assessment-center')).toBeVisible();
	await expect(page).toHaveURL(`${pdpUrl}?bestaand=1`);
	await page.goto(`/sessies/${sessionId}/rapport`);
	await page.getByRole('link', { name: `PDP openen van ${ZOE}` }).click();
	await expect(page).toHaveURL(pdpUrl);

	// Deleting asks nothing and can be undone from the toast.
	await page.getByRole('button', { name: 'PDP verwijderen' }).click();
	await expect(page).toHaveURL(/\/pdp\?verwijderd=/);
	await expect(page.getByRole('status').filter({ hasText: 'PDP verwijderd' })).toBeVisible();
	await expect(page.getByRole('link', { name: `PDP ${ZOE}` })).toBeHidden();
	await page.getByRole('button', { name: 'Ongedaan maken' }).click();
	await expect(page).toHaveURL(pdpUrl);
	await expect(page.getByRole('table', { name: /Geschiedenis van actie/ }).first()).toBeVisible();
	await page.goto('/pdp');
	await page.setViewportSize({ width: 820, height: 1180 });
	await page.getByRole('link', { name: `PDP ${ZOE}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(ZOE);
	await page.screenshot({ path: join(OUT, 'pdp-portrait.png'), fullPage: true });
});
