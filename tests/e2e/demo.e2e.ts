import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

async function expectNoSeriousAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('the demo assessment-center is loaded from the home page, opened, and removed for good', async ({ page }) => {
	await page.goto('/');
	const demo = page.getByRole('region', { name: 'Uitproberen met een demo' });
	const load = demo.getByRole('button', { name: 'Demo-assessment laden' });
	await expect(load).toBeEnabled();
	await expect(demo.getByRole('button', { name: 'Demo-assessment verwijderen' })).toHaveCount(0);
	await expect(page.getByText(/Opslag: .* blijvend bewaard: (ja|nee|onbekend)\./)).toBeVisible();
	await expectNoSeriousAxeViolations(page);
	await page.screenshot({ path: '/tmp/dbx-home-empty-landscape.png', fullPage: true });

	await load.click();
	await expect(demo.getByRole('status')).toContainText('Het demo-assessment staat klaar: 6 kandidaten, 3 assessoren, 3 oefeningen');
	const link = demo.getByRole('link', { name: 'Open het demo-assessment' });
	await expect(link).toHaveAttribute('href', /^\/sessies\/[0-9a-f-]{36}$/);
	await expectNoSeriousAxeViolations(page);
	await page.screenshot({ path: '/tmp/dbx-home-loaded-landscape.png', fullPage: true });
	await page.setViewportSize({ width: 820, height: 1180 });
	await page.screenshot({ path: '/tmp/dbx-home-loaded-portrait.png', fullPage: true });
	await page.setViewportSize({ width: 1180, height: 820 });

	// Loading again changes nothing.
	await load.click();
	await expect(demo.getByRole('status')).toHaveText('Het demo-assessment stond er al; er is niets veranderd.');

	// The link leads to the session page of the demo.
	const href = (await link.getAttribute('href'))!;
	await link.click();
	await expect(page).toHaveURL(href);
	await page.waitForLoadState('networkidle');
	await page.screenshot({ path: '/tmp/dbx-demo-session.png', fullPage: true });
	await page.goto('/');

	// Survives a reload.
	await page.reload();
	await expect(demo.getByRole('link', { name: 'Open het demo-assessment' })).toBeVisible();

	await demo.getByRole('button', { name: 'Demo-assessment verwijderen' }).click();
	const confirm = demo.getByRole('button', { name: 'Ja, demo verwijderen' });
	await expect(confirm).toBeFocused();
	await expectNoSeriousAxeViolations(page);
	await page.screenshot({ path: '/tmp/dbx-home-confirm-landscape.png', fullPage: true });
	await confirm.click();
	await expect(demo.getByRole('status')).toContainText('Het demo-assessment is verwijderd.');
	await expect(demo.getByRole('link', { name: 'Open het demo-assessment' })).toHaveCount(0);

	await page.reload();
	await expect(demo.getByRole('button', { name: 'Demo-assessment laden' })).toBeEnabled();
	await expect(demo.getByRole('button', { name: 'Demo-assessment verwijderen' })).toHaveCount(0);
	const left = await page.evaluate(async () => {
		const request = indexedDB.open('wakker');
		const idb = await new Promise<IDBDatabase>((resolve, reject) => {
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const count = (store: string) =>
			new Promise<number>((resolve, reject) => {
				const r = idb.transaction(store).objectStore(store).count();
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		const counts = { sessions: await count('sessions'), observations: await count('observations'), ratings: await count('ratings') };
		idb.close();
		return counts;
	});
	expect(left).toEqual({ sessions: 0, observations: 0, ratings: 0 });
});

test('a database from a newer app version is refused with a clear message', async ({ page }) => {
	// Write the "newer" database from a same-origin page that runs no app code, so nothing races with it.
	await page.goto('/favicon.svg');
	await page.evaluate(async () => {
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.deleteDatabase('wakker');
			request.onsuccess = () => resolve();
			request.onerror = () => reject(request.error);
		});
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open('wakker', 990);
			request.onupgradeneeded = () => request.result.createObjectStore('sessions', { keyPath: 'id' });
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
			request.onerror = () => reject(request.error);
		});
	});
	await page.goto('/');
	await expect(page.getByRole('alert')).toHaveText('Deze gegevens zijn gemaakt met een nieuwere versie van de app. Herlaad de pagina of werk de app bij.');
	await expect(page.getByRole('button', { name: 'Demo-assessment laden' })).toHaveCount(0);
	await page.screenshot({ path: '/tmp/dbx-home-newer.png' });
});
