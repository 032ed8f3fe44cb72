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
		await page.reload();
		await expect(select.locator('option:checked')).toHaveText(name);
	}

	// The keyboard way: arrow keys step through the names and every step is stored.
	await select.focus();
	await page.keyboard.press('ArrowUp');
	await expect(select.locator('option:checked')).toHaveText('An Peeters');
	await expect(select).toBeFocused();
	await page.reload();
	await expect(select.locator('option:checked')).toHaveText('An Peeters');
});
