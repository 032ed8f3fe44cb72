import { test, expect, type Page } from '@playwright/test';
import { LANDSCAPE, PORTRAIT, seriousAxeViolations, smallTargets, watchOutsideRequests } from './helpers/qa';

/**
 * A new assessor practises calibration cases on a tablet: reads the story, notes, classifies and rates as in a
 * real exercise, submits, and only then sees the reference; after three cases the profile speaks.
 */

const SHOTS = 'test-results/calibration';

async function expectClean(page: Page, name: string) {
	for (const [orientation, size] of [['liggend', LANDSCAPE], ['staand', PORTRAIT]] as const) {
		await page.setViewportSize(size);
		await page.screenshot({ path: `${SHOTS}/${name}-${orientation}.png`, fullPage: true });
		expect(await seriousAxeViolations(page)).toEqual([]);
		expect(await smallTargets(page)).toEqual([]);
	}
	await page.setViewportSize(LANDSCAPE);
}

/** Practises the case titled `title`: notes on the first `noted` sentences, the first competency chosen for each, one level for all. */
async function practise(page: Page, title: string, level: string, noted = 3) {
	await page.getByRole('listitem').filter({ hasText: title }).getByRole('button', { name: /Start|Opnieuw oefenen/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

	// Nothing of the reference is on the page before submitting.
	await expect(page.getByText('Referentie', { exact: false })).toHaveCount(0);

	const noteButtons = page.getByRole('button', { name: /^Noteer: / });
	for (let i = 0; i < noted; i++) {
		await noteButtons.nth(i).click();
		// The new note gets the focus: the assessor just types.
		await page.keyboard.type(`Hij doet wat er in moment ${i + 1} staat.`, { delay: 20 });
	}
	await expect(page.getByRole('status').filter({ hasText: /Bewaard op deze tablet/ })).toBeVisible();

	await page.getByRole('button', { name: 'Verder: klasseren' }).click();
	const groups = page.getByRole('group', { name: 'Competenties voor deze notitie' });
	await expect(groups).toHaveCount(noted);
	for (let i = 0; i < noted; i++) await groups.nth(i).getByRole('button').first().click();

	await page.getByRole('button', { name: 'Verder: kwantificeren' }).click();
	const cards = page.locator('article').filter({ has: page.getByRole('group', { name: 'Niveau' }) });
	const count = await cards.count();
	expect(count).toBeGreaterThan(0);
	for (let i = 0; i < count; i++) {
		await cards.nth(i).getByLabel(level, { exact: true }).check();
		await cards.nth(i).getByLabel('Waarom dit niveau?').fill('Zo zag ik het in de notities.');
	}

	await page.getByRole('button', { name: 'Verder: indienen' }).click();
	await page.getByRole('button', { name: 'Indienen en feedback zien' }).click();
	await page.getByRole('button', { name: 'Ja, indienen' }).click();
	await expect(page.getByRole('heading', { name: 'Jouw niveaus naast de referentie' })).toBeVisible();
}

test('a new assessor practises three cases to feedback and a profile, apart from real assessments', async ({ page }) => {
	const outside = watchOutsideRequests(page);
	await page.goto('/kalibratie');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kalibratie');

	// A name that is far too long is refused in Dutch, and nothing is added.
	await page.getByLabel(/Nieuwe naam/).fill('x'.repeat(10_000));
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByRole('alert')).toContainText('te lang');

	await page.getByLabel(/Nieuwe naam/).fill('<b>Noor</b> Claes');
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByRole('button', { name: '<b>Noor</b> Claes', pressed: true })).toBeVisible();
	// Nine cases, three per exercise, with neutral titles: nothing gives the level away before practising.
	await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(9);
	await expect(page.getByText(/\((laag|sterk|gemengd)/)).toHaveCount(0);
	await expectClean(page, 'home');

	await practise(page, 'Magazijn + stock: Lotte', 'Goed');
	const feedback = page.getByRole('region', { name: 'Jouw niveaus naast de referentie' });
	await expect(feedback).toContainText('Waar deze casus op oefent');
	await expect(feedback).toContainText('Referentie: Onvoldoende');
	await expect(feedback).toContainText(/je scoorde (één|twee|drie) niveaus? hoger dan de referentie/i);
	await expect(feedback.getByText('niet genoteerd').first()).toBeVisible();
	await expectClean(page, 'feedback');

	// The practice is stored: a reload shows the same feedback, and the work can no longer be changed.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Jouw niveaus naast de referentie' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Noteer: / })).toHaveCount(0);

	await page.getByRole('link', { name: '← Kalibratie' }).click();
	await expect(page.getByText('Het profiel zegt pas iets na minstens drie casussen')).toBeVisible();
	await practise(page, 'Kookopdracht: Eline', 'Goed');
	await page.getByRole('link', { name: '← Kalibratie' }).click();
	await practise(page, 'Fietsherstelling: Jens', 'Goed');
	await page.getByRole('link', { name: '← Kalibratie' }).click();

	const profile = page.getByRole('region', { name: 'Kalibratieprofiel van <b>Noor</b> Claes' });
	await expect(profile).toContainText('3 casussen ingediend');
	await expect(page.getByText('Het profiel zegt pas iets na minstens drie casussen')).toHaveCount(0);
	await expect(profile.getByRole('row', { name: /Gemiddelde afwijking/ })).toBeVisible();
	await expect(profile.getByRole('row', { name: /ICC\(A,1\)/ })).toBeVisible();
	// Rating "goed" everywhere against references with clearly low levels: the profile names mildness as a point to work on.
	await expect(profile.getByRole('heading', { name: 'Om aan te werken' })).toBeVisible();
	await expect(profile.locator('.points li').first()).toBeVisible();
	await expect(profile).toContainText('Nog niet gekalibreerd');
	await expect(page.getByRole('table').last()).toContainText('<b>Noor</b> Claes');
	await expectClean(page, 'profiel');

	// Practice never mixes with real data: the home page counts no assessment, and no outside request was made.
	await page.goto('/');
	await expect(page.getByText('Noor Claes')).toHaveCount(0);
	expect(outside).toEqual([]);
});
