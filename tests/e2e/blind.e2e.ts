import { test, expect, type Page, type Download } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Blind until submitted, on every route of an assessment-center: an assessor who has not submitted
 * sees nothing of the others' levels, notes used as evidence or SAM-grid initials, on screen, in the
 * dashboard's figures and in the report PDFs.
 */

test.use({ serviceWorkers: 'block' });

const B = 'Griet Van Damme';
const OUT = '/tmp/wakker-blind-e2e';

async function pdfText(download: Download, name: string): Promise<string> {
	mkdirSync(OUT, { recursive: true });
	const file = join(OUT, `${name}.pdf`);
	await download.saveAs(file);
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/**
 * The demo has every rating submitted: here Griet's become drafts again (she has not submitted any exercise),
 * written straight into the tablet's database as if she had not pressed "indienen" yet. Returns the others'
 * note texts (those Griet did not also write) and the exercises.
 */
async function unsubmitAllOf(page: Page, sessionId: string, name: string) {
	return page.evaluate(
		async ({ sessionId, name }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open('wakker');
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const all = <T,>(store: string) =>
				new Promise<T[]>((resolve, reject) => {
					const request = db.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => resolve(request.result as T[]);
					request.onerror = () => reject(request.error);
				});
			type Row = { id: string; sessionId?: string; authorId?: string; name?: string; text?: string; submittedAt?: string; exerciseId?: string; order?: number };
			const assessor = (await all<Row>('assessors')).find((a) => a.name === name)!;
			const ratings = (await all<Row>('ratings')).filter((r) => r.sessionId === sessionId && r.authorId === assessor.id);
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction('ratings', 'readwrite');
				for (const r of ratings) {
					const { submittedAt: _submitted, ...draft } = r;
					tx.objectStore('ratings').put(draft);
				}
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			const notes = (await all<Row>('observations')).filter((o) => o.sessionId === sessionId);
			const own = new Set(notes.filter((o) => o.authorId === assessor.id).map((o) => o.text));
			const others = [...new Set(notes.filter((o) => o.authorId !== assessor.id && !own.has(o.text) && (o.text ?? '').length > 20).map((o) => o.text!))];
			const exercises = (await all<Row>('exercises')).filter((e) => e.sessionId === sessionId).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
			db.close();
			return { drafts: ratings.length, othersNotes: others, exerciseIds: exercises.map((e) => e.id) };
		},
		{ sessionId, name }
	);
}

/** Nothing of the others' notes in what the page shows (the notes must be checked as text, not as the DOM). */
async function expectNoOthersNotes(page: Page, othersNotes: readonly string[], where: string) {
	const text = await page.locator('main').innerText();
	const leaked = othersNotes.filter((note) => text.includes(note));
	expect(leaked, `notes of other assessors on ${where}`).toEqual([]);
}

test('an assessor who has not submitted finds nothing of the others on any route of the assessment-center', async ({ page }) => {
	test.setTimeout(240_000);
	const pageErrors: string[] = [];
	page.on('pageerror', (e) => pageErrors.push(e.message));
	await page.goto('/');
	await page.getByRole('button', { name: 'Demo-assessment laden' }).click();
	const open = page.getByRole('link', { name: 'Open het demo-assessment' });
	await expect(open).toBeVisible({ timeout: 20_000 });
	const sessionId = (await open.getAttribute('href'))!.split('/').pop()!;
	const setup = await unsubmitAllOf(page, sessionId, B);
	expect(setup.drafts).toBeGreaterThan(0);
	expect(setup.othersNotes.length).toBeGreaterThan(10);
	expect(setup.exerciseIds).toHaveLength(3);

	await page.goto(`/sessies/${sessionId}`);
	await page.getByLabel('Ik ben:').selectOption({ label: B });
	// The next page is a full load: it finds the choice only once it is stored.
	await expect(page.getByRole('status').filter({ hasText: `Opgeslagen: je werkt als ${B}.` })).toBeAttached();
	await expectNoOthersNotes(page, setup.othersNotes, 'the overview');

	await page.goto(`/sessies/${sessionId}/opzet`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectNoOthersNotes(page, setup.othersNotes, 'the set-up');

	for (const exerciseId of setup.exerciseIds) {
		for (const step of ['observeren', 'klasseren']) {
			await page.goto(`/sessies/${sessionId}/${step}/${exerciseId}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByRole('tab').first()).toBeVisible();
			await expectNoOthersNotes(page, setup.othersNotes, `${step} ${exerciseId}`);
		}
		await page.goto(`/sessies/${sessionId}/beoordelen/${exerciseId}`);
		await expect(page.getByRole('button', { name: 'Beoordelingen indienen' })).toBeVisible();
		await expect(page.getByText('Beoordelingen van alle assessoren')).toHaveCount(0);
		await expectNoOthersNotes(page, setup.othersNotes, `beoordelen ${exerciseId}`);
	}

	// The consensus: every cell is hidden, and a cell's panel shows no levels, notes or initials of the others.
	await page.goto(`/sessies/${sessionId}/consensus`);
	await expect(page.getByText('Je bespreekt als')).toContainText(B);
	const matrix = page.getByRole('region', { name: /Consensusmatrix/ });
	await expect(matrix.locator('tbody tr')).toHaveCount(6);
	const cells = matrix.locator('tbody td button');
	const cellCount = await cells.count();
	expect(cellCount).toBeGreaterThan(0);
	for (const label of await cells.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''))) {
		expect(label).not.toMatch(/Onvoldoende|Matig|Goed|eensgezind/i);
	}
	await cells.first().click();
	// Her own SAM-grid marks may show; An's (AP) and Youssef's (YE) may not.
	await expect(page.locator('[aria-label^="gekozen door"]').filter({ hasText: /AP|YE/ })).toHaveCount(0);
	await expectNoOthersNotes(page, setup.othersNotes, 'the consensus');

	// The dashboard: no agreement from levels she may not see yet, and it says what is still blind and who submitted.
	await page.goto(`/sessies/${sessionId}/dashboard`);
	const blind = page.getByRole('region', { name: 'Nog blind' });
	await expect(blind).toContainText('ingediend door An Peeters, Youssef El Amrani; nog niet door Griet Van Damme');
	await expect(page.getByText(/Overeenstemming niet bepaald/)).toBeVisible();
	await expect(page.getByText(/tellen mee: 0 niveaus/)).toBeVisible();

	// The reports: on screen and in both PDFs nothing of the others' notes.
	await page.goto(`/sessies/${sessionId}/rapport`);
	await expect(page.getByRole('region', { name: 'Nog blind' })).toBeVisible();
	await expectNoOthersNotes(page, setup.othersNotes, 'the reports page');
	const [candidateDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Kandidaatrapport \(PDF\) van / }).first().click()]);
	const candidate = await pdfText(candidateDownload, 'kandidaat');
	expect(setup.othersNotes.filter((note) => candidate.includes(note.replace(/\s+/g, ' ')))).toEqual([]);
	expect(candidate).toContain('Er zijn nog geen ingediende scores.');
	const [sessionDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sessierapport (PDF)' }).click()]);
	const session = await pdfText(sessionDownload, 'sessie');
	expect(session).toContain('Er zijn nog geen ingediende scores.');
	expect(pageErrors).toEqual([]);
});
