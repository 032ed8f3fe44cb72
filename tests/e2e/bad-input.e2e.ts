import { test, expect, type Page } from '@playwright/test';
import { loadDemo, storedRecords, watchDialogs, watchOutsideRequests } from './helpers/qa';

/**
 * What people type where names and notes are asked: an empty required field, a 10,000-character name and
 * markup. Invalid input gets a clear Dutch message and changes nothing that is stored; markup is stored as typed
 * and shown as literal text (no dialog ever opens, no <script> element lands in the page).
 * Limits: src/lib/engine/common/text.ts (names 200, short texts 2,000, long texts 20,000 characters).
 */

test.use({ serviceWorkers: 'block' });

const SCRIPT = '<script>alert(1)</script>';
const LONG_NAME = 'x'.repeat(10_000);

let dialogs: string[];
let outside: string[];

test.beforeEach(({ page }) => {
	dialogs = watchDialogs(page);
	outside = watchOutsideRequests(page);
});

test.afterEach(async ({ page }) => {
	await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
	expect(dialogs, 'dialogs opened by typed text').toEqual([]);
	expect(outside, 'requests to other hosts').toEqual([]);
});

async function names(page: Page, store: string, filter: (r: Record<string, unknown>) => boolean = () => true): Promise<string[]> {
	return (await storedRecords(page, store)).filter(filter).map((r) => String(r['name']));
}

/** Creates an assessment-center through the form; returns its id (the page is left on its set-up). */
async function newSession(page: Page, name: string): Promise<string> {
	await page.goto('/sessies/nieuw');
	await page.getByLabel('Naam van het assessment-center').fill(name);
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page).toHaveURL(/\/sessies\/[0-9a-f-]{36}\/opzet$/);
	return page.url().split('/').at(-2)!;
}

test('new assessment-center: empty and 10,000-character names are refused, markup is shown as text', async ({ page }) => {
	await page.goto('/sessies/nieuw');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw assessment-center');
	const before = await names(page, 'sessions');
	const field = page.getByLabel('Naam van het assessment-center');
	const create = page.getByRole('button', { name: 'Aanmaken' });

	await create.click();
	await expect(page.getByRole('alert')).toContainText('Naam mag niet leeg zijn.');
	await field.fill('   ');
	await create.click();
	await expect(page.getByRole('alert')).toContainText('Naam mag niet leeg zijn.');
	await field.fill(LONG_NAME);
	await create.click();
	await expect(page.getByRole('alert')).toContainText('Naam is te lang (maximaal 200 tekens).');
	await expect(page).toHaveURL(/\/sessies\/nieuw$/);
	expect(await names(page, 'sessions')).toEqual(before);

	const name = `AC najaar ${SCRIPT}`;
	await field.fill(name);
	await create.click();
	await expect(page).toHaveURL(/\/opzet$/);
	expect((await names(page, 'sessions')).filter((n) => !before.includes(n))).toEqual([name]);
	await page.goto('/sessies');
	await expect(page.getByText(name, { exact: true })).toBeVisible();
});

test('candidate name: refused when empty or 10,000 characters, on adding and on editing; markup is shown as text', async ({ page }) => {
	const sessionId = await newSession(page, 'AC kandidaten');
	const mine = (r: Record<string, unknown>) => r['sessionId'] === sessionId;
	const add = page.getByRole('button', { name: 'Kandidaat toevoegen' });
	const field = page.getByLabel('Naam van de kandidaat');

	const alert = (text: string) => page.getByRole('alert').filter({ hasText: text });
	await add.click();
	await expect(alert('Niet toegevoegd:')).toHaveText(/^Niet toegevoegd: Naam mag niet leeg zijn\./);
	await field.fill(LONG_NAME);
	await add.click();
	await expect(alert('Niet toegevoegd:')).toHaveText(/^Niet toegevoegd: Naam is te lang \(maximaal 200 tekens\)\./);
	expect(await names(page, 'candidates', mine)).toEqual([]);

	const name = `${SCRIPT} Cas`;
	await field.fill(name);
	await add.click();
	await expect(page.getByRole('button', { name: `${name} verwijderen` })).toBeVisible();
	expect(await names(page, 'candidates', mine)).toEqual([name]);
	// Shown as a column heading of who observes whom once there is an exercise and an assessor.
	await page.getByRole('button', { name: 'Scenario Magazijn + stock toevoegen' }).click();
	await page.getByLabel('Naam van de assessor').fill('An Maes');
	await page.getByRole('button', { name: 'Assessor toevoegen' }).click();
	await expect(page.getByRole('columnheader', { name, exact: true }).first()).toBeVisible();

	// Editing the name of a candidate: the same rules, the stored name stays.
	const candidateName = () => page.locator('#kandidaten').getByLabel('Naam', { exact: true });
	const edit = candidateName();
	await edit.fill(LONG_NAME);
	await edit.blur();
	await expect(alert('Niet bewaard:')).toHaveText(/^Niet bewaard: Naam is te lang \(maximaal 200 tekens\)\./);
	await edit.fill('');
	await edit.blur();
	await expect(alert('Niet bewaard:')).toHaveText(/^Niet bewaard: Naam mag niet leeg zijn\./);
	expect(await names(page, 'candidates', mine)).toEqual([name]);
	await page.reload();
	await expect(candidateName()).toHaveValue(name);
});

test('organisation name: refused when empty or 10,000 characters; markup is shown as text', async ({ page }) => {
	await page.goto('/checklist');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is mijn organisatie doorstroomklaar?');
	const before = await names(page, 'organisations');
	const add = page.getByRole('button', { name: 'Toevoegen' });

	await add.click();
	await expect(page.getByRole('alert')).toHaveText('Naam mag niet leeg zijn.');
	await page.getByLabel('Nieuwe organisatie').fill(LONG_NAME);
	await add.click();
	await expect(page.getByRole('alert')).toHaveText('Naam is te lang (maximaal 200 tekens).');
	expect(await names(page, 'organisations')).toEqual(before);

	const name = `Werkhuis ${SCRIPT}`;
	await page.getByLabel('Nieuwe organisatie').fill(name);
	await add.click();
	await expect(page.getByLabel('Kies je organisatie')).toHaveValue(/[0-9a-f-]{36}/);
	await expect(page.getByRole('option', { name, exact: true })).toHaveCount(1);
	expect((await names(page, 'organisations')).filter((n) => !before.includes(n))).toEqual([name]);
	// The KPI page lists the same organisation, as text.
	await page.goto('/kpi');
	await expect(page.getByRole('option', { name, exact: true })).toHaveCount(1);
});

test('observation note: nothing stored for an empty or too long note; markup is shown as text', async ({ page }) => {
	const sessionId = await loadDemo(page);
	await page.goto(`/sessies/${sessionId}`);
	await page.getByLabel('Ik ben:').selectOption({ label: 'An Peeters' });
	await page.getByRole('link', { name: /Waarnemen en aantekenen/ }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Observeren:');
	const tab = page.getByRole('tab').first();
	const candidate = (await tab.locator(':scope > *').first().innerText()).trim();
	await tab.click();
	const box = page.getByRole('textbox', { name: `Notitie over ${candidate}` });
	const finish = page.getByRole('button', { name: 'Klaar, volgende notitie' });
	// A note is stored from its first keystroke (nothing typed is lost); one without any text is an open draft that no
	// screen, count, report or statistic includes. So "stored" here means: a note with text.
	const count = async () =>
		(await storedRecords(page, 'observations')).filter((r) => r['sessionId'] === sessionId && !r['deletedAt'] && String(r['text']).trim() !== '').length;
	const before = await count();

	// Empty or blank: nothing to finish, nothing stored.
	await expect(finish).toBeDisabled();
	await box.fill('   ');
	await expect(finish).toBeDisabled();
	await page.waitForTimeout(1_000);
	expect(await count()).toBe(before);

	// Longer than the 20,000 characters a note may hold: told so, nothing stored.
	await box.fill('y'.repeat(20_001));
	await expect(page.getByText('Niet bewaard: de notitie is te lang of ongeldig.')).toBeVisible();
	await page.waitForTimeout(1_000);
	expect(await count()).toBe(before);

	const text = `Zegt ${SCRIPT} en lacht`;
	await box.fill(text);
	await box.press('Enter');
	await expect(page.getByRole('listitem').filter({ hasText: text })).toBeVisible();
	await expect(page.getByText(text, { exact: true })).toBeVisible();
	expect(await count()).toBe(before + 1);
	await page.reload();
	await expect(page.getByText(text, { exact: true })).toBeVisible();
});

test('PDP: an empty or too long action and an empty or 10,000-character title are refused; markup is shown as text', async ({ page }) => {
	const sessionId = await loadDemo(page);
	await page.goto(`/sessies/${sessionId}/rapport`);
	await page.getByRole('button', { name: 'PDP opstellen voor Kevin De Smet' }).click();
	await expect(page).toHaveURL(/\/pdp\/[0-9a-f-]{36}$/);
	const pdpId = page.url().split('/').pop()!;
	const actions = async () => (await storedRecords(page, 'actions')).filter((r) => r['planId'] === pdpId && !r['deletedAt']).map((r) => String(r['text']));
	const before = await actions();

	const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Nieuwe actie' }) });
	const addAction = form.getByRole('button', { name: 'Actie toevoegen' });
	await addAction.click();
	await expect(form.getByRole('alert')).toHaveText('Beschrijf eerst de concrete actie.');
	await form.getByLabel('Concrete actie').fill('z'.repeat(10_000));
	await addAction.click();
	await expect(form.getByRole('alert')).toContainText('te lang (maximaal 2000 tekens)');
	expect(await actions()).toEqual(before);

	const text = `Bel 2 werkgevers ${SCRIPT}`;
	await form.getByLabel('Concrete actie').fill(text);
	await form.getByLabel('Tijdspanne').fill('binnen 2 weken');
	await form.getByLabel('Wie?').fill('Kevin');
	await addAction.click();
	await expect(page.getByLabel(/^Concrete actie \d+$/).last()).toHaveValue(text);
	expect((await actions()).filter((t) => !before.includes(t))).toEqual([text]);
	// Shown as text on the printable page.
	await page.getByRole('link', { name: 'Afdrukvriendelijke pagina' }).click();
	await expect(page.getByRole('cell').filter({ hasText: text })).toBeVisible();
	await page.goBack();

	// The PDP's title is a name: required and at most 200 characters; the stored title stays.
	const title = page.getByLabel('Titel van het PDP');
	const storedTitle = async () => (await storedRecords(page, 'pdps')).find((r) => r['id'] === pdpId)?.['title'];
	const original = await storedTitle();
	await title.fill('');
	await title.blur();
	await expect(page.getByRole('alert').filter({ hasText: /leeg/ })).toBeVisible();
	await title.fill(LONG_NAME);
	await title.blur();
	await expect(page.getByRole('alert').filter({ hasText: /te lang \(maximaal 200 tekens\)/ })).toBeVisible();
	await page.waitForTimeout(1_000);
	expect(await storedTitle()).toBe(original);
});

async function openFirstCell(page: Page): Promise<string> {
	const sessionId = await loadDemo(page);
	await page.goto(`/sessies/${sessionId}/consensus`);
	await page.getByRole('button', { name: 'An Peeters', exact: true }).click();
	await page.getByRole('region', { name: /Consensusmatrix/ }).locator('tbody tr').first().locator('td button').first().click();
	await expect(page.locator('section.panel').getByRole('heading', { name: 'Notities per assessor' })).toBeVisible();
	return sessionId;
}

const firstCell = (page: Page) => page.getByRole('region', { name: /Consensusmatrix/ }).locator('tbody tr').first().locator('td button').first();

test('consensus reason: required and at most 2,000 characters, nothing recorded otherwise', async ({ page }) => {
	const sessionId = await openFirstCell(page);
	const decisions = async () => (await storedRecords(page, 'consensusDecisions')).filter((r) => r['sessionId'] === sessionId && !r['deletedAt']).length;
	expect(await decisions()).toBe(0);
	const panel = page.locator('section.panel');
	const record = panel.getByRole('button', { name: /Consensus (vastleggen|wijzigen)/ });
	await panel.getByLabel(/· Goed$/).check();
	await record.click();
	await expect(panel.getByRole('alert')).toContainText('Geef een korte reden voor het consensusniveau.');
	await panel.getByLabel(/^Reden/).fill('   ');
	await record.click();
	await expect(panel.getByRole('alert')).toContainText('Geef een korte reden voor het consensusniveau.');
	// A pasted reason of 10,000 characters: refused with the message, not cut to its first 2,000 and recorded.
	await panel.getByLabel(/^Reden/).fill('r'.repeat(10_000));
	await record.click();
	await expect(panel.getByRole('alert')).toContainText('De reden is te lang (maximaal 2000 tekens).');
	await expect(firstCell(page)).not.toContainText('✓');
	expect(await decisions()).toBe(0);
});

test('consensus reason with markup is recorded as typed and shown as text', async ({ page }) => {
	const sessionId = await openFirstCell(page);
	const panel = page.locator('section.panel');
	const reason = `Notities van An tonen het; ${SCRIPT}`;
	await panel.getByLabel(/· Goed$/).check();
	await panel.getByLabel(/^Reden/).fill(reason);
	await panel.getByRole('button', { name: 'Consensus vastleggen' }).click();
	await expect(panel.getByText('Consensus vastgelegd.')).toBeVisible();
	await expect(firstCell(page)).toContainText('✓ Goed');
	const stored = (await storedRecords(page, 'consensusDecisions')).filter((r) => r['sessionId'] === sessionId);
	expect(stored.map((r) => r['reason'])).toEqual([reason]);
	// The audit trail shows the reason as it was typed.
	await expect(page.getByText(reason).first()).toBeVisible();
});

test('TOCI: the youth name and the mentor name refuse empty and 10,000-character input with a message; nothing is started', async ({ page }) => {
	await page.goto('/toci');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('TOCI-evaluaties');
	const add = page.getByRole('button', { name: 'Toevoegen' });
	await add.click();
	await expect(page.getByRole('alert').filter({ hasText: /leeg/ })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('TOCI-evaluaties');

	const youth = `Yasmine ${SCRIPT}`;
	await page.getByLabel('Naam', { exact: true }).fill(youth);
	await add.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(youth);

	// The mentor is a name too: a pasted 10,000-character name is refused with a message, not cut and stored.
	const evaluations = async () => (await storedRecords(page, 'tociEvaluations')).length;
	const before = await evaluations();
	await page.getByLabel('Naam van de mentor').fill(LONG_NAME);
	await page.getByLabel('Datum').fill('2026-03-02');
	await page.getByRole('button', { name: 'Gesprek starten' }).click();
	await expect(page.getByRole('alert').filter({ hasText: /te lang \(maximaal 200 tekens\)/ })).toBeVisible();
	expect(await evaluations()).toBe(before);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(youth);
});
