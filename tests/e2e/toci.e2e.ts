import { execFileSync } from 'node:child_process';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { horizontalOverflow, LANDSCAPE, PORTRAIT, smallTargets } from './helpers/qa';

async function expectNoSeriousAxe(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Waits until the debounced autosave has written (status "Bewaard" next to the field). */
async function typeAndWait(page: Page, label: string | RegExp, text: string, nth = 0) {
	const field = page.getByLabel(label).nth(nth);
	await field.fill(text);
	await expect(page.locator(`#${await field.getAttribute('id')}-status`)).toHaveText('Bewaard');
}

test('a TOCI conversation from self-evaluation to a doorstroom decision survives a reload', async ({ page }) => {
	// Three conversations, both orientations and a delete with undo: longer than one screen's check on a loaded machine.
	test.setTimeout(180_000);
	await page.goto('/toci');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('TOCI-evaluaties');

	// Bad input: refused with a Dutch message, nothing stored.
	await page.getByLabel('Naam', { exact: true }).fill('x'.repeat(10_000));
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByRole('alert')).toContainText('te lang');

	await page.getByLabel('Naam', { exact: true }).fill('<script>alert(1)</script> Yasmine');
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('<script>alert(1)</script> Yasmine');

	await page.getByLabel('Naam van de mentor').fill('Mo Peeters');
	await page.getByLabel('Datum').fill('2026-03-02');
	await page.getByRole('button', { name: 'Gesprek starten' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Evaluatiegesprek');

	// 1. The youth on the tablet: plain-language questions, youth scale labels, an example per competency.
	await expect(page.getByText('Geef de tablet aan')).toBeVisible();
	const first = page.locator('.self li').first();
	await first.getByLabel('Altijd').check();
	await typeAndWait(page, 'Mijn voorbeeld', 'Ik was elke dag om 8 uur binnen, ook toen de bus laat was.');
	await page.locator('.self li').nth(1).getByLabel('Soms').check();
	await expect(page.getByRole('status').filter({ hasText: 'Ingevuld' })).toHaveText('Ingevuld: 2 van 12');
	await page.setViewportSize({ width: 820, height: 1180 });
	await page.screenshot({ path: '/tmp/cons-toci-self-portrait.png', fullPage: false });
	await expectNoSeriousAxe(page);
	await page.setViewportSize({ width: 1180, height: 820 });

	// 2. The mentor on the same scale.
	await page.getByRole('button', { name: '2. Mentor' }).click();
	const mentorFirst = page.locator('section[aria-labelledby="mentor-title"] li.card').first();
	await mentorFirst.getByLabel('In ontwikkeling').check();
	await typeAndWait(page, 'Wat zag je? (concreet voorbeeld)', 'Twee keer te laat zonder te verwittigen.');
	await page.locator('section[aria-labelledby="mentor-title"] li.card').nth(1).getByLabel('Grotendeels verworven').check();
	await expect(page.getByRole('status').filter({ hasText: 'Ingevuld' })).toHaveText('Ingevuld: 2 van 12');

	// 4. Side by side: where self and mentor differ are talking points.
	await page.getByRole('button', { name: '4. Naast elkaar' }).click();
	const talk = page.locator('.talk');
	await expect(talk.getByRole('listitem')).toHaveCount(2);
	await expect(talk.getByRole('listitem').first()).toContainText('2 stappen hoger');
	await expect(page.getByText('telt niet mee in de overeenstemmingsstatistieken')).toBeVisible();
	await page.screenshot({ path: '/tmp/cons-toci-compare-landscape.png', fullPage: true });
	await expectNoSeriousAxe(page);

	// 5. Agreements: mastered, a SMART action for the PDP, the doorstroom decision.
	await page.getByRole('button', { name: '5. Afspraken' }).click();
	await page.getByRole('checkbox', { name: /Samenwerken|Stiptheid/ }).first().check();
	await page.getByLabel('Wat ga je concreet doen?').fill('Elke ochtend de bus van 7u30 nemen en de mentor bellen bij vertraging');
	await page.getByLabel('Tijdspanne (tegen wanneer?)').fill('4 weken, tot 1 april');
	await page.getByLabel('Wie?').fill('Yasmine');
	await page.getByRole('button', { name: 'Actie toevoegen aan het PDP' }).click();
	await expect(page.getByLabel('Concrete actie')).toHaveValue(/bus van 7u30/);
	await page.getByLabel('Doorstromen naar een volgende stageplaats').check();
	await page.getByLabel(/Arbeidsbereid \(stage\)/).check();
	await page.getByLabel('Reden').fill('Basiscompetenties groeien; een drukkere werkplek geeft nieuwe leerkansen.');
	await expect(page.getByText('Besluit bewaard.')).toBeVisible();
	await page.setViewportSize({ width: 820, height: 1180 });
	await page.screenshot({ path: '/tmp/cons-toci-afspraken-portrait.png', fullPage: true });
	await expectNoSeriousAxe(page);
	await page.setViewportSize({ width: 1180, height: 820 });

	// Everything is still there after a reload.
	await page.reload();
	await expect(page.getByLabel('Reden')).toHaveValue('Basiscompetenties groeien; een drukkere werkplek geeft nieuwe leerkansen.');
	await expect(page.getByLabel('Doorstromen naar een volgende stageplaats')).toBeChecked();
	await expect(page.getByLabel('Concrete actie')).toHaveValue(/bus van 7u30/);
	await expect(page.getByText('1 van 12 verworven')).toBeVisible();
	await page.getByRole('button', { name: '1. Zelfevaluatie' }).click();
	await expect(page.getByLabel('Mijn voorbeeld').first()).toHaveValue('Ik was elke dag om 8 uur binnen, ook toen de bus laat was.');
	await expect(page.locator('.self li').first().getByLabel('Altijd')).toBeChecked();

	// A second evaluation of the same youth. Implausible dates are refused in Dutch and nothing is made.
	await page.getByRole('link', { name: /Yasmine/ }).click();
	for (const [date, message] of [
		['1990-03-02', /2 maart 1990 ligt ver vóór het traject/],
		['2035-03-02', /te ver in de toekomst/]
	] as const) {
		await page.getByLabel('Datum').fill(date);
		await page.getByRole('button', { name: 'Gesprek starten' }).click();
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.locator('.evals > li')).toHaveCount(1);
	}
	await page.getByLabel('Datum').fill('2026-06-15');
	await page.getByRole('button', { name: 'Gesprek starten' }).click();

	// It opens with the previous conversation's SMART actions: how did they go, which go along?
	await expect(page.getByRole('heading', { name: 'Afspraken van het vorige gesprek (2 maart 2026)' })).toBeVisible();
	const previous = page.locator('section[aria-labelledby="previous-title"] li');
	await expect(previous).toHaveCount(1);
	await expect(previous.first()).toContainText('bus van 7u30');
	await expect(previous.first().getByLabel('Niet gedaan')).toBeChecked();
	await previous.first().getByLabel('Deels gedaan').check();
	await previous.first().getByLabel('Meenemen naar dit gesprek').check();
	await expect(previous.first().getByLabel('Meenemen naar dit gesprek')).toBeChecked();
	await page.getByRole('button', { name: '5. Afspraken' }).click();
	await expect(page.getByLabel('Concrete actie')).toHaveValue(/bus van 7u30/);
	// The conversation on paper for the youth and the mentor, read back as a reader sees it.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Verslag als PDF (voor jongere en mentor)' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^evaluatiegesprek-.*yasmine-15-juni-2026\.pdf$/);
	const pdf = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	for (const words of ['Ons evaluatiegesprek', 'Wat we de vorige keer afspraken (2 maart 2026)', 'Deels gedaan', 'Wat we afspreken voor de volgende periode', 'De mentor'])
		expect(pdf).toContain(words);
	await expect(page.getByRole('status').filter({ hasText: 'Verslag bewaard als' })).toBeVisible();
	// A long example gets a counter, never a silent cut.
	await page.getByRole('button', { name: '1. Zelfevaluatie' }).click();
	const example = page.getByLabel('Mijn voorbeeld').first();
	await example.fill('Ik kwam op tijd. '.repeat(120));
	const exampleId = await example.getAttribute('id');
	await expect(page.locator(`#${exampleId}-count`)).toContainText('2.040 / 2.000 tekens: 40 te veel');
	await expect(example).toHaveValue('Ik kwam op tijd. '.repeat(120));
	await example.fill('Ik kwam elke dag op tijd.');
	await expect(page.locator(`#${exampleId}-status`)).toHaveText('Bewaard');
	await page.getByRole('button', { name: '2. Mentor' }).click();
	await page.locator('section[aria-labelledby="mentor-title"] li.card').first().getByLabel('Verworven', { exact: true }).check();
	await expect(page.getByRole('status').filter({ hasText: 'Ingevuld' })).toHaveText('Ingevuld: 1 van 12');
	await page.getByRole('link', { name: /Yasmine/ }).click();
	const table = page.locator('#toci-progress-table');
	await expect(table.locator('thead th')).toHaveCount(4);
	await expect(table.locator('tbody tr').first()).toContainText('+2');
	await expect(table.locator('tfoot tr').last()).toContainText('Doorstromen naar een volgende stageplaats');
	// Each decision sits under its own date: the cells of the "Besluit" row line up with the date columns.
	const lefts = (cells: Element[]) => cells.map((c) => Math.round(c.getBoundingClientRect().left));
	const columns = await table.locator('thead th').evaluateAll(lefts);
	expect(await table.locator('tfoot tr').last().locator('th, td').evaluateAll(lefts)).toEqual(columns);
	for (const [name, size] of [
		['landscape', LANDSCAPE],
		['portrait', PORTRAIT]
	] as const) {
		await page.setViewportSize(size);
		await page.screenshot({ path: `/tmp/coaches-toci-progress-${name}.png`, fullPage: true });
		await expectNoSeriousAxe(page);
		expect(await smallTargets(page)).toEqual([]);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
	}
	await page.setViewportSize(LANDSCAPE);

	// A mistaken conversation is deleted after a confirmation, and can be brought back.
	await page.getByLabel('Datum').fill('2026-06-16');
	await page.getByRole('button', { name: 'Gesprek starten' }).click();
	await expect(page.getByRole('heading', { name: /Afspraken van het vorige gesprek \(15 juni 2026\)/ })).toBeVisible();
	await page.getByRole('link', { name: /Yasmine/ }).click();
	await expect(page.locator('.evals > li')).toHaveCount(3);
	await page.getByRole('button', { name: /Gesprek van 16 juni 2026.* verwijderen/ }).click();
	await expect(page.getByRole('alert')).toContainText('Het gesprek van 16 juni 2026 verwijderen?');
	await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
	await expect(page.locator('.evals > li')).toHaveCount(2);
	await expect(page.getByText('Het gesprek van 16 juni 2026 is verwijderd.')).toBeVisible();
	await page.getByRole('button', { name: 'Ongedaan maken' }).click();
	await expect(page.locator('.evals > li')).toHaveCount(3);
	await page.getByRole('button', { name: /Gesprek van 16 juni 2026.* verwijderen/ }).click();
	await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
	await expect(page.locator('.evals > li')).toHaveCount(2);
	await page.reload();
	await expect(page.locator('.evals > li')).toHaveCount(2);
	await expect(table.locator('thead th')).toHaveCount(4);
});
