import { test, expect, type Page } from '@playwright/test';
import { iAm, observeAndRate, setUpSmallCenter, storedRows, submitRatings, type SmallCenter } from './helpers/tablets';
import { seriousAxeViolations, settle, smallTargets } from './helpers/qa';

/**
 * An observer-in-training on the same tablet: named in set-up, they write a note and a practice rating on
 * the WAKKER screens, marked "Oefening". Nothing the assessors see changes (consensus matrix, dashboard),
 * the assessors never see the practice, and after the lock the observer sees it beside the consensus.
 */

test.use({ serviceWorkers: 'block' });

const AC: SmallCenter = { name: 'AC met observator', candidate: 'Cas Peeters', exercise: 'Scenario Magazijn + stock', assessors: ['An Peeters', 'Bram Claes'] };
const OBSERVER = 'Olga Janssens';
const PRACTICE_NOTE = 'Olga: Cas zet zonder vragen de dozen op de juiste plek en meldt het als hij klaar is.';

/** What the lead sees on the consensus meeting and the dashboard, as text. */
async function leadFigures(page: Page, sessionPath: string) {
	await page.goto(`${sessionPath}/consensus`);
	const matrix = page.getByRole('table').first();
	await expect(matrix).toBeVisible();
	const consensus = await page.locator('main').innerText();
	await page.goto(`${sessionPath}/dashboard`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await settle(page);
	const dashboard = await page.locator('main').innerText();
	return { consensus, dashboard };
}

test('an observer writes a note and a practice rating; the matrix and the dashboard do not change', async ({ page }) => {
	test.setTimeout(300_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	const sessionPath = await setUpSmallCenter(page, AC);

	// Set-up: the lead names an observer-in-training besides the assessors.
	await page.getByLabel('Naam van de observator in opleiding').fill(OBSERVER);
	await page.getByRole('button', { name: 'Observator toevoegen' }).click();
	await expect(page.getByRole('button', { name: `${OBSERVER} weghalen als observator` })).toBeVisible();

	// Both assessors rate and submit.
	for (const name of AC.assessors) {
		await page.goto(sessionPath);
		await iAm(page, name);
		await observeAndRate(page, sessionPath, AC, `${name}: Cas vraagt zelf wat er nog moet gebeuren en begint eraan.`, 'Goed');
		await submitRatings(page);
	}
	await page.goto(sessionPath);
	await iAm(page, AC.assessors[0]);
	const before = await leadFigures(page, sessionPath);

	// The observer: listed apart under "Ik ben", every step screen says "Oefening".
	await page.goto(sessionPath);
	await iAm(page, `${OBSERVER} (oefening)`);
	await expect(page.getByRole('note', { name: 'Oefening' })).toBeVisible();
	await observeAndRate(page, sessionPath, AC, PRACTICE_NOTE, 'Onvoldoende');
	await expect(page.getByRole('note', { name: 'Oefening' })).toBeVisible();
	await expect(page.getByText(/^Oefening, blind/)).toBeVisible();
	// Blind: before submitting the practice, nothing of the assessors' ratings.
	await expect(page.getByText('An Peeters: Goed')).toHaveCount(0);

	// The observer's screen, looked at in both orientations, axe clean and with large enough targets.
	for (const [label, viewport] of [
		['portrait', { width: 768, height: 1024 }],
		['landscape', { width: 1180, height: 820 }]
	] as const) {
		await page.setViewportSize(viewport);
		await settle(page);
		await page.screenshot({ path: `/tmp/qa-observer-rate-${label}.png`, fullPage: true });
		expect(await seriousAxeViolations(page), `axe on the observer's rate screen (${label})`).toEqual([]);
		expect(await smallTargets(page), `small targets (${label})`).toEqual([]);
	}

	await page.getByRole('button', { name: 'Oefening indienen' }).click();
	await page.getByRole('button', { name: 'Ja, indienen' }).click();
	await expect(page.getByText('Je oefenbeoordelingen van deze oefening zijn ingediend.')).toBeVisible();

	// Stored as practice: marked on the note, the classification and both ratings.
	const olga = (await storedRows<{ id: string; name: string }>(page, 'assessors')).find((a) => a.name === OBSERVER)!.id;
	for (const store of ['observations', 'classifications', 'ratings']) {
		const own = (await storedRows<{ authorId: string; practice?: boolean }>(page, store)).filter((r) => r.authorId === olga);
		expect(own.length, `${store} of the observer`).toBeGreaterThan(0);
		expect(own.every((r) => r.practice === true), `${store} marked as practice`).toBe(true);
	}

	// The lead: the same matrix and dashboard as before, and nothing of the practice.
	await page.goto(sessionPath);
	await iAm(page, AC.assessors[0]);
	const after = await leadFigures(page, sessionPath);
	expect(after.dashboard).toBe(before.dashboard);
	expect(after.consensus).toBe(before.consensus);
	expect(after.consensus).not.toContain(OBSERVER);
	expect(after.consensus).not.toContain('Onvoldoende');

	// The lead takes over the agreed cells and locks; then the observer sees the practice beside the consensus.
	await page.goto(`${sessionPath}/consensus`);
	await page.getByRole('button', { name: 'Neem de eensgezinde cellen over (2)' }).click();
	await expect(page.getByRole('button', { name: 'Neem de eensgezinde cellen over (0)' })).toBeDisabled();
	await page.getByRole('button', { name: 'Consensus vergrendelen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Vergrendeld door An Peeters' })).toBeVisible();
	await expect(page.getByRole('heading', { name: `Oefening van ${OBSERVER} naast de consensus` })).toBeVisible();

	await page.goto(sessionPath);
	await iAm(page, `${OBSERVER} (oefening)`);
	await page.goto(`${sessionPath}/consensus`);
	const comparison = page.getByRole('region', { name: `Vergelijking van de oefening van ${OBSERVER}` });
	await expect(comparison).toBeVisible();
	await expect(comparison.getByRole('row', { name: /Initiatief/ })).toContainText('Onvoldoende');
	await expect(comparison.getByRole('row', { name: /Initiatief/ })).toContainText('2,0 lager');
	await page.setViewportSize({ width: 768, height: 1024 });
	await settle(page);
	await page.screenshot({ path: '/tmp/qa-observer-comparison-portrait.png', fullPage: true });
	expect(await seriousAxeViolations(page), 'axe on the learning comparison').toEqual([]);
	expect(errors).toEqual([]);
});
