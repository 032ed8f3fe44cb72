import { test, expect, type Page } from '@playwright/test';

/**
 * After one visit with the network on, the app works with the network off: a reload, writing a note
 * on the observe screen, a PDF report and the charts of the dashboard, all from the service worker's
 * cache. No Content-Security-Policy violation is reported and no request leaves the device.
 */

async function idbFirstExercise(page: Page, sessionId: string): Promise<string> {
	return page.evaluate(async (id) => {
		const idb = await new Promise<IDBDatabase>((resolve, reject) => {
			const r = indexedDB.open('wakker');
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
		const all = await new Promise<Array<{ id: string; sessionId: string; order: number }>>((resolve, reject) => {
			const r = idb.transaction('exercises').objectStore('exercises').getAll();
			r.onsuccess = () => resolve(r.result as Array<{ id: string; sessionId: string; order: number }>);
			r.onerror = () => reject(r.error);
		});
		idb.close();
		return all.filter((e) => e.sessionId === id).sort((a, b) => a.order - b.order)[0]!.id;
	}, sessionId);
}

/** Follows an in-app link to `path` (client-side routing, as every link in the app does). */
async function followLink(page: Page, path: string): Promise<void> {
	await page.evaluate((href) => {
		const a = document.createElement('a');
		a.href = href;
		document.body.append(a);
		a.click();
		a.remove();
	}, path);
	await expect(page).toHaveURL(path);
}

test('works offline after the first visit: reload, a note, a PDF and charts', async ({ page, context }) => {
	test.setTimeout(90_000);
	const violations: string[] = [];
	const outside: string[] = [];
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __csp: string[] }).__csp ??= [];
			(window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
		});
	});
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.hostname !== '127.0.0.1' && !['data:', 'blob:'].includes(url.protocol)) outside.push(request.url());
	});

	// First visit, online: load the demo and let the service worker take control.
	await page.goto('/');
	await page.getByRole('button', { name: 'Demo-assessment laden' }).click();
	const link = page.getByRole('link', { name: 'Open het demo-assessment' });
	const sessionPath = (await link.getAttribute('href'))!;
	const sessionId = sessionPath.split('/').at(-1)!;
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	const exerciseId = await idbFirstExercise(page, sessionId);

	// Network off.
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessment-centers voor doorstroom');
	// A deep link never opened online loads from the cached shell too.
	await page.goto('/rubrieken');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.goto('/');

	// The installed app starts at '/' and moves between screens in the page itself (client-side routing).
	await page.getByRole('link', { name: 'Open het demo-assessment' }).click();
	await expect(page).toHaveURL(sessionPath);
	await page.getByLabel('Ik ben:').selectOption({ index: 1 });
	await page.locator(`a[href="/sessies/${sessionId}/observeren/${exerciseId}"]`).first().click();
	const tab = page.getByRole('tab').first();
	const candidate = ((await tab.textContent()) ?? '').trim().split(/\s{2,}|\n/)[0]!;
	await tab.tap();
	const box = page.getByRole('textbox', { name: /^Notitie over / });
	await box.fill('Offline genoteerd: zet de dozen zonder vragen op de kar.');
	await box.press('Enter');
	await expect(page.getByText('Offline genoteerd: zet de dozen zonder vragen op de kar.')).toBeVisible();
	expect(candidate.length).toBeGreaterThan(0);
	// Kept after an offline reload of this deep screen (never loaded online), and of the app from its start page.
	await page.reload();
	await page.getByRole('tab').first().tap();
	await expectNoteKept(page, 'Offline genoteerd: zet de dozen zonder vragen op de kar.');
	await page.goto('/');
	await page.getByRole('link', { name: 'Open het demo-assessment' }).click();
	await page.locator(`a[href="/sessies/${sessionId}/observeren/${exerciseId}"]`).first().click();
	await page.getByRole('tab').first().tap();
	await expectNoteKept(page, 'Offline genoteerd: zet de dozen zonder vragen op de kar.');

	// A PDF report: pdfmake and its fonts come from the cache.
	await followLink(page, `/sessies/${sessionId}/rapport`);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Sessierapport (PDF)' }).click();
	const pdf = await download;
	const path = await pdf.path();
	expect(path).toBeTruthy();
	const { readFileSync } = await import('node:fs');
	expect(readFileSync(path!).subarray(0, 5).toString()).toBe('%PDF-');

	// Charts on the dashboard.
	await page.locator(`a[href="/sessies/${sessionId}"]`).first().click();
	await page.locator(`a[href="/sessies/${sessionId}/dashboard"]`).first().click();
	await expect(page.locator('canvas').first()).toBeVisible({ timeout: 15_000 });

	// The data screens too.
	await followLink(page, '/gegevens');
	await expect(page.getByRole('heading', { name: 'Bestand van een andere tablet inladen' })).toBeVisible();

	await context.setOffline(false);
	const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
	expect([...violations, ...seen]).toEqual([]);
	expect(outside).toEqual([]);
});

/**
 * The note's text is on the screen after a reload: in the list, or back in the editor when the reload came before
 * the tablet had recorded that the note was finished (the text itself is stored at every keystroke).
 */
async function expectNoteKept(page: Page, text: string) {
	await expect
		.poll(() =>
			page.evaluate(
				(wanted) =>
					[...document.querySelectorAll('li')].some((li) => li.textContent?.includes(wanted)) ||
					[...document.querySelectorAll('textarea')].some((box) => box.value === wanted),
				text
			)
		)
		.toBe(true);
}
