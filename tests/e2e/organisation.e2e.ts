import { test, expect, type Page, type Download } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { openLikeExcelNlBe } from '../helpers/excel-nl-be-csv';

const checklist = JSON.parse(readFileSync('rubrics/doorstroomklaar.json', 'utf8')) as { items: { id: string; number: number; text: string }[] };
const itemLegend = (n: number) => `${n}. ${checklist.items[n - 1]!.text}`;
const OUT = mkdtempSync(join(tmpdir(), 'org-e2e-'));

async function expectNoSeriousAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function screenshots(page: Page, name: string) {
	await page.screenshot({ path: `/tmp/org-${name}-landscape.png`, fullPage: true });
	await page.setViewportSize({ width: 820, height: 1180 });
	await page.screenshot({ path: `/tmp/org-${name}-portrait.png`, fullPage: true });
	await page.setViewportSize({ width: 1180, height: 820 });
}

/** Sections one by one (a full page is too tall to look at), in landscape and portrait. */
async function sectionShots(page: Page, name: string, regions: string[]) {
	for (const [orientation, size] of [['landscape', { width: 1180, height: 820 }], ['portrait', { width: 820, height: 1180 }]] as const) {
		await page.setViewportSize(size);
		for (const [i, region] of regions.entries()) await page.getByRole('region', { name: region }).screenshot({ path: `/tmp/org-${name}-${i + 1}-${orientation}.png` });
	}
	await page.setViewportSize({ width: 1180, height: 820 });
}

async function saveDownload(download: Download, name: string): Promise<string> {
	const path = join(OUT, name);
	await download.saveAs(path);
	return path;
}

/** Text of a PDF, and its pages as PNGs in /tmp for a look. */
function readPdf(path: string, pngPrefix: string): { text: string; pages: number } {
	execFileSync('pdftoppm', ['-png', '-r', '60', path, `/tmp/${pngPrefix}`]);
	const text = execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8');
	const info = execFileSync('pdfinfo', [path]).toString('utf8');
	return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

async function scoreAll(page: Page, scores: number[], suffix = '') {
	for (const [i, score] of scores.entries())
		await page
			.getByRole('group', { name: itemLegend(i + 1) + suffix, exact: true })
			.getByRole('radio', { name: String(score), exact: false })
			.first()
			.check();
}

async function createOrganisation(page: Page, name: string) {
	await page.getByLabel('Nieuwe organisatie').fill(name);
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByLabel('Kies je organisatie')).toHaveValue(/[0-9a-f-]{36}/);
}

test('the home page loads neither chart.js, pdfmake nor the Excel writer', async ({ page }) => {
	const bodies: string[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') bodies.push(await response.text());
	});
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(bodies.length).toBeGreaterThan(0);
	// Strings only found in chart.js's core, in pdfmake / its font file and in write-excel-file.
	const heavy = bodies.filter((b) => b.includes('complete date adapter') || b.includes('PDFDocument') || b.includes('Roboto-Medium.ttf') || b.includes('[Content_Types].xml'));
	expect(heavy).toHaveLength(0);
});

test('two colleagues score the checklist, agree team scores, reflect, plan actions and see the change at a second measurement', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/checklist');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is mijn organisatie doorstroomklaar?');

	// Bad names are refused with a Dutch message.
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByRole('alert')).toHaveText('Naam mag niet leeg zijn.');
	await page.getByLabel('Nieuwe organisatie').fill('x'.repeat(10_000));
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByRole('alert')).toHaveText('Naam is te lang (maximaal 200 tekens).');
	await createOrganisation(page, 'Werkhaven <script>alert(1)</script>');
	await expect(page.getByRole('option', { name: 'Werkhaven <script>alert(1)</script>' })).toHaveCount(1);

	await page.getByLabel('Datum').fill('2026-01-15');
	await page.getByRole('button', { name: 'Meting starten' }).click();
	await expect(page.getByRole('heading', { name: /Nulmeting \(15\/01\/2026\) · nulmeting/ })).toBeVisible();

	// Two colleagues, each with their own scores; items 1–3 differ by 2 points or more.
	for (const name of ['An', 'Bram']) {
		await page.getByLabel('Wie scoort?').fill(name);
		await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
		await expect(page.getByRole('button', { name: new RegExp(`^${name} \\(0/13\\)`) })).toBeVisible();
	}
	const an = [1, 2, 3, 4, 4, 4, 5, 5, 5, 2, 2, 3, 3];
	const bram = [4, 5, 1, ...an.slice(3)];
	await page.getByRole('button', { name: /^An \(/ }).click();
	await scoreAll(page, an);
	await expect(page.getByRole('button', { name: 'An (13/13)' })).toBeVisible();
	await page.getByRole('button', { name: /^Bram \(/ }).click();
	await scoreAll(page, bram);
	await expect(page.getByRole('button', { name: 'Bram (13/13)' })).toBeVisible();

	// Spread and the items worth a conversation.
	const team = page.getByRole('region', { name: '2. Samen een teamscore afspreken' });
	await expect(team).toContainText('3 items met 2 punten of meer verschil');
	const first = team.getByRole('listitem').filter({ has: page.getByRole('group', { name: itemLegend(1) + ' — teamscore', exact: true }) });
	await expect(first).toContainText('An: 1 · Bram: 4');
	await expect(first).toContainText('gesprek waard: An (1) tegenover Bram (4)');
	// A big difference needs a reason.
	await first.getByRole('radio', { name: '2', exact: true }).check();
	await first.getByRole('button', { name: 'Teamscore vastleggen' }).click();
	await expect(first.getByRole('alert')).toContainText('noteer kort waarom');
	const agreed = [
		[1, 2, 'Visie staat op papier, nog geen doelstellingen'],
		[2, 3, 'Bram kent de afspraken met de NEC-partners'],
		[3, 2, 'Alleen de coaches werken er dagelijks mee']
	] as const;
	for (const [n, score, reason] of agreed) {
		const item = team.getByRole('listitem').filter({ has: page.getByRole('group', { name: itemLegend(n) + ' — teamscore', exact: true }) });
		await item.getByRole('radio', { name: String(score), exact: true }).check();
		await item.getByLabel(/Waarom deze teamscore/).fill(reason);
		await item.getByRole('button', { name: 'Teamscore vastleggen' }).click();
		await expect(item.getByText(`Afgesproken: ${score}`)).toBeVisible();
	}

	// Reflections: saved as typed, also when the page is left at once.
	const reflections = page.getByRole('region', { name: '3. Reflectie' });
	await reflections.getByLabel('Op welke aspecten scoort je organisatie al goed?').fill('Sollicitatietraining loopt goed. <script>alert("x")</script>');
	await reflections.getByLabel('Op welke aspecten is er nog werk aan de winkel?').pressSequentially('Netwerking met bedrijven', { delay: 10 });
	await reflections.getByLabel('Hoe ga je dit aanpakken?').fill('Elk kwartaal een bedrijfsbezoek met de coaches.');
	await page.reload();
	await expect(page.getByLabel('Op welke aspecten scoort je organisatie al goed?')).toHaveValue('Sollicitatietraining loopt goed. <script>alert("x")</script>');
	await expect(page.getByLabel('Op welke aspecten is er nog werk aan de winkel?')).toHaveValue('Netwerking met bedrijven');
	await expect(page.getByLabel('Hoe ga je dit aanpakken?')).toHaveValue('Elk kwartaal een bedrijfsbezoek met de coaches.');

	// Result: profile table, weakest items first.
	const result = page.getByRole('region', { name: '4. Resultaat' });
	const profileRows = result.locator('#profile-table tbody tr');
	await expect(profileRows.nth(0)).toContainText('2teamscore');
	await expect(profileRows.nth(3)).toContainText('4iedereen eens');
	await expect(result.getByRole('list').first().getByRole('listitem')).toHaveText([
		`2 — ${itemLegend(1)}`,
		`2 — ${itemLegend(3)}`,
		`2 — ${itemLegend(10)}`,
		`2 — ${itemLegend(11)}`,
		`3 — ${itemLegend(2)}`
	]);
	await expect(result.locator('canvas').first()).toBeVisible();

	// Action plan: suggested starting actions, a manual one, a status.
	const plan = page.getByRole('region', { name: '5. Actieplan' });
	await plan.getByRole('button', { name: 'Startacties toevoegen aan het actieplan' }).click();
	await expect(plan.locator('tbody tr')).toHaveCount(3);
	await plan.getByLabel('Concrete actie', { exact: true }).fill('Bedrijfsbezoek bij <b>Colruyt</b> plannen');
	await plan.getByLabel('Tijdspanne', { exact: true }).fill('april');
	await plan.getByLabel('Wie?', { exact: true }).fill('Els');
	await plan.getByRole('button', { name: 'Actie toevoegen' }).click();
	await expect(plan.locator('tbody tr')).toHaveCount(4);
	await plan.getByRole('radiogroup', { name: 'Voltooid? actie 1' }).getByRole('radio', { name: 'deels voltooid' }).check();
	await plan.getByLabel('Opmerkingen bij actie 1').fill('Eerste versie besproken');
	await expect(plan.getByLabel('Concrete actie 4')).toHaveValue('Bedrijfsbezoek bij <b>Colruyt</b> plannen');
	await page.waitForTimeout(400);
	await expectNoSeriousAxeViolations(page);
	await screenshots(page, 'checklist-baseline');
	await sectionShots(page, 'checklist-section', ['1. Scoren', '2. Samen een teamscore afspreken', '4. Resultaat', '5. Actieplan']);

	// CSV and PDF of the nulmeting.
	const exportSection = page.getByRole('region', { name: '6. Exporteren' });
	const scoresFiles = exportSection.getByRole('group', { name: 'De scores als tabel' });
	const [csvDownload] = await Promise.all([page.waitForEvent('download'), scoresFiles.getByRole('button', { name: 'CSV (Excel België)' }).click()]);
	const csvRows = openLikeExcelNlBe(readFileSync(await saveDownload(csvDownload, 'checklist.csv'), 'utf8'));
	const checklistHeader = ['Organisatie', 'Meting', 'Datum', 'Nr', 'Item', 'Score An', 'Score Bram', 'Score', 'Hoe bepaald', 'Reden teamscore', 'Nulmeting', 'Verschil met nulmeting'];
	const checklistFirstItem = ['Werkhaven <script>alert(1)</script>', 'Nulmeting', '2026-01-15', 1, checklist.items[0]!.text, 1, 4, 2, 'teamscore', 'Visie staat op papier, nog geen doelstellingen', null, null];
	expect(csvRows[0]).toEqual(checklistHeader);
	expect(csvRows[1]).toEqual(checklistFirstItem);
	const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), scoresFiles.getByRole('button', { name: 'Excel (.xlsx)' }).click()]);
	expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
	const [sheet] = await readXlsxFile(await saveDownload(xlsxDownload, 'checklist.xlsx'));
	expect(sheet!.data[0]).toEqual(checklistHeader);
	expect(sheet!.data[1]).toEqual(checklistFirstItem);

	const [pdfDownload] = await Promise.all([page.waitForEvent('download'), exportSection.getByRole('button', { name: 'PDF voor de organisatie' }).click()]);
	const pdf = readPdf(await saveDownload(pdfDownload, 'checklist-nulmeting.pdf'), 'org-checklist-nulmeting');
	expect(pdf.text).toContain('Is mijn organisatie doorstroomklaar?');
	expect(pdf.text).toContain('Werkhaven <script>alert(1)</script>');
	expect(pdf.text).toContain('Sollicitatietraining loopt goed. <script>alert("x")</script>');
	expect(pdf.text).toContain('Bedrijfsbezoek bij <b>Colruyt</b> plannen');
	expect(pdf.text).toMatch(/Concrete acties\s+Tijdspanne\s+Wie\?\s+Voltooid\?\s+Opmerkingen/);
	expect(pdf.text).toContain('commerciële');
	// The spread in words (the font has no arrow glyph) and the reasons the team agreed on.
	expect(pdf.text).toMatch(/laagst: An;/);
	expect(pdf.text).toMatch(/hoogst: Bram\)/);
	expect(pdf.text).not.toContain('↔');
	expect(pdf.text).toContain('Afgesproken teamscores en waarom');
	expect(pdf.text).toContain('Bram kent de afspraken met de NEC-partners');

	// Second measurement, one colleague: the change against the nulmeting.
	await page.getByLabel('Datum').fill('2026-07-01');
	await page.getByLabel('Omschrijving').fill('Na zes maanden');
	await page.getByRole('button', { name: 'Meting starten' }).click();
	await expect(page.getByRole('heading', { name: /Na zes maanden \(01\/07\/2026\)$/ })).toBeVisible();
	// A colleague added by mistake is removed, with an undo.
	await page.getByLabel('Wie scoort?').fill('Els');
	await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
	await page.getByRole('button', { name: 'Els verwijderen' }).click();
	await expect(page.getByText('Els is verwijderd.')).toBeVisible();
	await page.getByRole('button', { name: 'Ongedaan maken' }).click();
	await expect(page.getByRole('button', { name: 'Els (0/13)' })).toBeVisible();
	await page.getByRole('button', { name: 'Els verwijderen' }).click();
	await expect(page.getByRole('button', { name: 'Els (0/13)' })).toHaveCount(0);
	await page.getByLabel('Wie scoort?').fill('An');
	await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
	await scoreAll(page, [4, 4, 4, 4, 4, 4, 4, 5, 5, 2, 3, 3, 3]);
	await expect(page.getByRole('region', { name: '2. Samen een teamscore afspreken' })).toHaveCount(0);
	const change = page.locator('#change-table tbody tr');
	await expect(change.nth(0)).toContainText('24+2');
	await expect(change.nth(1)).toContainText('34+1');
	await expect(change.nth(6)).toContainText('54−1');
	await expect(change.nth(10)).toContainText('23+1');
	await expect(page.getByRole('heading', { name: /Verandering tegenover de nulmeting/ })).toBeVisible();
	await expect(page.getByText(/^In het geheel: [+−]?\d+(,\d)? punt gemiddeld per item, over alle 13 items\.$/)).toBeVisible();
	// The action plan carried over: the four open actions, with their status and where they came from.
	const plan2 = page.getByRole('region', { name: '5. Actieplan' });
	await expect(plan2.locator('tbody tr')).toHaveCount(4);
	await expect(plan2.getByRole('radiogroup', { name: 'Voltooid? actie 1' }).getByRole('radio', { name: 'deels voltooid' })).toBeChecked();
	await expect(plan2.getByLabel('Opmerkingen bij actie 1')).toHaveValue('Overgenomen uit de meting van 15/01/2026 (Nulmeting). Eerste versie besproken');
	await expect(plan2.getByLabel('Concrete actie 4')).toHaveValue('Bedrijfsbezoek bij <b>Colruyt</b> plannen');
	await page.waitForTimeout(400);
	await expectNoSeriousAxeViolations(page);
	await screenshots(page, 'checklist-second');
	await sectionShots(page, 'checklist-change', ['4. Resultaat']);
	const [pdf2Download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF voor de organisatie' }).click()]);
	const pdf2 = readPdf(await saveDownload(pdf2Download, 'checklist-tweede.pdf'), 'org-checklist-tweede');
	expect(pdf2.text).toContain('Verandering tegenover de nulmeting');
	expect(pdf2.text).toContain('Vergeleken met: Nulmeting (15/01/2026)');
	expect(pdf2.text).toMatch(/\+2/);
	expect(pdf2.text).toContain('Verandering tegenover de nulmeting: ');
	expect(pdf2.text).toContain('punt gemiddeld per item');
});

/**
 * Assessment-centers and PDPs as other screens store them, so the app can count them: three linked to the
 * organisation, one linked to none (with a PDP), a second draft of a PDP and a TOCI youth's PDP, which do not count.
 * Returns the id of the unlinked assessment-center.
 */
async function seedCountedRecords(page: Page, organisationId: string): Promise<string> {
	return page.evaluate(async (organisationId) => {
		const idb = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('wakker');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const meta = (createdAt: string) => ({ id: crypto.randomUUID(), createdAt, updatedAt: createdAt, vv: { seed: 1 } });
		const session = (name: string, date: string, linked = true) => ({
			...meta(`${date}T08:00:00.000Z`),
			name,
			...(linked ? { organisationId } : {}),
			location: 'Gent',
			days: [{ id: crypto.randomUUID(), date, label: '' }],
			rubricVersionId: 'done-profiel@1.0.0',
			competencyIds: [],
			assessorIds: []
		});
		const sessions = [session('AC januari', '2026-01-10'), session('AC februari 1', '2026-02-05'), session('AC februari 2', '2026-02-20'), session('AC zonder organisatie', '2026-02-25', false)];
		const candidate = (name: string, sessionId: string | undefined) => ({ ...meta('2026-01-01T08:00:00.000Z'), ...(sessionId ? { sessionId } : {}), name, jobTarget: '', coachAssessorIds: [], code: name });
		const [jan, feb1, , unlinked] = sessions.map((s) => s.id);
		const candidates = [candidate('K1', jan), candidate('K2', feb1), candidate('K3', feb1), candidate('K4', unlinked), candidate('J1', undefined)];
		const [k1, k2, k3, k4, youth] = candidates.map((c) => c.id);
		const pdp = (candidateId: string, createdAt: string, sessionId?: string) => ({ ...meta(createdAt), candidateId, ...(sessionId ? { sessionId } : {}), title: 'PDP', needs: [], resources: [] });
		const pdps = [
			pdp(k1!, '2026-01-12T10:00:00.000Z', jan),
			pdp(k2!, '2026-03-03T10:00:00.000Z', feb1),
			pdp(k2!, '2026-03-05T10:00:00.000Z', feb1),
			pdp(k3!, '2026-03-20T10:00:00.000Z'),
			pdp(k4!, '2026-03-21T10:00:00.000Z', unlinked),
			pdp(youth!, '2026-03-22T10:00:00.000Z')
		];
		const tx = idb.transaction(['sessions', 'candidates', 'pdps'], 'readwrite');
		for (const s of sessions) tx.objectStore('sessions').put(s);
		for (const c of candidates) tx.objectStore('candidates').put(c);
		for (const p of pdps) tx.objectStore('pdps').put(p);
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		idb.close();
		return unlinked!;
	}, organisationId);
}

test('KPIs of three periods show on the dashboard, in the CSV for funders and in the one-page PDF', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/kpi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sleutelindicatoren (KPI’s)');
	await createOrganisation(page, 'Werkhaven');
	const organisationId = new URL(page.url()).searchParams.get('org')!;
	const unlinkedSession = await seedCountedRecords(page, organisationId);
	await page.reload();

	// Choose KPIs: a warning above eight.
	const settings = page.getByRole('region', { name: '1. Welke KPI’s volgen jullie?' });
	const chosen = ['Assessments', 'Sollicitatieacties', 'Sollicitatiegesprekken', 'Doorstromingen', 'Persoonlijke Doorstroom Plannen (PDP)', 'Coachinguren'];
	for (const name of chosen) await settings.getByRole('checkbox', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')} \\(`) }).check();
	await expect(settings.getByText('Gekozen: 6 van 16')).toBeVisible();
	const extra = ['Trainingen', 'Bedrijfsstages', 'Telefonische prospecties'];
	for (const name of extra) await settings.getByRole('checkbox', { name: new RegExp(`^${name} \\(`) }).check();
	await expect(settings.getByRole('status')).toContainText('Je volgt 9 KPI\'s');
	for (const name of extra) await settings.getByRole('checkbox', { name: new RegExp(`^${name} \\(`) }).uncheck();
	await expect(settings.getByRole('status')).toHaveCount(0);

	// Nulmeting: January 2026, per month.
	await settings.getByLabel('Jaar', { exact: true }).selectOption('2026');
	await settings.getByLabel('Maand', { exact: true }).selectOption('1');
	await expect(page.getByText('januari 2026 — nulmeting.')).toBeVisible();

	const register = page.getByRole('region', { name: '2. Registreren' });
	await register.getByLabel('Project of team').fill('Groendienst');
	const values: Record<string, Record<string, string>> = {
		'1': { Sollicitatieacties: '10', Sollicitatiegesprekken: '4', Doorstromingen: '0', Coachinguren: '12,5' },
		'2': { Sollicitatieacties: '14', Sollicitatiegesprekken: '6', Doorstromingen: '2', Coachinguren: '20' },
		'3': { Sollicitatieacties: '18', Sollicitatiegesprekken: '9', Doorstromingen: '3', Coachinguren: '24' }
	};
	for (const [month, row] of Object.entries(values)) {
		await register.getByLabel('Maand', { exact: true }).selectOption(month);
		for (const [kpi, value] of Object.entries(row)) await register.getByLabel(new RegExp(`^${kpi}, Groendienst,`)).fill(value);
		await page.waitForTimeout(400);
	}
	// Counted by the app, not typed: one PDP and two assessments in March/February.
	await expect(register.getByText(/geteld door de app/).first()).toBeVisible();
	await expect(register.getByRole('textbox', { name: /^Assessments/ })).toHaveCount(0);
	// Bad input is refused in Dutch, nothing changes.
	await register.getByLabel(/^Sollicitatieacties, Groendienst,/).fill('-4');
	await expect(register.getByRole('alert')).toHaveText('Vul een getal van 0 of meer in (bv. 12 of 2,5).');
	// A count has no halves.
	await register.getByLabel(/^Sollicitatieacties, Groendienst,/).fill('3,5');
	await expect(register.getByRole('alert')).toHaveText('Dit is een aantal: vul een geheel getal in (bv. 3, niet 3,5).');
	await register.getByLabel(/^Sollicitatieacties, Groendienst,/).fill('18');
	// A second team in March.
	await register.getByLabel('Project of team').fill('Keuken');
	await register.getByLabel(/^Sollicitatieacties, Keuken,/).fill('2');
	await page.waitForTimeout(400);
	// The same team typed differently is the same team.
	await register.getByLabel('Project of team').fill(' keuken ');
	await expect(register.getByLabel(/^Sollicitatieacties, keuken,/)).toHaveValue('2');
	// A period that has not started yet cannot be registered.
	await register.getByLabel('Jaar', { exact: true }).selectOption(String(new Date().getFullYear() + 1));
	await expect(register.getByText(/is nog niet begonnen: je registreert een periode pas als ze gestart is/)).toBeVisible();
	await expect(register.getByRole('textbox', { name: /^Sollicitatieacties/ })).toHaveCount(0);
	await page.reload();

	const dashboard = page.getByRole('region', { name: '3. Dashboard' });
	const row = (name: string) => dashboard.locator('#kpi-table tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
	const cells = async (name: string) => (await row(name).locator('td').allInnerTexts()).slice(0, 3);
	await expect.poll(() => cells('Sollicitatieacties')).toEqual(['10', '14', '20']);
	await expect.poll(() => cells('Doorstromingen')).toEqual(['0', '2', '3']);
	await expect.poll(() => cells('Coachinguren')).toEqual(['12,5', '20', '24']);
	await expect.poll(() => cells('Assessments')).toEqual(['1', '2', '0']);
	await expect.poll(() => cells('Persoonlijke')).toEqual(['1', '0', '2']);
	// Keuken registered in March only: the comparison with the nulmeting leaves it out and says so.
	await expect(row('Sollicitatieacties').locator('td').last()).toHaveText(/^\s*\+8\s*zonder Keuken\s*$/);
	await expect(dashboard.getByLabel('Toon').locator('option')).toHaveText(['Alle teams samen', 'Groendienst', 'Keuken']);
	await expect(dashboard.getByTestId('unlinked-sessions')).toContainText('1 assessment-center op deze tablet is aan geen organisatie gekoppeld');
	const ratio = dashboard.locator('#ratio-table tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Sollicitatieacties per doorstroming' }) });
	await expect.poll(async () => (await ratio.locator('td').allInnerTexts()).slice(0, 3)).toEqual(['niet te berekenen (geen doorstromingen in deze periode)', '7', '6,67']);
	await expect(dashboard.locator('canvas')).toHaveCount(6);
	await page.waitForTimeout(500);
	await expectNoSeriousAxeViolations(page);
	await screenshots(page, 'kpi');
	// The dashboard fits a tablet in both orientations: no sideways scrolling of the page, and the KPI table's last
	// column (the comparison with the nulmeting) is in view without scrolling the table.
	for (const [orientation, size] of [['landscape', { width: 1180, height: 820 }], ['portrait', { width: 820, height: 1180 }]] as const) {
		await page.setViewportSize(size);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), orientation).toBeLessThanOrEqual(0);
		expect(await dashboard.locator('.table-scroll').first().evaluate((el) => el.scrollWidth - el.clientWidth), orientation).toBeLessThanOrEqual(0);
		await dashboard.screenshot({ path: `test-results/screens/kpi-dashboard-${orientation}.png` });
		await expectNoSeriousAxeViolations(page);
	}
	await page.setViewportSize({ width: 1180, height: 820 });
	await sectionShots(page, 'kpi-section', ['1. Welke KPI’s volgen jullie?', '2. Registreren', '3. Dashboard']);

	// One team only.
	await dashboard.getByLabel('Toon').selectOption('Keuken');
	await expect.poll(() => cells('Sollicitatieacties')).toEqual(['—', '—', '2']);
	await dashboard.getByLabel('Toon').selectOption('');

	const fundersFiles = dashboard.getByRole('group', { name: 'Tabel voor financiers' });
	const [csvDownload] = await Promise.all([page.waitForEvent('download'), fundersFiles.getByRole('button', { name: 'CSV (Excel België)' }).click()]);
	const kpiRows = openLikeExcelNlBe(readFileSync(await saveDownload(csvDownload, 'kpi.csv'), 'utf8'));
	expect(kpiRows[0]).toEqual([
		'Organisatie', 'Team', 'Periode', 'Nulmeting', 'Afgesloten', 'Assessments (aantal)', 'Sollicitatieacties (aantal)', 'Sollicitatiegesprekken (aantal)', 'Doorstromingen (aantal)',
		'Persoonlijke Doorstroom Plannen (PDP) (aantal)', 'Coachinguren (uren)', 'Sollicitatieacties per doorstroming', 'Sollicitatiegesprekken per doorstroming',
		'Sollicitatieacties per sollicitatiegesprek', 'Coachinguren per doorstroming'
	]);
	const kpiBody = [
		['Werkhaven', 'Alle teams samen', '2026-01', 'ja', 'nee', 1, 10, 4, 0, 1, 12.5, null, null, 2.5, null],
		['Werkhaven', 'Alle teams samen', '2026-02', 'nee', 'nee', 2, 14, 6, 2, 0, 20, 7, 3, 2.33, 10],
		['Werkhaven', 'Alle teams samen', '2026-03', 'nee', 'nee', 0, 20, 9, 3, 2, 24, 6.67, 3, 2.22, 8]
	];
	// Periods after the last registration are not reported.
	expect(kpiRows.slice(1)).toEqual(kpiBody);
	const [rDownload] = await Promise.all([page.waitForEvent('download'), fundersFiles.getByRole('button', { name: 'CSV voor R/Python (komma, punt)' }).click()]);
	const rLines = readFileSync(await saveDownload(rDownload, 'kpi-r.csv'), 'utf8').split('\r\n');
	expect(rLines[1]).toBe('Werkhaven,Alle teams samen,2026-01,ja,nee,1,10,4,0,1,12.5,,,2.5,');
	const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), fundersFiles.getByRole('button', { name: 'Excel (.xlsx)' }).click()]);
	const [kpiSheet] = await readXlsxFile(await saveDownload(xlsxDownload, 'kpi.xlsx'));
	expect(kpiSheet!.data.slice(1)).toEqual(kpiBody);

	const [pdfDownload] = await Promise.all([page.waitForEvent('download'), dashboard.getByRole('button', { name: 'PDF voor de directie (1 pagina)' }).click()]);
	const pdf = readPdf(await saveDownload(pdfDownload, 'kpi.pdf'), 'org-kpi');
	expect(pdf.pages).toBe(1);
	expect(pdf.text).toContain('Sleutelindicatoren – Werkhaven');
	expect(pdf.text).toContain('Alle teams samen – nulmeting: januari 2026');
	expect(pdf.text).toMatch(/Coachinguren \(uren\)\s+12,5\s+20\s+24\s+\+11,5/);
	expect(pdf.text).toContain('(a) niet te berekenen (geen doorstromingen in deze periode)');
	expect(pdf.text).toMatch(/Coachinguren/);

	// Linking the assessment-center in its set-up makes it (and its candidate's PDP) count.
	await page.goto(`/sessies/${unlinkedSession}/opzet`);
	await page.getByLabel('Gekoppelde organisatie (KPI’s)').selectOption({ label: 'Werkhaven' });
	await page.getByRole('button', { name: 'Basis bewaren' }).click();
	await expect(page.getByText('Bewaard.')).toBeVisible();
	await page.goto(`/kpi?org=${organisationId}`);
	await expect.poll(() => cells('Assessments')).toEqual(['1', '3', '0']);
	await expect.poll(() => cells('Persoonlijke')).toEqual(['1', '0', '3']);
	await expect(dashboard.getByTestId('unlinked-sessions')).toHaveCount(0);
});

test('a closed KPI period keeps the figures it was reported with when a counted candidate is erased', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/kpi');
	await createOrganisation(page, 'Werkhaven');
	const organisationId = new URL(page.url()).searchParams.get('org')!;
	await seedCountedRecords(page, organisationId);
	await page.reload();
	const settings = page.getByRole('region', { name: '1. Welke KPI’s volgen jullie?' });
	for (const name of ['Sollicitatieacties', 'Persoonlijke Doorstroom Plannen \\(PDP\\)']) await settings.getByRole('checkbox', { name: new RegExp(`^${name} \\(`) }).check();
	await settings.getByLabel('Jaar', { exact: true }).selectOption('2026');
	await settings.getByLabel('Maand', { exact: true }).selectOption('1');

	const register = page.getByRole('region', { name: '2. Registreren' });
	await register.getByLabel('Project of team').fill('Groendienst');
	await register.getByLabel('Maand', { exact: true }).selectOption('3');
	await register.getByLabel(/^Sollicitatieacties, Groendienst,/).fill('18');
	await page.waitForTimeout(400);
	// March counts two PDPs (K2 and K3); close it as reported.
	const closing = register.getByTestId('kpi-period-closing');
	await closing.getByRole('button', { name: 'Sluit maart 2026 af' }).click();
	await expect(closing.getByRole('status')).toHaveText('Maart 2026 is afgesloten: de cijfers liggen vast.');
	await expect(closing).toContainText(/Afgesloten op \d\d\/\d\d\/\d{4}\./);
	// The values of a closed period are shown, not editable.
	await expect(register.getByRole('textbox', { name: /^Sollicitatieacties/ })).toHaveCount(0);
	await expect(register.locator('output#kpi-sollicitatieacties')).toHaveText('18');
	await expectNoSeriousAxeViolations(page);
	await register.screenshot({ path: 'test-results/screens/kpi-closed-period.png' });

	const dashboard = page.getByRole('region', { name: '3. Dashboard' });
	const pdpCells = async () => (await dashboard.locator('#kpi-table tbody tr').filter({ has: page.getByRole('rowheader', { name: /^Persoonlijke/ }) }).locator('td').allInnerTexts()).slice(0, 3);
	await expect.poll(pdpCells).toEqual(['1', '0', '2']);
	await expect(dashboard.locator('#kpi-table thead th').filter({ hasText: 'maart 2026' })).toContainText('afgesloten');

	// K3 asks to be erased: the person goes, March keeps the two PDPs it was reported with.
	await page.goto('/gegevens/privacy');
	await page.getByLabel('Kandidaat', { exact: true }).selectOption({ label: 'K3' });
	await page.getByRole('button', { name: 'K3 wissen…' }).click();
	await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, definitief wissen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'K3 is gewist' })).toBeVisible();
	await page.goto(`/kpi?org=${organisationId}`);
	await expect.poll(pdpCells).toEqual(['1', '0', '2']);

	// Reopened, March counts live again: without K3's PDP.
	await register.getByLabel('Project of team').fill('Groendienst');
	await register.getByLabel('Maand', { exact: true }).selectOption('3');
	await closing.getByRole('button', { name: 'Periode heropenen' }).click();
	await closing.getByRole('button', { name: 'Ja, maart 2026 heropenen' }).click();
	await expect(closing.getByRole('status')).toHaveText('Maart 2026 is heropend: de cijfers worden weer live geteld.');
	await expect.poll(pdpCells).toEqual(['1', '0', '1']);
	await expect(register.getByRole('textbox', { name: /^Sollicitatieacties, Groendienst,/ })).toHaveValue('18');
	// The running month cannot be closed yet.
	const now = new Date();
	await register.getByLabel('Jaar', { exact: true }).selectOption(String(now.getFullYear()));
	await register.getByLabel('Maand', { exact: true }).selectOption(String(now.getMonth() + 1));
	await expect(closing).toContainText('je sluit een periode af als ze voorbij is');
	await expect(closing.getByRole('button')).toHaveCount(0);
});
