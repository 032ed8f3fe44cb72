import { test, expect, type Download } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo, storedRecords, watchOutsideRequests } from './helpers/qa';

/**
 * One jobcoach's afternoon across the parts of the app, on the tablet and by its own buttons and links:
 * the demo assessment-center, the consensus meeting agrees a level for one candidate, the candidate report
 * is downloaded as PDF and says so, and the PDP drafted from that report starts from the agreed level.
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

test('demo → consensus for one cell → candidate report PDF → PDP drafted from the agreed level', async ({ page }) => {
	test.setTimeout(150_000);
	const outside = watchOutsideRequests(page);
	const sessionId = await loadDemo(page);

	// The consensus meeting, reached from the session overview.
	await page.getByRole('link', { name: 'Open het demo-assessment' }).click();
	await expect(page).toHaveURL(`/sessies/${sessionId}`);
	await page.getByRole('link', { name: 'Evalueren: consensus' }).click();
	await page.getByRole('button', { name: 'An Peeters' }).click();
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
	// The other competencies have no consensus yet, and the report says so.
	expect(report.text).toContain('nog geen consensus');

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
