import { expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo, openWebKit, SHOTS_DIR, useWebKit, WebKitPage } from './helpers/webkit';
import { serveBuild } from './helpers/static-server';

/**
 * The demo assessment-center in WebKit: the consensus matrix, a session report as PDF, a bundle exported on the data
 * screen and imported on a second tablet, and the app after the network is gone.
 */

const webkit = useWebKit();

test('the consensus matrix, one cell decided, and the session report as PDF', async () => {
	const page = webkit();
	const sessionId = await loadDemo(page);
	await page.goto(`/sessies/${sessionId}`);
	await page.follow('Evalueren: consensus');
	await page.seeText('Wie ben jij?');
	await page.click(page.button('An Peeters'));
	await page.seeText('Je bespreekt als');
	const matrix = await page.find('[role="region"]', /^Consensusmatrix/);
	await page.waitFor(async () => (await matrix.findElements({ css: 'tbody tr' })).length === 6, 'six candidates in the matrix');
	mkdirSync(SHOTS_DIR, { recursive: true });
	await page.driver.executeScript('arguments[0].scrollIntoView({ block: "start" })', matrix);
	await page.screenshot(`${SHOTS_DIR}/consensus.png`);

	// One cell decided: its evidence opens, a level with a reason is stored as the consensus.
	const cell = '(//*[@role="region"][starts-with(@aria-label, "Consensusmatrix")]//tbody/tr)[1]//td//button[contains(@class, "cell")]';
	await page.click(page.xpath(`(${cell})[1]`));
	await page.element('section.panel h3, section.panel h2', 'Notities per assessor');
	await page.click(page.xpath('//section[contains(@class, "panel")]//label[substring(normalize-space(), string-length(normalize-space()) - 5) = "· Goed"]/input'));
	await (await page.field(/^Reden/)).sendKeys('Alle drie zagen dat hij zelf werk zoekt.');
	await page.click(page.button(/^Consensus (vastleggen|wijzigen)$/));
	await page.seeText('Consensus vastgelegd.');
	await page.waitFor(async () => (await (await page.xpath(`(${cell})[1]`)).getText()).includes('✓ Goed'), 'the cell marked "✓ Goed"');
	const decided = await page.waitFor(
		async () => (await page.storedRecords('consensusDecisions')).find((c) => c['reason'] === 'Alle drie zagen dat hij zelf werk zoekt.'),
		'the consensus stored'
	);
	expect(decided['level']).toBe('goed');

	// pdfmake builds the PDF in the page; the file is what the assessor would get.
	await page.goto(`/sessies/${sessionId}/rapport`);
	await page.captureDownloads();
	await page.click(page.button('Sessierapport (PDF)'));
	const pdf = await page.download(60_000);
	expect(pdf.name).toMatch(/\.pdf$/);
	expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
	const file = join(mkdtempSync(join(tmpdir(), 'wakker-webkit-')), pdf.name);
	writeFileSync(file, pdf.bytes);
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	expect(text).toContain('Einde van het sessierapport.');
	expect(await page.pageErrors()).toEqual([]);
});

test('the data screen exports the set-up and a second tablet imports it', async () => {
	const lead = webkit();
	await loadDemo(lead);
	await lead.goto('/gegevens');
	await lead.captureDownloads();
	await lead.click(lead.field(/^Opzet delen/));
	await lead.click(lead.button('Bestand maken en delen'));
	const bundle = await lead.download(60_000);
	// WebKit without a share sheet (as WebKitGTK): the file is downloaded, and the screen says so.
	await lead.seeText('gedownload');
	expect(bundle.name).toMatch(/\.json$/);
	const file = join(mkdtempSync(join(tmpdir(), 'wakker-webkit-')), bundle.name);
	writeFileSync(file, bundle.bytes);
	expect(await lead.pageErrors()).toEqual([]);

	// A second tablet: an empty profile (WebKitWebDriver drives one window at a time, so the lead's closes first).
	await lead.close();
	const other = await openWebKit();
	try {
		await other.goto('/gegevens');
		const input = await other.xpath('//input[@type="file"]');
		await input.sendKeys(file);
		await other.element('h2, h3', /^Voorbeeld:/);
		await other.click(other.button('Inladen'));
		await other.seeText(/Ingeladen: \d+ nieuw/);
		const sessions = await other.storedRecords('sessions');
		expect(sessions).toHaveLength(1);
		expect((await other.storedRecords('candidates')).length).toBe(6);
		expect(await other.pageErrors()).toEqual([]);
	} finally {
		await other.close();
	}
});

test('after one visit online, the app reloads and keeps a note with the server gone', async () => {
	const server = await serveBuild();
	const page = new WebKitPage(webkit().driver, server.url);
	try {
		const sessionId = await loadDemo(page);
		await page.waitFor(() => page.evaluate('return navigator.serviceWorker.ready.then(() => true)'), 'the service worker ready');
		await page.reload();
		await page.waitFor(() => page.evaluate('return navigator.serviceWorker.controller !== null'), 'the service worker in control');
		const exercises = (await page.storedRecords('exercises')).filter((e) => e['sessionId'] === sessionId);
		const first = exercises.sort((a, b) => Number(a['order']) - Number(b['order']))[0]!;

		await server.stop();
		await page.reload();
		await page.element('h1', 'Assessment-centers voor doorstroom');
		// A deep link never opened online comes from the cached shell too.
		await page.goto(`/sessies/${sessionId}/observeren/${String(first['id'])}`);
		const select = await page.field('Ik ben:');
		await page.click(select.findElement({ xpath: './option[normalize-space()="Griet Van Damme"]' }));
		await page.click(page.element('[role="tab"]'));
		const text = 'Offline genoteerd: zet de dozen zonder vragen op de kar.';
		const box = await page.field(/^Notitie over /);
		await box.sendKeys(text);
		await page.seeText('Bewaard op dit toestel');
		await page.reload();
		await page.waitFor(
			() => page.evaluate(`return [...document.querySelectorAll('li')].some((li) => li.textContent.includes(arguments[0])) || [...document.querySelectorAll('textarea')].some((t) => t.value === arguments[0])`, text),
			'the note kept after the offline reload'
		);
		expect((await page.storedRecords('observations')).filter((o) => o['text'] === text)).toHaveLength(1);
		expect(await page.pageErrors()).toEqual([]);
	} finally {
		await server.stop();
	}
});
