import { expect, test } from 'vitest';
import { By, Key } from 'selenium-webdriver';
import { loadDemo, useWebKit } from './helpers/webkit';

/**
 * "Ik ben" in WebKit, where a select once showed one assessor and stored another: after choosing An Peeters and then
 * Youssef El Amrani, the select shows Youssef, a reload still shows him, and the next note carries his id. With the
 * arrow keys from "Kies je naam", every name shown is the name stored.
 */

const webkit = useWebKit();

async function choose(name: string): Promise<void> {
	const page = webkit();
	const select = await page.field('Ik ben:');
	await page.click(select.findElement(By.xpath(`./option[normalize-space()="${name}"]`)));
}

function shown(): Promise<string> {
	return webkit().evaluate('const s = document.querySelector("#ik-ben"); return s.selectedOptions[0]?.textContent.trim() ?? "";');
}

test('choosing An Peeters, then Youssef El Amrani, stores Youssef', async () => {
	const page = webkit();
	const sessionId = await loadDemo(page);
	await page.goto(`/sessies/${sessionId}`);
	await page.waitFor(async () => (await shown()) === 'Kies je naam', 'the placeholder "Kies je naam"');

	const assessors = await page.storedRecords('assessors');
	const idOf = (name: string) => {
		const id = assessors.find((a) => a['name'] === name)?.['id'];
		if (typeof id !== 'string') throw new Error(`${name} is not in the demo`);
		return id;
	};
	const stored = async () => (await page.storedRecords('settings')).find((s) => s['key'] === `ikBen:${sessionId}`)?.['value'];

	await choose('An Peeters');
	await page.waitFor(async () => (await shown()) === 'An Peeters', 'An Peeters shown');
	await page.waitFor(async () => (await stored()) === idOf('An Peeters'), 'An Peeters stored');
	await choose('Youssef El Amrani');
	await page.waitFor(async () => (await shown()) === 'Youssef El Amrani', 'Youssef El Amrani shown');
	// What it shows is what it stored: WebKit once kept An while showing Youssef.
	await page.waitFor(async () => (await stored()) === idOf('Youssef El Amrani'), 'Youssef El Amrani stored, as shown');
	// The placeholder stays, disabled: removing it is what shifted the options in WebKit.
	expect(await page.evaluate('return document.querySelector("#ik-ben").options[0].disabled')).toBe(true);

	await page.reload();
	await page.waitFor(async () => (await shown()) === 'Youssef El Amrani', 'Youssef El Amrani still shown after a reload');

	// The app uses him: a note written now is his.
	await page.click(page.element('a[href*="/observeren/"]'));
	await page.click(page.element('[role="tab"]'));
	const text = 'Vraagt of hij de lijst mag nakijken.';
	const box = await page.field(/^Notitie over /);
	await box.sendKeys(text);
	await page.seeText('Bewaard op dit toestel');
	await page.waitFor(
		async () => (await page.storedRecords('observations')).find((o) => o['text'] === text),
		'the note stored'
	).then((note) => expect(note['authorId']).toBe(idOf('Youssef El Amrani')));
	expect(await page.pageErrors()).toEqual([]);
});

test('with the arrow keys, the assessor shown is the one stored, and the keyboard stays on "Ik ben"', async () => {
	const page = webkit();
	const sessionId = await loadDemo(page);
	await page.goto(`/sessies/${sessionId}`);
	await page.waitFor(async () => (await shown()) === 'Kies je naam', 'the placeholder "Kies je naam"');
	const assessors = await page.storedRecords('assessors');
	const stored = async () => (await page.storedRecords('settings')).find((s) => s['key'] === `ikBen:${sessionId}`)?.['value'];
	const idOf = (name: string) => assessors.find((a) => a['name'] === name)?.['id'];

	// From the placeholder, each arrow down shows the next of the demo's assessors, and stores it.
	const order = await page.evaluate<string[]>('return [...document.querySelector("#ik-ben").options].filter((o) => !o.disabled).map((o) => o.textContent.trim())');
	expect(order).toHaveLength(3);
	for (const name of order) {
		await (await page.field('Ik ben:')).sendKeys(Key.ARROW_DOWN);
		await page.waitFor(async () => (await shown()) === name, `${name} shown`);
		await page.waitFor(async () => (await stored()) === idOf(name), `${name} stored, as shown`);
		expect(await page.evaluate('return document.activeElement?.id')).toBe('ik-ben');
	}
	expect(await page.pageErrors()).toEqual([]);
});
