import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('the home page explains the app in Dutch and leads to every part', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessment-centers voor doorstroom');
	for (const title of ['Assessment-centers', 'Rubrieken', "PDP's", 'Doorstroomklaar-checklist', "KPI's", 'Gegevens en back-up']) {
		await expect(page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: title })).toBeVisible();
	}
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the app makes no request to any other host', async ({ page }) => {
	const outside: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:' && url.protocol !== 'blob:') outside.push(request.url());
	});
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Rubrieken' }).click();
	await page.waitForLoadState('networkidle');
	expect(outside).toEqual([]);
});
