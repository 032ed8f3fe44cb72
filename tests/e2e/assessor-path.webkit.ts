import { expect, test } from 'vitest';
import { By, Key } from 'selenium-webdriver';
import { mkdirSync } from 'node:fs';
import { SHOTS_DIR, useWebKit, type WebKitPage } from './helpers/webkit';

/**
 * The assessor's path in WebKit, the engine of every iPad: set-up, "Ik ben", observing with continuous typing and a
 * reload in the middle of a note, classifying, rating and submitting. The candidate tiles break a long name at its
 * hyphen or space, never inside a word.
 */

const webkit = useWebKit();

const CANDIDATES = ["Zoë O'Brien-Çelik", 'Cas Peeters', 'Dina El Amrani', 'Eli Janssens', 'Fien Claes', 'Gert Wouters'];

async function type(page: WebKitPage, label: string | RegExp, text: string): Promise<void> {
	const field = await page.field(label);
	await field.clear();
	await field.sendKeys(text);
}

/** The first value matching `test` among the records of one store. */
async function storedOne(page: WebKitPage, store: string, test: (r: Record<string, unknown>) => boolean, what: string) {
	return page.waitFor(async () => (await page.storedRecords(store)).find(test), what);
}

/**
 * Where a tile's name text starts a new line, the character before it: a space or a hyphen when the name breaks as it
 * should, a letter when it breaks inside a word (WebKit broke "Çelik" as "Çel / ik").
 */
function lineBreaksOf(page: WebKitPage, name: string): Promise<string[]> {
	return page.evaluate(
		`const span = [...document.querySelectorAll('[role="tab"] .name')].find((s) => s.textContent.trim() === arguments[0]);
		const breaks = [];
		let top;
		let previous = '';
		const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
		for (let text = walker.nextNode(); text; text = walker.nextNode()) {
			for (let i = 0; i < text.length; i++) {
				const range = document.createRange();
				range.setStart(text, i);
				range.setEnd(text, i + 1);
				const rect = range.getClientRects()[0];
				// A space at the end of a line has no width: it still counts as what the line ends with.
				if (rect && rect.width > 0) {
					if (top !== undefined && rect.top > top + 2) breaks.push(previous);
					top = rect.top;
				}
				previous = text.data[i];
			}
		}
		return breaks;`,
		name
	);
}

test('set up, observe with typing and a reload, classify, rate and submit', async () => {
	const page = webkit();

	// --- Set-up.
	await page.goto('/sessies');
	await page.follow('Nieuw assessment-center');
	await type(page, 'Naam van het assessment-center', 'AC voorjaar Gent');
	await page.click(page.button('Dag toevoegen'));
	await page.click(page.button('Aanmaken'));
	await page.waitFor(async () => (await page.path()).endsWith('/opzet'), 'the set-up page');
	const sessionId = (await page.path()).split('/')[2]!;

	for (const name of ['Samenwerken', 'Initiatief']) await page.click(page.field(new RegExp(`^${name}`)));
	await page.click(page.button('Scenario Magazijn + stock toevoegen'));
	await page.element('h2, h3', '1. Scenario Magazijn + stock');
	const day = await page.element('select[id^="ex-day-"]');
	await page.click(day.findElement(By.css('option:nth-child(2)')));

	for (const name of CANDIDATES) {
		await type(page, 'Naam van de kandidaat', name);
		await page.click(page.button('Kandidaat toevoegen'));
		await page.button(`${name} verwijderen`);
	}
	await type(page, 'Naam van de assessor', 'An Maes');
	await page.click(page.button('Assessor toevoegen'));
	await page.button('An Maes weghalen');
	const select = await page.field('Ik ben:');
	await page.click(select.findElement(By.xpath('./option[normalize-space()="An Maes"]')));
	const an = await storedOne(page, 'assessors', (a) => a['name'] === 'An Maes', 'An Maes stored');
	await storedOne(page, 'settings', (s) => s['key'] === `ikBen:${sessionId}` && s['value'] === an['id'], '"Ik ben" An Maes stored');

	// --- Observe: a note typed key by key, then one left half-way through a reload.
	await page.follow('Klaar: naar het overzicht');
	await page.follow('Volgende stap: Observeren en noteren →');
	await page.seeText('Observeren: Scenario Magazijn + stock');
	await page.click(page.button('Oefening starten'));
	await page.button('Oefening stoppen');

	const zoe = CANDIDATES[0]!;
	await page.click(page.find('[role="tab"]', new RegExp(`^${zoe}`)));
	let box = await page.field(`Notitie over ${zoe}`);
	await box.sendKeys('Zet zonder vragen de dozen op de kar.', Key.ENTER);
	await page.element('li', /Zet zonder vragen de dozen op de kar\./);
	box = await page.field(`Notitie over ${zoe}`);
	await box.sendKeys('Telt de dozen twee keer na');
	await page.seeText('Bewaard op dit toestel');
	await page.reload();
	box = await page.field(`Notitie over ${zoe}`);
	await page.waitFor(async () => (await box.getAttribute('value')) === 'Telt de dozen twee keer na', 'the half-typed note back after the reload');
	await box.sendKeys(Key.END, '.', Key.ENTER);
	await page.find('[role="tab"]', new RegExp(`^${zoe}.*2 notities`));
	const notes = await page.waitFor(async () => {
		const mine = (await page.storedRecords('observations')).filter((o) => o['sessionId'] === sessionId);
		return mine.length === 2 && mine.every((o) => o['authorId'] === an['id']) && mine;
	}, 'both notes stored as An Maes');
	expect(notes.map((o) => o['text']).sort()).toEqual(['Telt de dozen twee keer na.', 'Zet zonder vragen de dozen op de kar.']);

	// Six tiles side by side: the long name wraps at its hyphen or a space, never inside "Çelik".
	const breaks = await lineBreaksOf(page, zoe);
	expect(breaks.every((c) => c === ' ' || c === '-'), `"${zoe}" breaks after ${JSON.stringify(breaks)}`).toBe(true);
	mkdirSync(SHOTS_DIR, { recursive: true });
	await page.evaluate('window.scrollTo(0, 0)');
	await page.screenshot(`${SHOTS_DIR}/observe.png`);
	await page.click(page.button('Oefening stoppen'));

	// --- Classify: the first note to Initiatief.
	await page.follow('Naar klasseren →');
	const chip = '//li[contains(., "Zet zonder vragen de dozen op de kar.")]//button[normalize-space()="Initiatief"]';
	await page.click(page.xpath(chip));
	await page.waitFor(async () => (await (await page.xpath(chip)).getAttribute('aria-pressed')) === 'true', 'Initiatief chosen');

	// --- Rate and submit.
	await page.follow('Naar beoordelen →');
	await page.click(page.xpath('//article[h3[normalize-space()="Initiatief"]]//label[normalize-space()="Goed"]/input'));
	await page.click(page.xpath('//article[h3[normalize-space()="Samenwerken"]]//label[normalize-space()="Matig"]/input'));
	await page.waitFor(async () => (await page.storedRecords('ratings')).filter((r) => r['sessionId'] === sessionId).length === 2, 'two ratings stored');
	await page.click(page.button('Beoordelingen indienen'));
	await page.click(page.button('Ja, indienen'));
	await page.seeText('Je beoordelingen van deze oefening zijn ingediend.');
	const ratings = (await page.storedRecords('ratings')).filter((r) => r['sessionId'] === sessionId);
	expect(ratings.map((r) => [r['level'], r['authorId'], typeof r['submittedAt']]).sort()).toEqual(
		[
			['goed', an['id'], 'string'],
			['matig', an['id'], 'string']
		].sort()
	);
	expect(await page.pageErrors()).toEqual([]);
});
