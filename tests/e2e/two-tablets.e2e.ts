import { test, expect, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seriousAxeViolations } from './helpers/qa';
import { assessorId, exportFile, iAm, importFile, observeAndRate, openTablet, setUpSmallCenter, storedRatings, submitRatings, type SmallCenter } from './helpers/tablets';

/**
 * Blind rating across two tablets (two browser profiles, each with its own IndexedDB), as an
 * assessment-center really runs: the lead An sets it up and hands tablet B to Bram. An submits her
 * ratings and sends her work to B; Bram, who has not submitted, finds none of it on any route of B, not by
 * switching "Ik ben" to An either (her PIN stops it). Bram's draft never reaches the lead's tablet; once
 * he submits, both tablets show both assessors' levels in the consensus matrix. The lead then takes over
 * the agreed cell in one step, cannot lock while a cell is open, decides it, locks, writes the
 * eindbeoordeling, and the candidate report carries it, no longer "voorlopig".
 */

test.use({ serviceWorkers: 'block' });

const AN = 'An Maes';
const BRAM = 'Bram Wouters';
const CANDIDATE = 'Cas Peeters';
const EXERCISE = 'Scenario Magazijn + stock';
const AC: SmallCenter = { name: 'AC twee tablets', candidate: CANDIDATE, exercise: EXERCISE, assessors: [AN, BRAM] };
const AN_NOTE = 'An ziet: zet zonder vragen de dozen per bestemming klaar op de kar.';
const BRAM_NOTE = 'Bram ziet: vraagt de collega welke doos eerst moet.';

async function pdfText(download: Download): Promise<string> {
	const file = join(mkdtempSync(join(tmpdir(), 'wakker-two-tablets-pdf-')), 'rapport.pdf');
	await download.saveAs(file);
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Nothing of An's work in what Bram's screen shows: her note, her initials, her levels. */
async function expectNothingOfAn(page: Page, where: string) {
	const text = await page.locator('main').innerText();
	expect(text.includes(AN_NOTE), `An's note on ${where}`).toBe(false);
	expect(await page.locator('[aria-label^="gekozen door"]').filter({ hasText: 'AM' }).count(), `An's initials on ${where}`).toBe(0);
}

test('two tablets: blind until submitted across bundles, drafts stay home, then both see the matrix', async ({ browser }) => {
	test.setTimeout(300_000);
	const lead = await openTablet(browser);
	const b = await openTablet(browser);
	const A = lead.page;
	const B = b.page;

	// --- Tablet A: the lead sets up a small assessment-center.
	const sessionPath = await setUpSmallCenter(A, AC);
	await iAm(A, AN);
	const setupFile = await exportFile(A, 'Opzet delen');

	// --- Tablet B gets the set-up. An protects her name on it before she hands it to Bram.
	await importFile(B, setupFile);
	await B.goto(sessionPath);
	await iAm(B, AN);
	await B.getByRole('button', { name: 'Pincode instellen' }).click();
	await B.getByLabel('Nieuwe pincode (4 tot 8 cijfers)').fill('2580');
	await B.getByLabel('Nieuwe pincode nog eens').fill('2580');
	await B.getByRole('button', { name: 'Bewaar de pincode' }).click();
	await expect(B.getByText('Je naam is nu beveiligd met een pincode op dit toestel.')).toBeVisible();
	await iAm(B, BRAM);

	// --- Both observe, classify and rate; An submits, Bram keeps a draft.
	await observeAndRate(A, sessionPath, AC, AN_NOTE, 'Goed');
	await observeAndRate(B, sessionPath, AC, BRAM_NOTE, 'Matig');
	await submitRatings(A);
	const exerciseRatePath = new URL(B.url()).pathname;

	// --- Bram's draft never leaves tablet B: his work file carries no rating, and the lead gets none.
	const bramDraftWork = await exportFile(B, 'Werk van één assessor', BRAM);
	await importFile(A, bramDraftWork);
	const bramId = await assessorId(A, BRAM);
	expect((await storedRatings(A)).filter((r) => r.authorId === bramId)).toEqual([]);
	await A.goto(`${sessionPath}/consensus`);
	const matrixA = A.getByRole('region', { name: /Consensusmatrix/ });
	await expect(matrixA.locator('tbody td button').first()).toBeVisible();
	for (const label of await matrixA.locator('tbody td button').evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label') ?? ''))) {
		expect(label).toContain(`${BRAM}: nog niet ingediend`);
	}

	// --- An's work reaches tablet B; Bram, not submitted, finds nothing of it on any route.
	const anWork = await exportFile(A, 'Werk van één assessor', AN);
	await importFile(B, anWork);
	const anId = await assessorId(B, AN);
	expect((await storedRatings(B)).filter((r) => r.authorId === anId && r.submittedAt).length).toBe(2);
	await B.goto(sessionPath);
	await expect(B.getByLabel('Ik ben:').locator('option:checked')).toHaveText(BRAM);
	await expectNothingOfAn(B, 'the overview');
	for (const step of ['opzet', 'observeren', 'klasseren', 'beoordelen']) {
		const path = step === 'opzet' ? `${sessionPath}/opzet` : exerciseRatePath.replace('/beoordelen/', `/${step}/`);
		await B.goto(path);
		await expect(B.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNothingOfAn(B, step);
	}
	await expect(B.getByText('Beoordelingen van alle assessoren')).toHaveCount(0);
	await B.goto(`${sessionPath}/consensus`);
	await expect(B.getByText('Je bespreekt als')).toContainText(BRAM);
	const matrixB = B.getByRole('region', { name: /Consensusmatrix/ });
	const cellsB = matrixB.locator('tbody td button');
	await expect(cellsB.first()).toBeVisible();
	for (const label of await cellsB.evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label') ?? c.textContent ?? ''))) {
		expect(label).not.toMatch(/Onvoldoende|Matig|Goed|eensgezind/i);
	}
	await cellsB.first().click();
	await expectNothingOfAn(B, 'the consensus');
	await B.goto(`${sessionPath}/dashboard`);
	await expect(B.getByRole('region', { name: 'Nog blind' })).toContainText(`ingediend door ${AN}; nog niet door ${BRAM}`);
	await expectNothingOfAn(B, 'the dashboard');
	await B.goto(`${sessionPath}/rapport`);
	await expectNothingOfAn(B, 'the reports page');
	const [candidatePdf] = await Promise.all([B.waitForEvent('download'), B.getByRole('button', { name: /^Kandidaatrapport \(PDF\) van / }).first().click()]);
	const candidateText = await pdfText(candidatePdf);
	expect(candidateText).not.toContain(AN_NOTE);
	expect(candidateText).not.toMatch(/\bGoed\b/);
	const [sessionPdf] = await Promise.all([B.waitForEvent('download'), B.getByRole('button', { name: 'Sessierapport (PDF)' }).click()]);
	expect(await pdfText(sessionPdf)).not.toContain(AN_NOTE);

	// --- Switching "Ik ben" to An on tablet B asks her PIN; a wrong one leaves Bram in place and blind.
	await B.goto(sessionPath);
	await B.getByLabel('Ik ben:').selectOption({ label: AN });
	await expect(B.getByRole('alert')).toContainText(`${AN} beveiligde de naam met een pincode`);
	await B.getByLabel(`Pincode van ${AN}`).fill('1111');
	await B.getByRole('button', { name: 'Bevestig' }).click();
	await expect(B.getByRole('alert')).toContainText('Deze pincode klopt niet');
	await expect(B.getByLabel('Ik ben:').locator('option:checked')).toHaveText(BRAM);
	await B.goto(`${sessionPath}/consensus`);
	await expect(B.getByText('Je bespreekt als')).toContainText(BRAM);
	await B.getByRole('button', { name: 'Iemand anders?' }).click();
	await B.getByRole('button', { name: AN, exact: true }).click();
	await B.getByLabel(`Pincode van ${AN}`).fill('0000');
	await B.getByRole('button', { name: 'Bevestig' }).click();
	await expect(B.getByRole('alert')).toContainText('Deze pincode klopt niet');
	// "Iemand anders?" forgets the speaker first: nobody chosen sees only what every assessor has submitted.
	await expectNothingOfAn(B, 'the consensus after a wrong PIN');
	await B.getByRole('button', { name: BRAM, exact: true }).click();
	await expect(B.getByText('Je bespreekt als')).toContainText(BRAM);

	// --- Bram submits: now tablet B shows An's level next to his; his work goes to the lead.
	await B.goto(exerciseRatePath);
	await expect(B.getByLabel('Ik ben:').locator('option:checked')).toHaveText(BRAM);
	await submitRatings(B);
	const table = B.getByRole('table', { name: 'Beoordelingen van alle assessoren in deze oefening' });
	await expect(table.getByRole('row', { name: new RegExp(`${CANDIDATE} Initiatief`) })).toContainText('Goed');
	await expect(table.getByRole('row', { name: new RegExp(`${CANDIDATE} Initiatief`) })).toContainText('Matig');
	const bramWork = await exportFile(B, 'Werk van één assessor', BRAM);
	await importFile(A, bramWork);
	expect((await storedRatings(A)).filter((r) => r.authorId === bramId).every((r) => r.submittedAt)).toBe(true);
	expect((await storedRatings(A)).filter((r) => r.authorId === bramId)).toHaveLength(2);

	for (const page of [A, B]) {
		await page.goto(`${sessionPath}/consensus`);
		const cell = page.getByRole('region', { name: /Consensusmatrix/ }).getByRole('button', { name: new RegExp(`^${CANDIDATE}, Initiatief\\.`) });
		await expect(cell).toHaveAttribute('aria-label', new RegExp(`${AN}: Goed, ${BRAM}: Matig`));
		const agreed = page.getByRole('region', { name: /Consensusmatrix/ }).getByRole('button', { name: new RegExp(`^${CANDIDATE}, Samenwerken\\.`) });
		await expect(agreed).toHaveAttribute('aria-label', new RegExp(`${AN}: Matig, ${BRAM}: Matig`));
	}
	// The same checks that found nothing before now find An's note: they were looking in the right place.
	await B.getByRole('region', { name: /Consensusmatrix/ }).getByRole('button', { name: new RegExp(`^${CANDIDATE}, Initiatief\\.`) }).click();
	await expect(B.locator('section.panel')).toContainText(AN_NOTE);
	await B.screenshot({ path: '/tmp/two-tablets-matrix-b.png', fullPage: true });
	expect(await seriousAxeViolations(B)).toEqual([]);

	// --- Tablet A, the lead closes the consensus: the agreed cell in one step, the other by the group.
	await A.goto(`${sessionPath}/consensus`);
	await expect(A.getByText('Je bespreekt als')).toContainText(AN);
	await A.getByRole('button', { name: 'Neem de eensgezinde cellen over (1)' }).click();
	await expect(A.getByText('1 cel overgenomen als eensgezind.', { exact: false })).toBeVisible();
	const matrix = A.getByRole('region', { name: /Consensusmatrix/ });
	await expect(matrix.getByRole('button', { name: new RegExp(`^${CANDIDATE}, Samenwerken\\.`) })).toContainText('✓ Matig');
	await A.getByRole('button', { name: 'Consensus vergrendelen' }).click();
	await expect(A.getByRole('alert')).toContainText('Vergrendelen kan pas als elke cel beslist is (een niveau of "geen consensus"): 1 cel is nog open.');
	await A.getByText(/Bekijk de 1 open cel/).click();
	await expect(A.locator('.open-list li')).toHaveCount(1);
	await expect(A.locator('.open-list li')).toContainText('Initiatief');
	for (const [name, size] of [['portrait', { width: 820, height: 1180 }], ['landscape', { width: 1180, height: 820 }]] as const) {
		await A.setViewportSize(size);
		await A.screenshot({ path: `/tmp/two-tablets-lock-open-${name}.png`, fullPage: true });
		expect(await seriousAxeViolations(A)).toEqual([]);
	}
	const open = matrix.getByRole('button', { name: new RegExp(`^${CANDIDATE}, Initiatief\\.`) });
	await open.click();
	const panel = A.locator('section.panel');
	await panel.getByLabel(/· Goed$/).check();
	await panel.getByLabel(/^Reden/).fill('Zet zelf de dozen klaar (notitie An); vraagt wel welke doos eerst (notitie Bram).');
	await panel.getByRole('button', { name: 'Consensus vastleggen' }).click();
	await expect(open).toContainText('✓ Goed');
	await panel.getByRole('button', { name: 'Sluiten' }).click();
	await A.getByRole('button', { name: 'Consensus vergrendelen' }).click();
	await expect(A.getByRole('status').filter({ hasText: `Vergrendeld door ${AN}` })).toBeVisible();
	for (const [name, size] of [['portrait', { width: 820, height: 1180 }], ['landscape', { width: 1180, height: 820 }]] as const) {
		await A.setViewportSize(size);
		await A.screenshot({ path: `/tmp/two-tablets-locked-${name}.png`, fullPage: true });
		expect(await seriousAxeViolations(A)).toEqual([]);
	}

	// --- Rapporteren: the eindbeoordeling, and the candidate report that carries it.
	await A.goto(`${sessionPath}/eindbeoordeling`);
	await expect(A.getByText(/^Voorlopig: de consensus is nog niet vergrendeld/)).toHaveCount(0);
	const form = A.getByRole('region', { name: `Eindbeoordeling van ${CANDIDATE}` });
	await form.getByRole('radio', { name: /^Doorstroomklaar/ }).check();
	await expect(form.getByText('Advies bewaard.')).toBeVisible();
	const motivation = 'Neemt zelf initiatief in het magazijn en werkt vlot samen; klaar voor een job als magazijnier.';
	await form.getByLabel('Motivatie').fill(motivation);
	await expect(form.getByText(`Geschreven door ${AN}`, { exact: false })).toBeVisible();
	for (const [name, size] of [['portrait', { width: 820, height: 1180 }], ['landscape', { width: 1180, height: 820 }]] as const) {
		await A.setViewportSize(size);
		await A.screenshot({ path: `/tmp/two-tablets-eindbeoordeling-${name}.png`, fullPage: true });
		expect(await seriousAxeViolations(A)).toEqual([]);
	}
	await A.waitForTimeout(400);
	await A.goto(`${sessionPath}/rapport`);
	const [finalPdf] = await Promise.all([A.waitForEvent('download'), A.getByRole('button', { name: `Kandidaatrapport (PDF) van ${CANDIDATE}` }).click()]);
	const finalText = await pdfText(finalPdf);
	expect(finalText).not.toMatch(/voorlopig/i);
	expect(finalText).toContain('Eindbeoordeling');
	expect(finalText).toContain(motivation);
	expect(finalText).toMatch(/Advies: Doorstroomklaar/);
	expect(lead.errors).toEqual([]);
	expect(b.errors).toEqual([]);
	await lead.context.close();
	await b.context.close();
});
