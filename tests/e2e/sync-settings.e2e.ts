import { expect, test } from '@playwright/test';
import { seriousAxeViolations, watchOutsideRequests } from './helpers/qa';

test.describe('Gegevens → Synchronisatie', () => {
	test('refuses a server on another host before any request, and says in Dutch when the login is refused', async ({ page }) => {
		const outside = watchOutsideRequests(page);
		const logins: string[] = [];
		// The organisation's CouchDB behind the app's own origin, answering as it does to a wrong password.
		await page.route('**/couchdb/_session', async (route) => {
			logins.push(route.request().postData() ?? '');
			await route.fulfill({ status: 401, contentType: 'application/json', body: '{"error":"unauthorized","reason":"Name or password is incorrect."}' });
		});
		await page.goto('/gegevens/synchronisatie');
		await expect(page.getByRole('heading', { name: 'Server van de organisatie' })).toBeVisible();
		expect(await seriousAxeViolations(page)).toEqual([]);

		await page.getByLabel('Serveradres').fill('https://elders.example/couchdb');
		await page.getByLabel('Database van de organisatie').fill('org_gent');
		await page.getByLabel('Gebruikersnaam').fill('an');
		await page.getByLabel('Wachtwoord').fill('geheim');
		await page.getByRole('button', { name: 'Aanmelden en verbinding testen' }).click();
		await expect(page.getByRole('alert')).toContainText('Dit is geen geldig serveradres');
		expect(outside).toEqual([]);

		await page.getByLabel('Serveradres').fill('/couchdb');
		await page.getByLabel('Wachtwoord').fill('fout');
		await page.getByRole('button', { name: 'Aanmelden en verbinding testen' }).click();
		await expect(page.getByRole('alert')).toContainText('Aanmelden bij de synchronisatieserver is geweigerd');
		expect(logins).toHaveLength(1);
		// The password is not kept anywhere on the screen after trying.
		await expect(page.getByLabel('Wachtwoord')).toHaveValue('');
		// Nothing is stored for a refused login, so there is nothing to start.
		await expect(page.getByRole('button', { name: 'Synchroniseren starten' })).toHaveCount(0);
		await page.screenshot({ path: 'test-results/sync-settings.png', fullPage: true });
	});
});
