import { test, expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../src/lib/engine/agreement/csv';
import { parseRatingsCsv } from '../../src/lib/engine/agreement/ratings-csv';
import { computeSessionAgreement } from '../../src/lib/engine/diagnostics/session-agreement';
import type { SessionRating } from '../../src/lib/engine/diagnostics/session-ratings';

async function expectNoSeriousAxe(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const two = (x: number) => x.toLocaleString('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const share = (x: number) => `${Math.round(x * 100)}%`;
const figure = (page: Page, term: string): Locator => page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');

/** Rebuilds the dashboard's input from the two exported files: the wide ratings and the unit legend. */
function ratingsFromExport(ratingsCsv: string, unitsCsv: string): SessionRating[] {
	const wide = parseRatingsCsv(ratingsCsv, [1, 2, 3, 4]);
	const legend = parseCsv(unitsCsv);
	if (!wide.ok || !legend.ok) throw new Error('export not readable');
	const { matrix } = wide;
	const rows = legend.records.slice(1).map((r) => r.fields);
	const out: SessionRating[] = [];
	for (let u = 0; u < matrix.unitCount; u++) {
		const [, candidateId, competencyId, exerciseId] = rows[u]!;
		for (let j = 0; j < matrix.raterCount; j++) {
			const code = matrix.codes[u * matrix.raterCount + j]!;
			if (code >= 0) out.push({ candidateId: candidateId!, competencyId: competencyId!, exerciseId: exerciseId!, assessorId: matrix.raterNames[j]!, level: matrix.categories[code]! });
		}
	}
	return out;
}

test('consensus meeting for one candidate, then the dashboard agrees with the engine and the CLI', async ({ page }) => {
	// One long walk (a meeting, the dashboard, two command-line runs with the bootstrap): 1–2 min on an idle
	// machine, up to 4 when the cores are shared; the limit guards against a hang, not against slowness.
	test.setTimeout(300_000);
	await page.goto('/');
	await page.getByRole('button', { name: 'Demo-assessment laden' }).click();
	await page.getByRole('link', { name: 'Open het demo-assessment' }).click();
	await expect(page).toHaveURL(/\/sessies\/[0-9a-f-]{36}$/);
	const sessionId = page.url().split('/').pop()!;
	await page.getByRole('link', { name: 'Evalueren: consensus' }).click();

	// Nobody chosen yet: the meeting asks who is speaking. An Peeters is the lead.
	await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
	await page.getByRole('button', { name: 'An Peeters', exact: true }).click();
	await expect(page.getByText('Je bespreekt als')).toContainText('An Peeters');

	const matrix = page.getByRole('region', { name: /Consensusmatrix/ });
	await expect(matrix.locator('tbody tr')).toHaveCount(6);
	const firstRow = matrix.locator('tbody tr').first();
	const candidate = (await firstRow.locator('th').innerText()).trim();
	await page.setViewportSize({ width: 820, height: 1180 });
	await page.screenshot({ path: '/tmp/cons-matrix-portrait.png' });
	await page.setViewportSize({ width: 1180, height: 820 });
	await page.screenshot({ path: '/tmp/cons-matrix-landscape.png', fullPage: true });
	await expectNoSeriousAxe(page);

	// One tap opens the evidence of a cell: every assessor's notes side by side, the SAM grid, the combined score.
	const cells = firstRow.locator('td button.cell');
	for (const [index, level, reason] of [
		[0, 'Goed', 'Notities van An en Griet tonen dat hij zelf werk zoekt; Youssef zag vooral de start.'],
		[1, 'Matig', 'Vraagt bij elke stap bevestiging (notities Magazijn en Kookopdracht).']
	] as const) {
		await cells.nth(index).click();
		const panel = page.locator('section.panel');
		await expect(panel.getByRole('heading', { level: 2 })).toContainText(candidate);
		await expect(panel.getByRole('heading', { name: 'Notities per assessor' })).toBeVisible();
		await expect(panel.locator('article')).toHaveCount(3);
		await expect(panel.locator('.notes li').first()).toBeVisible();
		// The combined score: per assessor the levels per exercise and their mean, then the mean of the means.
		await expect(panel.getByRole('heading', { name: 'Gecombineerde score' })).toBeVisible();
		await expect(panel.getByRole('row', { name: /^Samen gemiddelde van de gemiddelden \d,\d/ })).toBeVisible();
		await expect(panel.getByText('Mediaan')).toHaveCount(0);
		await expect(panel.getByRole('region', { name: 'SAM-gedragsindicatoren' })).toBeVisible();
		if (index === 0) {
			await page.screenshot({ path: '/tmp/cons-evidence-landscape.png', fullPage: true });
			await expectNoSeriousAxe(page);
			// The reason is required.
			await panel.getByLabel(new RegExp(`· ${level}$`)).check();
			await panel.getByRole('button', { name: 'Consensus vastleggen' }).click();
			await expect(panel.getByRole('alert')).toContainText('Geef een korte reden');
		}
		await panel.getByLabel(new RegExp(`· ${level}$`)).check();
		await panel.getByLabel(/^Reden/).fill(reason);
		await panel.getByRole('button', { name: /Consensus (vastleggen|wijzigen)/ }).click();
		await expect(panel.getByText('Consensus vastgelegd.')).toBeVisible();
		await expect(cells.nth(index)).toContainText(`✓ ${level}`);
	}
	await page.locator('section.panel').getByRole('button', { name: 'Sluiten' }).click();
	await expect(page.locator('section.panel')).toHaveCount(0);
	await expect(cells.nth(1)).toBeFocused();
	await expect(page.locator('#audit-title + p')).toContainText('2 vastgelegd');
	await expect(page.getByRole('list').filter({ hasText: 'Notities van An' }).first()).toBeVisible();

	// A lock needs every cell decided: refused with the open cells named, listed on the lock screen.
	await page.getByRole('button', { name: 'Consensus vergrendelen' }).click();
	await expect(page.getByRole('alert')).toContainText('Vergrendelen kan pas als elke cel beslist is (een niveau of "geen consensus"): 52 cellen zijn nog open.');
	await page.getByText(/Bekijk de 52 open cellen/).click();
	await expect(page.locator('.open-list li')).toHaveCount(52);
	await page.setViewportSize({ width: 820, height: 1180 });
	await page.screenshot({ path: '/tmp/cons-lock-open-portrait.png', fullPage: true });
	await page.setViewportSize({ width: 1180, height: 820 });
	await page.screenshot({ path: '/tmp/cons-lock-open-landscape.png' });
	await expectNoSeriousAxe(page);

	// The group decides the rest.
	const allCells = matrix.locator('td button.cell');
	const total = await allCells.count();
	for (let i = 0; i < total; i++) {
		const c = allCells.nth(i);
		if ((await c.innerText()).includes('✓')) continue;
		await c.click();
		const panel = page.locator('section.panel');
		await panel.getByLabel(/· Goed$/).check();
		await panel.getByLabel(/^Reden/).fill('Samen besproken.');
		await panel.getByRole('button', { name: 'Consensus vastleggen' }).click();
		await expect(c).toContainText('✓ Goed');
	}
	await page.locator('section.panel').getByRole('button', { name: 'Sluiten' }).click();
	await expect(page.locator('.open-list')).toHaveCount(0);

	// Lock: read-only afterwards.
	await page.getByRole('button', { name: 'Consensus vergrendelen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Vergrendeld door An Peeters' })).toBeVisible();
	await cells.nth(2).click();
	await expect(page.locator('section.panel').getByText('De consensus is vergrendeld: alleen lezen.')).toBeVisible();
	await expect(page.locator('section.panel').getByRole('button', { name: /Consensus vastleggen/ })).toHaveCount(0);
	await page.setViewportSize({ width: 820, height: 1180 });
	await page.screenshot({ path: '/tmp/cons-locked-portrait.png', fullPage: true });
	await page.setViewportSize({ width: 1180, height: 820 });

	// Unlocking is possible, needs a reason and is logged; then the lead locks again.
	await page.getByRole('button', { name: 'Ontgrendelen…' }).click();
	await page.getByLabel('Waarom ontgrendelen?').fill('Reden bij Initiatief aanvullen met de notitie van Griet.');
	await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Open: de groep kan' })).toBeVisible();
	await expect(page.locator('#audit-title + p')).toContainText('1 keer ontgrendeld');
	await expect(page.getByText(/Consensus ontgrendeld.*Reden: Reden bij Initiatief aanvullen/)).toBeVisible();
	await page.getByRole('button', { name: 'Consensus vergrendelen' }).click();
	await expect(page.locator('#audit-title + p')).toContainText('2 keer vergrendeld');

	// The dashboard.
	await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Overeenstemming' }).click();
	await expect(page).toHaveURL(new RegExp(`/sessies/${sessionId}/dashboard$`));
	await expect(figure(page, "Krippendorff's alfa")).not.toBeEmpty();
	await page.screenshot({ path: '/tmp/cons-dashboard-landscape.png', fullPage: true });
	await expectNoSeriousAxe(page);
	await page.setViewportSize({ width: 820, height: 1180 });
	await page.locator('#offsets-table').scrollIntoViewIfNeeded();
	await page.screenshot({ path: '/tmp/cons-dashboard-portrait.png' });
	await expectNoSeriousAxe(page);
	await page.setViewportSize({ width: 1180, height: 820 });

	// Export (with real names, so the legend holds the ids the dashboard shows) and read back.
	const dir = mkdtempSync(join(tmpdir(), 'cons-'));
	await page.getByLabel(/Pseudoniem/).uncheck();
	const rCsv = 'CSV voor R/Python (komma, punt)';
	const [ratingsDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Beoordelingen' }).getByRole('button', { name: rCsv }).click()]);
	const ratingsFile = join(dir, ratingsDownload.suggestedFilename());
	await ratingsDownload.saveAs(ratingsFile);
	const [unitsDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Eenheden' }).getByRole('button', { name: rCsv }).click()]);
	const unitsFile = join(dir, unitsDownload.suggestedFilename());
	await unitsDownload.saveAs(unitsFile);
	const ratingsCsv = readFileSync(ratingsFile, 'utf8');
	expect(ratingsCsv.split(/\r?\n/)[0]!.split(',').sort()).toEqual(['An Peeters', 'Griet Van Damme', 'Youssef El Amrani']);

	const expected = computeSessionAgreement(ratingsFromExport(ratingsCsv, readFileSync(unitsFile, 'utf8')));
	if (!expected.ok) throw new Error(expected.reason);
	const overall = expected.value.overall;
	if (!overall.alphaOrdinal.estimate.ok || !overall.ac2.estimate.ok || !overall.exact.ok || !overall.withinOne.ok) throw new Error('undefined overall');
	if (!overall.alphaOrdinal.lower.ok || !overall.alphaOrdinal.upper.ok) throw new Error('undefined interval');
	const alpha = overall.alphaOrdinal.estimate.value;
	await expect(figure(page, "Krippendorff's alfa")).toContainText(two(alpha));
	await expect(figure(page, "Krippendorff's alfa")).toContainText(`[${two(overall.alphaOrdinal.lower.value)}; ${two(overall.alphaOrdinal.upper.value)}]`);
	// How the interval was made, in one line, and the small-sample warning counting candidates.
	await expect(page.getByTestId('interval-method')).toHaveText(expected.value.interval.line);
	await expect(page.getByTestId('interval-method')).toContainText('95%-interval: kandidaten herbemonsterd');
	await expect(page.locator('#overall-title').locator('xpath=..')).toContainText(`${overall.pairableUnits} eenheden van ${overall.candidates} kandidaten`);
	await expect(figure(page, "Gwet's AC2")).toContainText(two(overall.ac2.estimate.value));
	await expect(figure(page, 'Exact dezelfde score')).toContainText(share(overall.exact.value));
	await expect(figure(page, 'Hoogstens 1 niveau')).toContainText(share(overall.withinOne.value));
	// Per competency (the legend holds competency names, so the expected ids are the names the table shows).
	await expect(page.locator('#by-competency tbody tr')).toHaveCount(expected.value.byCompetency.length);
	for (const row of expected.value.byCompetency) {
		const tr = page.locator('#by-competency tbody tr').filter({ has: page.getByRole('rowheader', { name: row.competencyId, exact: true }) });
		await expect(tr).toHaveCount(1);
		const est = row.alphaOrdinal.estimate;
		await expect(tr.locator('td').nth(1)).toContainText(est.ok ? two(est.value) : 'niet bepaald');
	}
	await expect(page.locator('#by-exercise tbody tr')).toHaveCount(expected.value.byExercise.length);
	await expect(page.locator('#pairs-table tbody tr')).toHaveCount(expected.value.byAssessorPair.length);
	for (const pair of expected.value.byAssessorPair) {
		const tr = page.locator('#pairs-table tbody tr').filter({ has: page.getByRole('rowheader', { name: `${pair.assessorA} – ${pair.assessorB}`, exact: true }) });
		await expect(tr).toHaveCount(1);
		await expect(tr.locator('td').nth(0)).toHaveText(String(pair.units));
		await expect(tr.locator('td').nth(1)).toContainText(pair.weightedKappa.ok ? two(pair.weightedKappa.value) : 'niet bepaald');
	}

	// The CLI reads the same file and finds the same alpha.
	const cli = JSON.parse(execFileSync('node', ['scripts/agreement.mjs', ratingsFile, '--categories', '1,2,3,4'], { encoding: 'utf8' })) as Record<string, unknown>;
	expect(cli['krippendorff_alpha_ordinal']).toBeCloseTo(alpha, 10);
	expect(cli['units']).toBe(expected.value.overall.units);

	// With the candidate of each unit (from the legend) as a cluster column, the CLI reproduces the dashboard's limits.
	const legendRows = parseCsv(readFileSync(unitsFile, 'utf8'));
	if (!legendRows.ok) throw new Error('legend not readable');
	const candidateOf = legendRows.records.slice(1).map((r) => r.fields[1]!);
	const quote = (x: string) => `"${x.replace(/"/g, '""')}"`;
	const lines = ratingsCsv.split(/\r?\n/).filter((l) => l !== '');
	const clusteredFile = join(dir, 'met-kandidaat.csv');
	writeFileSync(clusteredFile, [`${lines[0]},kandidaat`, ...lines.slice(1).map((l, u) => `${l},${quote(candidateOf[u]!)}`)].join('\n') + '\n');
	const args = [clusteredFile, '--categories', '1,2,3,4', '--bootstrap', String(expected.value.interval.resamples), '--seed', String(expected.value.interval.seed), '--cluster', 'kandidaat'];
	const clustered = JSON.parse(execFileSync('node', ['scripts/agreement.mjs', ...args], { encoding: 'utf8' })) as Record<string, unknown>;
	expect(clustered['krippendorff_alpha_ordinal_ci95_lower']).toBeCloseTo(overall.alphaOrdinal.lower.value, 10);
	expect(clustered['krippendorff_alpha_ordinal_ci95_upper']).toBeCloseTo(overall.alphaOrdinal.upper.value, 10);
	if (!overall.ac2.lower.ok || !overall.ac2.upper.ok) throw new Error('undefined AC2 interval');
	expect(clustered['gwet_ac2_quadratic_ci95_lower']).toBeCloseTo(overall.ac2.lower.value, 10);
	expect(clustered['gwet_ac2_quadratic_ci95_upper']).toBeCloseTo(overall.ac2.upper.value, 10);
	await expect(figure(page, "Gwet's AC2")).toContainText(`[${two(overall.ac2.lower.value)}; ${two(overall.ac2.upper.value)}]`);
	expect(clustered['bootstrap']).toMatchObject({ count: overall.candidates });
});
