import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const PROFILE_TITLE = 'DOne-competentieprofiel met SAM-gedragsindicatoren';
const PORTRAIT = { width: 820, height: 1180 };
const LANDSCAPE = { width: 1180, height: 820 };

async function expectNoSeriousAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

function ownProfile(id: string, version: string, definition = 'Komt op het afgesproken uur toe en meldt zich bij de ploegbaas.') {
	return {
		kind: 'competency-profile',
		id,
		version,
		title: 'Profiel van de groendienst',
		description: 'Eigen profiel voor de groendienst.',
		language: 'nl-BE',
		source: 'Eigen organisatie',
		scale: 'sam',
		competencies: [
			{
				id: 'stiptheid',
				name: 'Stiptheid op de werf',
				tier: 'kern',
				definition,
				provenance: 'user',
				indicators: [
					{
						id: 'aankomst',
						behaviour: 'Op tijd op de werf',
						levels: { onvoldoende: 'Komt te laat zonder te verwittigen.', matig: 'Komt te laat en verwittigt.', goed: 'Komt op tijd.', 'zeer-goed': 'Komt op tijd en zet het materiaal klaar.' }
					}
				]
			}
		]
	};
}

function jsonFile(name: string, content: unknown) {
	return { name, mimeType: 'application/json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content, null, 2)) };
}

const storedList = (page: Page) => page.getByRole('region', { name: 'Bewaarde rubrieken' }).getByRole('link');

test('the DOne profile shows its 18 competencies and Initiatief verbatim, readable in portrait and landscape', async ({ page }) => {
	await page.goto('/rubrieken');
	await page.getByRole('link', { name: new RegExp(PROFILE_TITLE) }).click();
	await expect(page.getByRole('heading', { level: 1, name: PROFILE_TITLE })).toBeVisible();

	await expect(page.getByRole('article')).toHaveCount(18);
	for (const tier of ['Kerncompetenties (6)', 'Bijkomende competenties (5)', 'Extra competenties (7)'])
		await expect(page.getByRole('heading', { level: 2, name: tier })).toBeVisible();
	const initiatief = page.getByRole('article', { name: 'Initiatief' });
	await expect(initiatief.getByText('uit het draaiboek')).toBeVisible();
	await expect(page.getByRole('article', { name: 'Samenwerken' }).getByText('geschreven voor deze app: vervang door je eigen instrument')).toBeVisible();
	await expect(page.getByRole('article', { name: 'Fysieke mogelijkheden, medische mogelijkheden' }).getByText('Gevoelige gegevens')).toBeVisible();

	await initiatief.getByRole('button', { name: 'Initiatief' }).click();
	await expect(initiatief.getByRole('button', { name: 'Initiatief' })).toHaveAttribute('aria-expanded', 'true');
	const grid = initiatief.getByRole('table', { name: 'Gedragsindicatoren Initiatief' });
	await expect(grid.getByRole('cell')).toHaveCount(16);
	await expect(grid.getByRole('rowheader')).toHaveCount(4);
	await expect(grid.getByRole('cell', { name: 'Constaateert problemen, maar blijft er passief bij.' })).toBeVisible();
	await expect(grid.getByRole('cell', { name: /Meldt spontaan wanneer een taak is afgerond en vraagt spontaan naar extra taken\./ })).toBeVisible();

	// Portrait tablet: each behaviour is a block with its four levels stacked, each named.
	await page.setViewportSize(PORTRAIT);
	await expect(grid.getByRole('columnheader', { name: 'Matig' })).not.toBeInViewport();
	const firstCell = grid.getByRole('cell').first();
	await expect(firstCell).toContainText('Onvoldoende');
	const cellBox = (await firstCell.boundingBox())!;
	const gridBox = (await grid.boundingBox())!;
	expect(cellBox.width).toBeGreaterThan(gridBox.width * 0.9);
	await initiatief.scrollIntoViewIfNeeded();
	await page.screenshot({ path: '/tmp/rub-profile-portrait.png' });
	await expectNoSeriousAxeViolations(page);

	// Landscape: the full grid, four level columns side by side.
	await page.setViewportSize(LANDSCAPE);
	await expect(grid.getByRole('columnheader', { name: 'Zeer goed' })).toBeVisible();
	const row = grid.getByRole('row').nth(1);
	const cells = row.getByRole('cell');
	const [a, b] = [(await cells.nth(0).boundingBox())!, (await cells.nth(1).boundingBox())!];
	expect(b.x).toBeGreaterThan(a.x + a.width - 2);
	expect(Math.abs(b.y - a.y)).toBeLessThan(2);
	await initiatief.scrollIntoViewIfNeeded();
	await page.screenshot({ path: '/tmp/rub-profile-landscape.png' });

	await page.getByRole('button', { name: 'Alle indicatoren openen' }).click();
	await expect(page.getByRole('table')).toHaveCount(18);

	// The file can be saved as the starting point of an own instrument.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Bestand downloaden/ }).click()]);
	expect(download.suggestedFilename()).toBe('done-profiel-1.0.0.json');
	const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(saved).toMatchObject({ kind: 'competency-profile', id: 'done-profiel', version: '1.0.0' });
	expect(saved.competencies).toHaveLength(18);
});

test('every built-in rubric has a readable view', async ({ page }) => {
	await page.goto('/rubrieken');
	await expect(storedList(page)).toHaveCount(17);
	const expectations: [RegExp, string][] = [
		[/TOCI/, 'Basiscompetenties (12)'],
		[/Persoonlijk Doorstroom Plan/, 'Voorgestelde acties per competentie'],
		[/Notitiecoach/, 'Persoonlijkheidskenmerk'],
		[/Oefeningen/, 'Scenario Magazijn + stock'],
		[/doorstroomklaar/i, 'Items (13)'],
		[/Kookopdracht: Bart/, 'Het verhaal (10 zinnen)']
	];
	for (const [link, heading] of expectations) {
		await page.goto('/rubrieken');
		await storedList(page).filter({ hasText: link }).first().click();
		await expect(page.getByRole('heading', { level: 2, name: heading, exact: false }).first()).toBeVisible();
	}
	// A calibration case shows its story, never the panel's levels: those come only after practising it.
	await expect(page.getByText('Onvoldoende')).toHaveCount(0);
	await page.setViewportSize(PORTRAIT);
	await page.screenshot({ path: '/tmp/rub-checklist-portrait.png', fullPage: false });
	await page.goto('/rubrieken');
	await storedList(page).filter({ hasText: /Oefeningen/ }).click();
	await expect(page.getByText('Klaarzetten:').first()).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Nauwkeurigheid' }).first()).toBeVisible();
	await page.screenshot({ path: '/tmp/rub-exercises-portrait.png' });
	await expectNoSeriousAxeViolations(page);
	await page.goto('/rubrieken');
	await storedList(page).filter({ hasText: /Persoonlijk Doorstroom Plan/ }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'Taalkennis (Nederlands)' })).toBeVisible();
	await page.screenshot({ path: '/tmp/rub-pdp-portrait.png' });
	await expectNoSeriousAxeViolations(page);
	await page.goto('/rubrieken');
	await page.screenshot({ path: '/tmp/rub-list-portrait.png' });
	await storedList(page).filter({ hasText: /TOCI/ }).click();
	await page.getByRole('heading', { name: /Basiscompetenties/ }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: '/tmp/rub-toci-portrait.png' });
	await expectNoSeriousAxeViolations(page);
});

test('an invalid file is refused with Dutch messages and a valid one is stored and shown', async ({ page }) => {
	await page.goto('/rubrieken');
	await expect(storedList(page)).toHaveCount(17);
	await expectNoSeriousAxeViolations(page);
	const picker = page.getByLabel('Kies een rubriekbestand (.json)');

	const broken = ownProfile('groendienst', '1.0.0') as Record<string, unknown>;
	delete broken.title;
	(broken.competencies as { tier: string }[])[0]!.tier = 'hoofd';
	await picker.setInputFiles(jsonFile('groendienst.json', broken));
	const refusal = page.getByText('Dit bestand is niet ingelezen; er is niets veranderd.');
	await expect(refusal).toBeVisible();
	await expect(page.getByText('groendienst.json: title: ontbreekt (verwacht tekst)')).toBeVisible();
	await expect(page.getByText(/groendienst\.json: competencies\[0\]\.tier: /)).toBeVisible();
	await page.setViewportSize(PORTRAIT);
	await page.getByRole('heading', { name: 'Eigen rubriek importeren' }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: '/tmp/rub-import-refused-portrait.png' });
	await expectNoSeriousAxeViolations(page);
	await expect(storedList(page)).toHaveCount(17);

	await picker.setInputFiles(jsonFile('kapot.json', '{ "kind": "competency-profile", '));
	await expect(page.getByText(/kapot\.json: geen geldige JSON/)).toBeVisible();
	await expect(storedList(page)).toHaveCount(17);

	await picker.setInputFiles(jsonFile('groendienst.json', ownProfile('groendienst', '1.0.0')));
	await expect(page.getByText('Profiel van de groendienst (versie 1.0.0) is toegevoegd.')).toBeVisible();
	await expect(storedList(page)).toHaveCount(18);
	await expect(storedList(page).filter({ hasText: 'Profiel van de groendienst' })).toContainText('zelf geïmporteerd');

	await picker.setInputFiles(jsonFile('groendienst-kopie.json', ownProfile('groendienst', '1.0.0')));
	await expect(page.getByText('Versie groendienst@1.0.0 staat er al met precies deze inhoud; er is niets veranderd.')).toBeVisible();
	await picker.setInputFiles(jsonFile('groendienst-gewijzigd.json', ownProfile('groendienst', '1.0.0', 'Een andere omschrijving.')));
	await expect(
		page.getByText('groendienst-gewijzigd.json: Versie groendienst@1.0.0 bestaat al met andere inhoud; geef je bestand een nieuw versienummer.')
	).toBeVisible();
	await expect(storedList(page)).toHaveCount(18);

	await page.getByRole('link', { name: 'Bekijk Profiel van de groendienst' }).or(storedList(page).filter({ hasText: 'Profiel van de groendienst' })).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Profiel van de groendienst' })).toBeVisible();
	await expect(page.getByRole('article', { name: 'Stiptheid op de werf' }).getByText('van je eigen organisatie')).toBeVisible();

	// Stored on the device: still there after the app is loaded anew.
	await page.goto('/rubrieken');
	await page.reload();
	await storedList(page).filter({ hasText: 'Profiel van de groendienst' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Profiel van de groendienst' })).toBeVisible();
});

test('a user-typed script in an imported file is shown as text', async ({ page }) => {
	await page.goto('/rubrieken');
	const profile = ownProfile('script-test', '1.0.0');
	profile.title = '<script>window.__hacked = true</script>Profiel';
	await page.getByLabel('Kies een rubriekbestand (.json)').setInputFiles(jsonFile('script.json', profile));
	await storedList(page).filter({ hasText: '<script>' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('<script>window.__hacked = true</script>Profiel');
	expect(await page.evaluate(() => (window as unknown as { __hacked?: boolean }).__hacked)).toBeUndefined();
});

test('an unknown version says so', async ({ page }) => {
	await page.goto('/rubrieken/bekijk?versie=bestaat-niet%401.0.0');
	await expect(page.getByRole('heading', { level: 1, name: 'Rubriek niet gevonden' })).toBeVisible();
});
