import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * An assessment-center from set-up to submitted ratings on a tablet: 3 candidates, 2 exercises,
 * 2 assessors who share the tablet and switch identity, a reload in the middle of a note, blind rating.
 */

// The offline service worker is tested elsewhere; here every reload must come from the server build.
test.use({ serviceWorkers: 'block' });

const CANDIDATES = [
	{ name: 'Cas Peeters', job: 'magazijnier' },
	{ name: 'Dina El Amrani', job: 'keukenhulp' },
	{ name: 'Eli Janssens', job: 'fietshersteller' }
];

async function expectNoSeriousAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function iAm(page: Page, name: string) {
	await page.getByLabel('Ik ben:').selectOption({ label: name });
	// The next page is a full load: it finds the choice only once it is stored.
	await expect(page.getByRole('status').filter({ hasText: `Opgeslagen: je werkt als ${name}.` })).toBeAttached();
}

async function shoot(page: Page, name: string) {
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.setViewportSize({ width: 820, height: 1180 });
	await page.screenshot({ path: `/tmp/obs-${name}-portrait.png`, fullPage: false });
	await page.setViewportSize({ width: 1180, height: 820 });
	await page.screenshot({ path: `/tmp/obs-${name}-landscape.png`, fullPage: false });
}

test('set up, observe, classify, rate and submit blind as two assessors', async ({ page }) => {
	test.setTimeout(120_000);
	const pageErrors: string[] = [];
	page.on('pageerror', (e) => pageErrors.push(e.message));
	const outside: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).hostname !== '127.0.0.1' && !request.url().startsWith('data:')) outside.push(request.url());
	});

	// --- Set-up: refused names first, nothing stored.
	await page.goto('/sessies');
	await page.getByRole('link', { name: 'Nieuw assessment-center' }).click();
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page.getByRole('alert')).toContainText('Naam mag niet leeg zijn.');
	await page.getByLabel('Naam van het assessment-center').fill('x'.repeat(10_000));
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page.getByRole('alert')).toContainText('Naam is te lang (maximaal 200 tekens).');
	await expect(page).toHaveURL(/\/sessies\/nieuw$/);

	await page.getByLabel('Naam van het assessment-center').fill('AC voorjaar <script>alert(1)</script>');
	await page.getByLabel('Organisatie', { exact: true }).fill('Werkplaats De Brug');
	await page.getByLabel('Locatie').fill('Gent');
	await page.getByRole('button', { name: 'Dag toevoegen' }).click();
	await page.getByRole('button', { name: 'Dag toevoegen' }).click();
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page).toHaveURL(/\/opzet$/);
	await expect(page.getByRole('link', { name: /AC voorjaar <script>alert\(1\)<\/script>/ })).toBeVisible();

	// Competencies, exercises from the library, matrix.
	for (const name of ['Samenwerken', 'Initiatief', 'Nauwkeurigheid']) await page.getByRole('checkbox', { name }).check();
	await page.getByRole('button', { name: 'Scenario Magazijn + stock toevoegen' }).click();
	await page.getByRole('button', { name: 'Scenario Kookopdracht toevoegen' }).click();
	await expect(page.getByRole('heading', { name: '1. Scenario Magazijn + stock' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '2. Scenario Kookopdracht' })).toBeVisible();
	await page.locator('select[id^="ex-day-"]').nth(0).selectOption({ index: 1 });
	await page.locator('select[id^="ex-day-"]').nth(1).selectOption({ index: 2 });
	const cell = (competency: string, exercise: string) => page.getByRole('button', { name: `${competency} in ${exercise}` });
	await expect(cell('Initiatief', 'Scenario Kookopdracht')).toHaveAttribute('aria-pressed', 'false');
	await cell('Initiatief', 'Scenario Kookopdracht').click();
	await cell('Nauwkeurigheid', 'Scenario Kookopdracht').click();
	await expect(cell('Initiatief', 'Scenario Kookopdracht')).toHaveAttribute('aria-pressed', 'true');

	// Candidates and assessors.
	for (const c of CANDIDATES) {
		await page.getByLabel('Naam van de kandidaat').fill(c.name);
		await page.getByLabel('Jobdoelwit (uit de intake)').fill(c.job);
		await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
		await expect(page.getByLabel('Naam', { exact: true }).last()).toHaveValue(c.name);
	}
	for (const name of ['An Maes', 'Bram Wouters']) {
		await page.getByLabel('Naam van de assessor').fill(name);
		await page.getByRole('button', { name: 'Assessor toevoegen' }).click();
		await expect(page.getByRole('button', { name: `${name} weghalen` })).toBeVisible();
	}
	// A 7th candidate: refused with the draaiboek's reason until the lead allows it with a reason.
	await iAm(page, 'An Maes');
	for (const name of ['Fien', 'Gert', 'Hanne']) {
		await page.getByLabel('Naam van de kandidaat').fill(name);
		await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
		await expect(page.getByRole('button', { name: `${name} verwijderen` })).toBeVisible();
	}
	await expect(page.getByRole('button', { name: 'Kandidaat toevoegen' })).toHaveCount(0);
	await expect(page.locator('#kandidaten')).toContainText('Het draaiboek raadt aan een kleine groep te observeren (max. 6 personen)');
	await page.getByLabel('Hoofdassessor: toch meer kandidaten toelaten, met deze reden').fill('vaste ploeg van het atelier');
	// The first assessor named is the lead, so the lead can allow it straight away.
	await expect(page.getByRole('listitem').filter({ hasText: 'An Maes' }).getByRole('radio', { name: 'Hoofdassessor' })).toBeChecked();
	await page.getByRole('button', { name: 'Meer kandidaten toelaten' }).click();
	await page.getByLabel('Naam van de kandidaat').fill('Ilse');
	await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
	await expect(page.locator('#controle')).toContainText('7 kandidaten: meer dan 6, bewust toegestaan (reden: vaste ploeg van het atelier).');
	// Deleting a candidate asks first, and can be undone.
	await page.getByRole('button', { name: 'Ilse verwijderen' }).click();
	await page.getByRole('button', { name: 'Annuleren' }).click();
	await expect(page.getByRole('heading', { name: 'Kandidaten (7)' })).toBeVisible();
	await page.getByRole('button', { name: 'Ilse verwijderen' }).click();
	await page.getByRole('button', { name: 'Ja, Ilse verwijderen' }).click();
	await expect(page.getByRole('heading', { name: 'Kandidaten (6)' })).toBeVisible();
	await page.getByRole('button', { name: 'Ongedaan maken' }).click();
	await expect(page.getByRole('heading', { name: 'Kandidaten (7)' })).toBeVisible();
	for (const name of ['Fien', 'Gert', 'Hanne', 'Ilse']) {
		await page.getByRole('button', { name: `${name} verwijderen` }).click();
		await page.getByRole('button', { name: `Ja, ${name} verwijderen` }).click();
	}
	await expect(page.getByRole('heading', { name: 'Kandidaten (3)' })).toBeVisible();

	// The draaiboek checks: 8 suggested competencies is the limit, not above; the coach warning appears.
	await page.getByRole('checkbox', { name: 'Bram Wouters' }).first().check();
	await expect(page.locator('#controle')).toContainText('Bram Wouters observeert Cas Peeters, die hij of zij zelf begeleidt.');
	await page.getByRole('checkbox', { name: 'Bram Wouters' }).first().uncheck();
	await expect(page.locator('#controle')).not.toContainText('Bram Wouters observeert');
	await iAm(page, 'An Maes');
	await shoot(page, 'setup');
	await expectNoSeriousAxeViolations(page);

	// --- Overview and observe.
	await page.getByRole('link', { name: 'Klaar: naar het overzicht' }).click();
	await expect(page.getByRole('heading', { name: 'Scenario Magazijn + stock' })).toBeVisible();
	await page.getByRole('link', { name: 'Volgende stap: Observeren en noteren →' }).first().click();
	await expect(page.getByRole('heading', { name: 'Observeren: Scenario Magazijn + stock' })).toBeVisible();
	await page.getByRole('button', { name: 'Oefening starten' }).click();
	await expect(page.getByRole('button', { name: 'Oefening stoppen' })).toBeVisible();

	const notes: Record<string, string[]> = {
		'Cas Peeters': ['Zet zonder vragen de dozen op de kar.', 'Telt de dozen twee keer na.'],
		'Dina El Amrani': ['Vraagt Cas om de lijst voor te lezen.'],
		'Eli Janssens': ['Hij is lui en wacht tot iemand hem iets zegt.']
	};
	for (const [name, texts] of Object.entries(notes)) {
		await page.getByRole('tab', { name: new RegExp(`^${name}`) }).tap();
		for (const text of texts) {
			const box = page.getByRole('textbox', { name: `Notitie over ${name}` });
			await box.fill(text);
			await box.press('Enter');
			await expect(page.getByRole('listitem').filter({ hasText: text.slice(-25) })).toBeVisible();
		}
	}
	// The note coach marks "lui" without blocking anything.
	// Checked on the finished note in the list: the editor's own marks go once its next note opens.
	const eliNotes = page.getByRole('region', { name: /^Notities over Eli Janssens/ });
	await expect(eliNotes.locator('mark', { hasText: 'lui' })).toBeVisible();
	await expect(eliNotes.getByRole('list', { name: 'Tips van de notitiecoach' })).toContainText('Persoonlijkheidskenmerk');

	// Reload in the middle of a note: the text is still there.
	await page.getByRole('tab', { name: /^Dina El Amrani/ }).tap();
	await page.getByLabel('Notitie over Dina El Amrani').pressSequentially('Schuift de pallet met de voet', { delay: 20 });
	await expect(page.getByText('Bewaard op dit toestel')).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Notitie over Dina El Amrani')).toHaveValue('Schuift de pallet met de voet');
	await page.getByLabel('Notitie over Dina El Amrani').press('End');
	await page.getByLabel('Notitie over Dina El Amrani').pressSequentially('.');
	await page.getByLabel('Notitie over Dina El Amrani').press('Enter');
	await expect(page.getByRole('tab', { name: /^Dina El Amrani/ })).toContainText('2 notities');

	// Delete and undo.
	await page.getByRole('tab', { name: /^Cas Peeters/ }).tap();
	await page.getByRole('listitem').filter({ hasText: 'Telt de dozen twee keer na.' }).getByRole('button', { name: 'Verwijderen' }).tap();
	await expect(page.getByRole('tab', { name: /^Cas Peeters/ })).toContainText('1 notitie');
	await page.getByRole('button', { name: 'Ongedaan maken' }).tap();
	await expect(page.getByRole('tab', { name: /^Cas Peeters/ })).toContainText('2 notities');
	await shoot(page, 'observe');
	await expectNoSeriousAxeViolations(page);
	await page.getByRole('button', { name: 'Oefening stoppen' }).click();

	// --- Classify.
	await page.getByRole('link', { name: 'Naar klasseren →' }).click();
	await expect(page.getByRole('tab', { name: /^Cas Peeters/ })).toContainText('2 niet geklasseerd');
	const casNote = page.getByRole('listitem').filter({ hasText: 'Zet zonder vragen de dozen op de kar.' });
	await casNote.getByRole('button', { name: 'Initiatief' }).tap();
	await casNote.getByRole('button', { name: 'Indicator kiezen' }).tap();
	await casNote.scrollIntoViewIfNeeded();
	await page.setViewportSize({ width: 820, height: 1180 });
	await page.screenshot({ path: '/tmp/obs-classify-grid-portrait.png' });
	await page.setViewportSize({ width: 1180, height: 820 });
	await casNote.getByRole('button', { name: /^Werk zien.*, Goed:|, Goed:/ }).first().tap();
	await expect(casNote).toContainText('Goed');
	const casNote2 = page.getByRole('listitem').filter({ hasText: 'Telt de dozen twee keer na.' });
	await casNote2.getByRole('button', { name: 'Nauwkeurigheid' }).tap();
	await expect(page.getByRole('tab', { name: /^Cas Peeters/ })).not.toContainText('niet geklasseerd');
	await shoot(page, 'classify');
	await expectNoSeriousAxeViolations(page);

	// --- Rate as An (not submitted), then as Bram; blind both ways.
	await page.getByRole('link', { name: 'Naar beoordelen →' }).click();
	const initiatief = page.getByRole('article', { name: 'Initiatief' });
	await expect(initiatief).toContainText('Voorstel uit je notities: Goed');
	await initiatief.getByRole('radio', { name: 'Goed', exact: true }).check();
	await expect(initiatief.getByRole('checkbox', { name: /Zet zonder vragen/ })).toBeChecked();
	const samenwerken = page.getByRole('article', { name: 'Samenwerken' });
	await samenwerken.getByRole('radio', { name: 'Matig' }).check();
	await expect(samenwerken).toContainText('Geen notitie als bewijs gekoppeld');
	await shoot(page, 'rate');
	await expectNoSeriousAxeViolations(page);

	await iAm(page, 'Bram Wouters');
	await expect(page.getByRole('article', { name: 'Initiatief' }).getByRole('radio', { name: 'Goed', exact: true })).not.toBeChecked();
	await page.getByRole('article', { name: 'Initiatief' }).getByRole('radio', { name: 'Zeer goed' }).check();
	await expect(page.getByText('Beoordelingen van alle assessoren')).toHaveCount(0);

	await iAm(page, 'An Maes');
	await expect(page.getByRole('article', { name: 'Initiatief' }).getByRole('radio', { name: 'Goed', exact: true })).toBeChecked();
	await expect(page.getByText('Beoordelingen van alle assessoren')).toHaveCount(0);
	await page.getByRole('button', { name: 'Beoordelingen indienen' }).click();
	await page.getByRole('button', { name: 'Ja, indienen' }).click();
	await expect(page.getByText('Je beoordelingen van deze oefening zijn ingediend.')).toBeVisible();
	const table = page.getByRole('table', { name: 'Beoordelingen van alle assessoren in deze oefening' });
	// Bram's level is still a draft: even after An submitted, nobody else sees it.
	await expect(table.getByRole('row', { name: /Cas Peeters Initiatief/ })).toContainText('Goed');
	await expect(table).not.toContainText('Zeer goed');
	await expect(page.getByRole('article', { name: 'Initiatief' }).getByRole('radio', { name: 'Goed', exact: true })).toBeDisabled();

	await iAm(page, 'Bram Wouters');
	await expect(page.getByText('Beoordelingen van alle assessoren')).toHaveCount(0);
	await page.getByRole('button', { name: 'Beoordelingen indienen' }).click();
	await page.getByRole('button', { name: 'Ja, indienen' }).click();
	await expect(table).toBeVisible();
	await expect(table.getByRole('row', { name: /Cas Peeters Initiatief/ })).toContainText('Goed');
	await expect(table.getByRole('row', { name: /Cas Peeters Initiatief/ })).toContainText('Zeer goed');

	// Overview shows the step reached.
	await page.getByRole('link', { name: 'Overzicht' }).click();
	await expect(page.getByRole('article', { name: 'Scenario Magazijn + stock' })).toContainText('Beoordelingen ingediend');
	await shoot(page, 'overview');
	await expectNoSeriousAxeViolations(page);
	expect(outside).toEqual([]);
	expect(pageErrors).toEqual([]);
});
