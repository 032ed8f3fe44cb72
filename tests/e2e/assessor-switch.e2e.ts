import { test, expect } from '@playwright/test';
import { loadDemo } from './helpers/qa';

/**
 * "Ik ben" on a shared tablet: after every switch the name shown is the name stored, so a reload (which
 * reads the stored choice back) shows the same one.
 */

test.use({ serviceWorkers: 'block' });

test('the assessor shown after each switch is the one stored', async ({ page }) => {
	const sessionId = await loadDemo(page);
	await page.goto(`/sessies/${sessionId}`);
	const select = page.getByLabel('Ik ben:');
	await expect(select.locator('option:checked')).toHaveText('Kies je naam');

	for (const name of ['An Peeters', 'Youssef El Amrani', 'An Peeters', 'Griet Van Damme', 'Youssef El Amrani']) {
		await select.selectOption({ label: name });
		await expect(select.locator('option:checked')).toHaveText(name);
		await expect(select.locator('option').first()).toBeDisabled();
		// The app says so once the choice is stored: what a reload then shows must be that name.
		await expect(page.getByRole('status').filter({ hasText: `Opgeslagen: je werkt als ${name}.` })).toBeAttached();
		await page.reload();
		await expect(select.locator('option:checked')).toHaveText(name);
	}

	// The keyboard way: arrow keys step through the names and every step is stored.
	await select.focus();
	await page.keyboard.press('ArrowUp');
	await expect(select.locator('option:checked')).toHaveText('An Peeters');
	await expect(select).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen: je werkt als An Peeters.' })).toBeAttached();
	await page.reload();
	await expect(select.locator('option:checked')).toHaveText('An Peeters');
});

test('"Ik ben" is remembered per assessment-center: choosing in one leaves the other as it was', async ({ page }) => {
	const demoId = await loadDemo(page);
	await page.goto(`/sessies/${demoId}`);
	await page.getByLabel('Ik ben:').selectOption({ label: 'Youssef El Amrani' });
	await expect(page.getByLabel('Ik ben:').locator('option:checked')).toHaveText('Youssef El Amrani');
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen: je werkt als Youssef El Amrani.' })).toBeAttached();

	// A second assessment-center on the same tablet, with its own assessors.
	await page.goto('/sessies/nieuw');
	await page.getByLabel('Naam van het assessment-center').fill('AC najaar');
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page).toHaveURL(/\/opzet$/);
	const secondId = /\/sessies\/([0-9a-f-]{36})\/opzet$/.exec(page.url())![1]!;
	for (const name of ['Lies Maes', 'Bram Wouters']) {
		await page.getByLabel('Naam van de assessor').fill(name);
		await page.getByRole('button', { name: 'Assessor toevoegen' }).click();
		await expect(page.getByRole('button', { name: `${name} weghalen` })).toBeVisible();
	}
	// Nobody is chosen here yet: the demo's choice does not follow the tablet.
	await expect(page.getByLabel('Ik ben:').locator('option:checked')).toHaveText('Kies je naam');
	await page.getByLabel('Ik ben:').selectOption({ label: 'Bram Wouters' });
	await expect(page.getByLabel('Ik ben:').locator('option:checked')).toHaveText('Bram Wouters');
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen: je werkt als Bram Wouters.' })).toBeAttached();

	// Back in the demo, every screen still acts as Youssef; in the new one as Bram, also after a reload.
	await page.goto(`/sessies/${demoId}`);
	await expect(page.getByLabel('Ik ben:').locator('option:checked')).toHaveText('Youssef El Amrani');
	await page.goto(`/sessies/${demoId}/consensus`);
	await expect(page.getByText('Je bespreekt als Youssef El Amrani.')).toBeVisible();
	await page.goto(`/sessies/${demoId}/eindbeoordeling`);
	await expect(page.getByLabel('Ik ben:').locator('option:checked')).toHaveText('Youssef El Amrani');
	await page.goto(`/sessies/${secondId}`);
	await page.reload();
	await expect(page.getByLabel('Ik ben:').locator('option:checked')).toHaveText('Bram Wouters');

	// "Iemand anders?" in the demo's meeting forgets the choice there only.
	await page.goto(`/sessies/${demoId}/consensus`);
	await page.getByRole('button', { name: 'Iemand anders?' }).click();
	await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
	await page.goto(`/sessies/${secondId}/opzet`);
	await expect(page.getByLabel('Ik ben:').locator('option:checked')).toHaveText('Bram Wouters');
});
