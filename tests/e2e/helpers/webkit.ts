import { mkdirSync, writeFileSync } from 'node:fs';
import { Builder, By, Capabilities, type WebDriver, type WebElement } from 'selenium-webdriver';
import { afterEach, beforeEach, inject } from 'vitest';

/**
 * A WebKitGTK window driven through W3C WebDriver, with the few ways of finding things the WebKit specs need:
 * by visible name (text, aria-label or label), as a user would. Every session starts with an empty profile.
 */

/** Window 1180×858: the page gets 1180×820 CSS px, an iPad Air in landscape (MiniBrowser's bar takes 38 px). */
const WINDOW = { width: 1180, height: 858 } as const;
/** WebKit in Xvfb on a shared machine is slow: waits are generous, a real failure still ends the test. */
export const WAIT_MS = 20_000;

type Name = string | RegExp;

/** A name as the finder script takes it (a RegExp cannot cross into the page). */
function serialize(name: Name): { source: string; flags: string; exact: boolean } {
	return typeof name === 'string' ? { source: name, flags: '', exact: true } : { source: name.source, flags: name.flags, exact: false };
}

/**
 * Runs in the page: the visible elements matching `selector` whose name matches. The name is the aria-label, else
 * the text of the element's labels, else its own text (whitespace collapsed), as an accessible name is for these.
 */
const FIND = `
const [selector, name, within] = arguments;
const re = name.exact ? null : new RegExp(name.source, name.flags);
const norm = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
const nameOf = (el) => norm(el.getAttribute('aria-label')) || norm([...(el.labels ?? [])].map((l) => l.innerText).join(' ')) || norm(el.innerText ?? el.textContent);
const root = within ?? document;
return [...root.querySelectorAll(selector)].filter((el) => {
	if (!el.checkVisibility({ visibilityProperty: true })) return false;
	const n = nameOf(el);
	return re ? re.test(n) : n === name.source;
});`;

export class WebKitPage {
	constructor(
		readonly driver: WebDriver,
		readonly baseUrl: string
	) {}

	async goto(path: string): Promise<void> {
		await this.driver.get(`${this.baseUrl}${path}`);
	}

	async reload(): Promise<void> {
		await this.driver.navigate().refresh();
	}

	async path(): Promise<string> {
		return new URL(await this.driver.getCurrentUrl()).pathname;
	}

	/** Waits until `probe` gives a value that is not undefined/false/null and returns it. */
	async waitFor<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeout = WAIT_MS): Promise<T> {
		const deadline = Date.now() + timeout;
		let lastError: unknown;
		for (;;) {
			try {
				const value = await probe();
				if (value !== undefined && value !== null && value !== false) return value;
			} catch (error) {
				// A stale element while the page re-renders: try again.
				lastError = error;
			}
			if (Date.now() > deadline) throw new Error(`Not seen within ${timeout / 1000} s: ${what}${lastError ? ` (${String(lastError)})` : ''}`);
			await this.driver.sleep(100);
		}
	}

	/** Every visible element matching the CSS selector whose name matches, now (no waiting). */
	async all(selector: string, name: Name, within?: WebElement): Promise<WebElement[]> {
		return (await this.driver.executeScript(FIND, selector, serialize(name), within ?? null)) as WebElement[];
	}

	/** The first visible element matching selector and name, waiting for it to appear. */
	async find(selector: string, name: Name, within?: WebElement, timeout = WAIT_MS): Promise<WebElement> {
		return this.waitFor(async () => (await this.all(selector, name, within))[0], `${selector} "${String(name)}"`, timeout);
	}

	button(name: Name, within?: WebElement): Promise<WebElement> {
		return this.find('button, [role="button"], [role="tab"]', name, within);
	}

	link(name: Name, within?: WebElement): Promise<WebElement> {
		return this.find('a[href]', name, within);
	}

	/** A form field by its label (input, textarea, select). */
	field(label: Name, within?: WebElement): Promise<WebElement> {
		return this.find('input, textarea, select', label, within);
	}

	/** Some element (CSS selector) whose text matches. */
	element(selector: string, text: Name = /.*/, within?: WebElement): Promise<WebElement> {
		return this.find(selector, text, within);
	}

	/** The first element an XPath finds, waiting for it: found anew each time, so a re-rendered list does not go stale. */
	xpath(expression: string, timeout = WAIT_MS): Promise<WebElement> {
		return this.waitFor(async () => (await this.driver.findElements(By.xpath(expression)))[0], `XPath ${expression}`, timeout);
	}

	/** Clicks once the element is enabled, as a user would wait for it (a click on a disabled button does nothing). */
	async click(element: WebElement | Promise<WebElement>): Promise<void> {
		const el = await element;
		await this.waitFor(() => el.isEnabled(), 'an enabled element to click');
		// WebDriver clicks at the element's centre: wait until the page around it stops moving (a list still
		// rendering above it), or the click lands on whatever moved there.
		let last = '';
		await this.waitFor(async () => {
			const rect = (await this.driver.executeScript(
				'arguments[0].scrollIntoView({ block: "center" }); const r = arguments[0].getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join();',
				el
			)) as string;
			const stable = rect === last;
			last = rect;
			return stable;
		}, 'the element to stay in place');
		await el.click();
	}

	/** Follows a link and waits for its page; a tap that did not take (the page moved under it) is tried again. */
	async follow(name: Name): Promise<void> {
		for (let attempt = 1; ; attempt++) {
			const link = await this.link(name);
			const target = new URL((await link.getAttribute('href')) ?? '', this.baseUrl).pathname;
			await this.click(link);
			try {
				await this.waitFor(async () => (await this.path()) === target, `the page ${target}`, attempt < 3 ? 5_000 : WAIT_MS);
				return;
			} catch (error) {
				if (attempt >= 3) throw error;
			}
		}
	}

	/** Waits until the page's main text contains `text`. */
	async seeText(text: Name, timeout = WAIT_MS): Promise<void> {
		await this.waitFor(
			async () => {
				const body = ((await this.driver.executeScript('return document.body.innerText')) as string).replace(/\s+/g, ' ');
				return typeof text === 'string' ? body.includes(text) : text.test(body);
			},
			`text "${String(text)}" on ${await this.path()}`,
			timeout
		);
	}

	/** Runs a script in the page (synchronous, or a promise it returns) and gives back its result. */
	async evaluate<T>(body: string, ...args: unknown[]): Promise<T> {
		return (await this.driver.executeAsyncScript(
			`const done = arguments[arguments.length - 1];
			Promise.resolve().then(async () => { ${body} }).then((v) => done({ ok: true, v }), (e) => done({ ok: false, v: String(e && e.stack || e) }));`,
			...args
		).then((r) => {
			const result = r as { ok: boolean; v: unknown };
			if (!result.ok) throw new Error(`script failed in the page: ${String(result.v)}`);
			return result.v;
		})) as T;
	}

	/** Every record of one IndexedDB store of the app, read outside the app's code. */
	storedRecords(store: string): Promise<Record<string, unknown>[]> {
		return this.evaluate(
			`const idb = await new Promise((resolve, reject) => { const r = indexedDB.open('wakker'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
			try {
				return await new Promise((resolve, reject) => { const r = idb.transaction(arguments[0]).objectStore(arguments[0]).getAll(); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
			} finally { idb.close(); }`,
			store
		);
	}

	/**
	 * The errors the page reported: uncaught errors and unhandled rejections (collected by the test build, see
	 * src/hooks.client.ts) and the app's own "Er ging iets mis" banner. A page not built for the tests is an error too.
	 */
	async pageErrors(): Promise<string[]> {
		const { collected, banner } = (await this.driver.executeScript(
			'return { collected: window.__pageErrors ?? null, banner: [...document.querySelectorAll(".app-problem")].map((e) => e.innerText) }'
		)) as { collected: string[] | null; banner: string[] };
		if (collected === null) return ['window.__pageErrors is missing: build with VITE_COLLECT_PAGE_ERRORS=1'];
		return [...collected, ...banner.map((text) => `banner: ${text}`)];
	}

	/**
	 * From now on (until the next full page load), files the app hands over as a download are kept for `download()`
	 * instead of going to WebKit's download folder: every download in the app is a click on an `<a download>`.
	 */
	async captureDownloads(): Promise<void> {
		await this.driver.executeScript(`
			if (window.__downloads) return;
			window.__downloads = [];
			// The blob itself, by its URL: the app's Content-Security-Policy does not let a script fetch blob: URLs.
			const blobs = new Map();
			const createObjectURL = URL.createObjectURL;
			URL.createObjectURL = (blob) => {
				const url = createObjectURL.call(URL, blob);
				blobs.set(url, blob);
				return url;
			};
			const click = HTMLAnchorElement.prototype.click;
			HTMLAnchorElement.prototype.click = function () {
				if (!this.download || !blobs.has(this.href)) return click.call(this);
				const name = this.download;
				window.__downloads.push(blobs.get(this.href).arrayBuffer().then((buffer) => {
					const bytes = new Uint8Array(buffer);
					let text = '';
					for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
					return { name, base64: btoa(text) };
				}));
			};`);
	}

	/** The next file downloaded since `captureDownloads()`, waiting for it. */
	async download(timeout = WAIT_MS): Promise<{ name: string; bytes: Buffer }> {
		await this.waitFor(async () => ((await this.driver.executeScript('return window.__downloads?.length ?? 0')) as number) > 0, 'a download', timeout);
		const { name, base64 } = await this.evaluate<{ name: string; base64: string }>('return await window.__downloads.shift();');
		return { name, bytes: Buffer.from(base64, 'base64') };
	}

	async screenshot(file: string): Promise<void> {
		writeFileSync(file, await this.driver.takeScreenshot(), 'base64');
	}

	#closed = false;

	/** Ends the WebDriver session (once): WebKitWebDriver runs one session at a time. */
	async close(): Promise<void> {
		if (this.#closed) return;
		this.#closed = true;
		await this.driver.quit();
	}
}

/** A fresh WebKitGTK window (empty profile) with Safari's storage API switched on, as on an iPad. */
export async function openWebKit(): Promise<WebKitPage> {
	const capabilities = new Capabilities({
		browserName: 'MiniBrowser',
		'webkitgtk:browserOptions': { args: ['--automation', '--features=+StorageAPI,+StorageAPIEstimate'] }
	});
	const driver = await new Builder().usingServer(inject('webdriverUrl')).withCapabilities(capabilities).build();
	await driver.manage().window().setRect(WINDOW);
	await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
	return new WebKitPage(driver, inject('baseUrl'));
}

/** Loads the demo assessment-center from the home page; returns its session id. */
export async function loadDemo(page: WebKitPage): Promise<string> {
	await page.goto('/');
	await page.click(page.button('Demo-assessment laden'));
	const open = await page.link('Open het demo-assessment');
	const href = (await open.getAttribute('href')) ?? '';
	const id = /^\/sessies\/([0-9a-f-]{36})$/.exec(new URL(href, page.baseUrl).pathname)?.[1];
	if (!id) throw new Error(`unexpected demo link: ${href}`);
	return id;
}

/**
 * Where the WebKit tests leave screenshots (of a failing test, and of a few screens for a person to look at). Not
 * Playwright's test-results/, which Playwright empties when it starts.
 */
export const SHOTS_DIR = 'test-results-webkit';

/**
 * A fresh WebKit window for every test of the file, closed after it (with a screenshot in test-results-webkit when
 * the test failed). Use the returned getter inside the tests.
 */
export function useWebKit(): () => WebKitPage {
	let page: WebKitPage | undefined;
	beforeEach(async () => {
		page = await openWebKit();
	});
	afterEach(async (context) => {
		if (!page) return;
		try {
			if (context.task.result?.state === 'fail') {
				mkdirSync(SHOTS_DIR, { recursive: true });
				await page.screenshot(`${SHOTS_DIR}/${context.task.name.replace(/[^\w-]+/g, '-').slice(0, 80)}.png`).catch(() => undefined);
			}
		} finally {
			await page.close();
			page = undefined;
		}
	});
	return () => {
		if (!page) throw new Error('no WebKit window: use it inside a test');
		return page;
	};
}
