import { test, expect, type Download } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo, storedRecords, watchOutsideRequests } from './helpers/qa';

/**
 * One jobcoach's afternoon across the parts of the app, on the tablet and by its own buttons and links:
 * the demo assessment-center, the consensus meeting agrees a level for one candidate (the report is still
 * "voorlopig" then), decides the rest and locks; the lead writes the
 * eindbeoordeling, the candidate report carries it and is no longer voorlopig, and the PDP drafted from that
 * report starts from the agreed level.
 */

test.use({ serviceWorkers: 'block' });

function pdfText(download: Download, file: string): Promise<{ text: string; pages: number }> {
	return download.saveAs(file).then(() => {
		execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, '/tmp/qa-journey-report']);
		const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
		const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		return { text, pages };
	});
}

test('demo → consensus → voorlopig report → locked consensus → eindbeoordeling → final report → PDP', async ({ page }) => {
	// Deciding all 54 cells of the demo by tapping takes 1–2 minutes alone, more on shared cores.
	test.setTimeout(300_000);
	const outside = watchOutsideRequests(page);
	const sessionId = await loadDemo(page);

	// The consensus meeting, reached from the session overview.
	await page.getByRole('link', { name: 'Open het demo-assessment' }).click();
	await expect(page).toHaveURL(`/sessies/${sessionId}`);
	await page.getByRole('link', { name: 'Evalueren: consensus' }).click();
	await page.getByRole('button', { name: 'An Peeters', exact: true }).click();
	const matrix = page.getByRole('region', { name: /Consensusmatrix/ });
	const row = matrix.locator('tbody tr').first();
	const candidate = (await row.locator('th').innerText()).trim();
	const competency = (await matrix.locator('thead th').nth(1).innerText()).split('\n')[0]!.trim();
	const cell = row.locator('td button').first();
	await cell.click();
	const panel = page.locator('section.panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`${candidate} – ${competency}`);
	const reason = 'Werkt alleen door en helpt pas na twee vragen (notities van An en Griet in Magazijn en Kookopdracht).';
	await panel.getByLabel(/· Onvoldoende$/).check();
	await panel.getByLabel(/^Reden/).fill(reason);
	await panel.getByRole('button', { name: 'Consensus vastleggen' }).click();
	await expect(panel.getByText('Consensus vastgelegd.')).toBeVisible();
	await expect(cell).toContainText('✓ Onvoldoende');
	await page.screenshot({ path: '/tmp/qa-journey-consensus.png' });

	// Reports, from the session overview (reached through the breadcrumb of the meeting).
	await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Demo: assessment-center magazijn en logistiek' }).click();
	await expect(page).toHaveURL(`/sessies/${sessionId}`);
	await page.getByRole('link', { name: 'Rapporteren' }).click();
	await expect(page).toHaveURL(`/sessies/${sessionId}/rapport`);
	const card = page.locator('.card, li, article').filter({ has: page.getByRole('heading', { name: candidate, exact: true }) }).first();
	await expect(card).toContainText('consensus voor 1 van');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: `Kandidaatrapport (PDF) van ${candidate}` }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.pdf$/);
	const report = await pdfText(download, join(mkdtempSync(join(tmpdir(), 'qa-journey-')), 'kandidaat.pdf'));
	expect(report.pages).toBeGreaterThanOrEqual(2);
	expect(report.text).toContain(`Assessmentrapport ${candidate}`);
	expect(report.text).toContain(`Toelichting bij de consensus: ${reason}`);
	// The other competencies have no consensus yet, and the report says so, on every page: voorlopig.
	expect(report.text).toContain('nog geen consensus');
	expect(report.text).toContain('Assessmentrapport (voorlopig)');

	// Back in the meeting: locking with open cells is refused and lists them; the group decides the rest, then
	// locks. (No demo cell has three assessors agreeing in every exercise: the take-over of agreed cells is
	// walked in two-tablets.e2e.ts.)
	await page.goto(`/sessies/${sessionId}/consensus`);
	await expect(page.getByRole('button', { name: 'Neem de eensgezinde cellen over (0)' })).toBeDisabled();
	await page.getByRole('button', { name: 'Consensus vergrendelen' }).click();
	await expect(page.getByRole('alert')).toContainText('Vergrendelen kan pas als elke cel beslist is');
	const openSummary = page.getByText(/Bekijk de \d+ open cel/);
	const openCount = Number(/Bekijk de (\d+) open/.exec(await openSummary.innerText())![1]);
	// 6 candidates × 9 competencies, one decided above.
	expect(openCount).toBe(53);
	await openSummary.click();
	await expect(page.locator('.open-list li')).toHaveCount(openCount);
	const allCells = matrix.locator('td button.cell');
	for (let i = 0; i < (await allCells.count()); i++) {
		const c = allCells.nth(i);
		if ((await c.innerText()).includes('✓')) continue;
		await c.click();
		const open = page.locator('section.panel');
		await open.getByLabel(/· Goed$/).check();
		await open.getByLabel(/^Reden/).fill('Samen besproken met de notities van de drie assessoren.');
		await open.getByRole('button', { name: 'Consensus vastleggen' }).click();
		await expect(c).toContainText('✓ Goed');
	}
	await page.locator('section.panel').getByRole('button', { name: 'Sluiten' }).click();
	await expect(cell).toContainText('✓ Onvoldoende');
	await page.getByRole('button', { name: 'Consensus vergrendelen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Vergrendeld door An Peeters' })).toBeVisible();

	// Rapporteren: the lead writes the eindbeoordeling, now final.
	await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Demo: assessment-center magazijn en logistiek' }).click();
	await page.getByRole('link', { name: 'Eindbeoordeling' }).click();
	await expect(page.getByText(/^Voorlopig: de consensus is nog niet vergrendeld/)).toHaveCount(0);
	await page.getByRole('tab', { name: new RegExp(candidate) }).click();
	const form = page.getByRole('region', { name: `Eindbeoordeling van ${candidate}` });
	await form.getByRole('radio', { name: /Bijna doorstroomklaar/ }).check();
	await expect(form.getByText('Advies bewaard.')).toBeVisible();
	const motivation = `${competency} vraagt nog oefening op de werkvloer; de rest van het profiel is goed.`;
	await form.getByLabel('Motivatie').fill(motivation);
	await expect(form.getByText('Geschreven door An Peeters', { exact: false })).toBeVisible();
	await page.waitForTimeout(400);
	await page.getByRole('link', { name: 'Naar de rapporten' }).click();
	await expect(page).toHaveURL(`/sessies/${sessionId}/rapport`);
	const [finalDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: `Kandidaatrapport (PDF) van ${candidate}` }).click()
	]);
	const final = await pdfText(finalDownload, join(mkdtempSync(join(tmpdir(), 'qa-journey-')), 'kandidaat-definitief.pdf'));
	expect(final.text).not.toMatch(/voorlopig/i);
	expect(final.text).toContain('Eindbeoordeling');
	expect(final.text).toContain('Advies: Bijna doorstroomklaar');
	expect(final.text).toContain(motivation);
	expect(final.text).not.toContain('nog geen consensus');

	// The PDP drafted from the report: the agreed level is a need, without the "no consensus" marking.
	await page.getByRole('button', { name: `PDP opstellen voor ${candidate}` }).click();
	await expect(page).toHaveURL(/\/pdp\/[0-9a-f-]{36}$/);
	const pdpId = page.url().split('/').pop()!;
	await expect(page.getByRole('heading', { level: 1 })).toContainText(candidate);
	// The demo candidates aim at a functieprofiel: the need is the gap between what the job asks and the agreed level.
	const need = new RegExp(`^${competency.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: vraagt (matig|goed|zeer goed), nu onvoldoende: (één|twee|drie) niveaus? te gaan$`);
	await expect
		.poll(() => page.locator('input, textarea').evaluateAll((fields, source) => fields.filter((f) => new RegExp(source).test((f as HTMLInputElement).value)).length, need.source))
		.toBe(1);
	await expect(page.getByText(/^Uit de vergelijking met het functieprofiel /)).toBeVisible();
	await expect(page.getByText(/^Jobdoelwit: /)).toBeVisible();
	const pdp = (await storedRecords(page, 'pdps')).find((r) => r['id'] === pdpId)!;
	const needs = pdp['needs'] as { text: string; evidence: string }[];
	expect(needs.filter((n) => need.test(n.text))).toHaveLength(1);
	const actions = (await storedRecords(page, 'actions')).filter((r) => r['planId'] === pdpId && !r['deletedAt']);
	expect(actions.length).toBeGreaterThan(0);
	await page.screenshot({ path: '/tmp/qa-journey-pdp.png', fullPage: false });
	// At most 5 needs with at most 3 suggested actions each: a plan a coach can follow.
	expect(needs.length).toBeLessThanOrEqual(5);
	expect(actions.length).toBeLessThanOrEqual(15);

	// The candidate's own version: portrait, in easy words, with no assessor notes.
	const [mine] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF voor de kandidaat' }).click()]);
	expect(mine.suggestedFilename()).toMatch(/^mijn-plan-.*\.pdf$/);
	const own = await pdfText(mine, join(mkdtempSync(join(tmpdir(), 'qa-journey-')), 'mijn-plan.pdf'));
	for (const words of ['Mijn plan', 'Wat ga ik doen?', 'Wie helpt mij?', 'Handtekeningen']) expect(own.text).toContain(words);
	for (const n of needs) for (const line of n.evidence.split('\n').filter((l) => l.length > 30)) expect(own.text).not.toContain(line.slice(0, 30));

	// The draft survives a reload and shows in the PDP list.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(candidate);
	await page.getByRole('link', { name: "← Alle PDP's" }).click();
	await expect(page.getByRole('link', { name: new RegExp(candidate) })).toBeVisible();
	expect(outside).toEqual([]);
});

test('the session overview leads to the reports (Rapporteren, the R of WAKKER)', async ({ page }) => {
	const sessionId = await loadDemo(page);
	await page.goto(`/sessies/${sessionId}`);
	await expect(page.getByRole('link', { name: 'Evalueren: consensus' })).toBeVisible();
	const link = page.getByRole('link', { name: /Rapport/ }).first();
	await expect(link, 'a link to the reports on the session overview').toBeVisible();
	await link.click();
	await expect(page).toHaveURL(`/sessies/${sessionId}/rapport`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Rapporteren');
});

test('the back link at the top of the session overview leads away from it, to the list of assessment-centers', async ({ page }) => {
	const sessionId = await loadDemo(page);
	await page.goto(`/sessies/${sessionId}`);
	await expect(page.getByRole('link', { name: 'Evalueren: consensus' })).toBeVisible();
	const back = page.getByRole('main').getByRole('link', { name: /^←/ }).first();
	await expect(back).toBeVisible();
	await expect(back, 'the "←" link of the overview must not point at the overview itself').not.toHaveAttribute('href', `/sessies/${sessionId}`);
	await back.click();
	await expect(page).toHaveURL('/sessies');
});

test('every step of an assessment-center that is not on this tablet says so and leads back to the list', async ({ page }) => {
	const sessionId = await loadDemo(page);
	const missing = '00000000-0000-4000-8000-000000000000';
	for (const step of ['', '/opzet', '/observeren/x', '/klasseren/x', '/beoordelen/x', '/consensus', '/dashboard', '/eindbeoordeling']) {
		await page.goto(`/sessies/${missing}${step}`);
		await expect(page.getByRole('heading', { level: 1 }), step || 'overzicht').toHaveText('Niet gevonden');
		await expect(page.getByRole('alert')).toContainText('Dit assessment-center bestaat niet (meer).');
	}
	await page.getByRole('link', { name: 'Naar de assessment-centers' }).click();
	await expect(page).toHaveURL('/sessies');

	// An exercise that is not part of an existing assessment-center is named as such.
	await page.goto(`/sessies/${sessionId}/observeren/x`);
	await expect(page.getByText('Deze oefening bestaat niet (meer) in dit assessment-center.')).toBeVisible();
	await expect(page.getByLabel('Ik ben:')).toHaveCount(0);
});
