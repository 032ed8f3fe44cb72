import { test, expect } from '@playwright/test';
import { loadDemo } from './helpers/qa';

/**
 * A personal PIN on a shared tablet: once Youssef protects his name, nobody becomes "Youssef" under "Ik ben"
 * (and sees what only he may see) without it; the lead wipes a forgotten PIN, and that is logged.
 */

test.use({ serviceWorkers: 'block' });

test('a PIN protects a name under "Ik ben", a wrong one changes nothing, and the lead can wipe it', async ({ page }) => {
	const sessionId = await loadDemo(page);
	await page.goto(`/sessies/${sessionId}`);
	const select = page.getByLabel('Ik ben:');
	const shown = select.locator('option:checked');

	await select.selectOption({ label: 'Youssef El Amrani' });
	await expect(shown).toHaveText('Youssef El Amrani');
	await page.getByRole('button', { name: 'Pincode instellen' }).click();
	await page.getByLabel('Nieuwe pincode (4 tot 8 cijfers)').fill('1234');
	await page.getByLabel('Nieuwe pincode nog eens').fill('1234');
	await page.getByRole('button', { name: 'Bewaar de pincode' }).click();
	await expect(page.getByText('Kies een pincode die geen reeks opeenvolgende cijfers is.')).toBeVisible();
	await page.getByLabel('Nieuwe pincode (4 tot 8 cijfers)').fill('2580');
	await page.getByLabel('Nieuwe pincode nog eens').fill('2580');
	await page.getByRole('button', { name: 'Bewaar de pincode' }).click();
	await expect(page.getByText('Je naam is nu beveiligd met een pincode op dit toestel.')).toBeVisible();
	// Only a hash is stored, and on this tablet only.
	const stored = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const open = indexedDB.open('wakker');
				open.onsuccess = () => {
					const all = open.result.transaction('settings').objectStore('settings').getAll();
					all.onsuccess = () => resolve(JSON.stringify(all.result));
				};
			})
	);
	expect(stored).toContain('"pin:');
	expect(stored).not.toContain('2580');

	// An (no PIN) takes the tablet; becoming Youssef again asks his PIN.
	await select.selectOption({ label: 'An Peeters' });
	await expect(shown).toHaveText('An Peeters');
	await select.selectOption({ label: 'Youssef El Amrani' });
	await expect(page.getByRole('alert')).toContainText('Youssef El Amrani beveiligde de naam met een pincode');
	await expect(shown).toHaveText('An Peeters');
	await page.getByLabel('Pincode van Youssef El Amrani').fill('1111');
	await page.getByRole('button', { name: 'Bevestig' }).click();
	await expect(page.getByRole('alert')).toContainText('Deze pincode klopt niet');
	await page.reload();
	await expect(shown).toHaveText('An Peeters');

	// The consensus meeting's "Wie ben jij?" asks it too.
	await page.goto(`/sessies/${sessionId}/consensus`);
	await page.getByRole('button', { name: 'Iemand anders?' }).click();
	await page.getByRole('button', { name: 'Youssef El Amrani', exact: true }).click();
	await page.getByLabel('Pincode van Youssef El Amrani').fill('2580');
	await page.getByRole('button', { name: 'Bevestig' }).click();
	await expect(page.getByText('Je bespreekt als Youssef El Amrani.')).toBeVisible();

	// An, the lead, wipes the forgotten PIN; it is logged, and Youssef's name is open again.
	await page.goto(`/sessies/${sessionId}`);
	await select.selectOption({ label: 'An Peeters' });
	await expect(shown).toHaveText('An Peeters');
	await page.getByRole('button', { name: 'Pincode wissen' }).click();
	await page.getByRole('button', { name: 'Ja, wis de pincode van Youssef El Amrani' }).click();
	await expect(page.getByText('De pincode van Youssef El Amrani is gewist.')).toBeVisible();
	await select.selectOption({ label: 'Youssef El Amrani' });
	await expect(shown).toHaveText('Youssef El Amrani');
	await expect(page.getByRole('button', { name: 'Pincode instellen' })).toBeVisible();
});
