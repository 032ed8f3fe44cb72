import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The tablet the app is made for, held both ways (playwright.config.ts uses the landscape one). */
export const LANDSCAPE = { width: 1180, height: 820 } as const;
export const PORTRAIT = { width: 820, height: 1180 } as const;

/** Minimum touch target in CSS px: WCAG 2.5.5 (AAA) and the --touch token in src/app.css. */
export const MIN_TARGET = 44;

/** Loads the demo assessment-center from the home page; returns its session id. */
export async function loadDemo(page: Page): Promise<string> {
	await page.goto('/');
	await page.getByRole('button', { name: 'Demo-assessment laden' }).click();
	const open = page.getByRole('link', { name: 'Open het demo-assessment' });
	await expect(open).toBeVisible({ timeout: 20_000 });
	const href = (await open.getAttribute('href')) ?? '';
	const id = /^\/sessies\/([0-9a-f-]{36})$/.exec(href)?.[1];
	if (!id) throw new Error(`unexpected demo link: ${href}`);
	return id;
}

/** Collects every request that leaves 127.0.0.1 (data: and blob: URLs stay in the page). */
export function watchOutsideRequests(page: Page): string[] {
	const outside: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).hostname !== '127.0.0.1') outside.push(url);
	});
	return outside;
}

/** Serious and critical axe violations, one readable line each (empty when clean). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Visible interactive elements smaller than MIN_TARGET × MIN_TARGET CSS px, as "selector-ish (w×h) text" lines.
 *
 * Measured: button, a[href], input, select, summary (a disclosure button), [role=button], [role=tab].
 * - Exempt: links inline in running text (an <a> inside a <p> or <figcaption> that has other text too), the
 *   inline exception of WCAG 2.5.5/2.5.8: enlarging them would break the line height of the sentence. A link
 *   that is alone in its <p> (a "← back" link) is a stand-alone control and is measured.
 * - A checkbox, radio or file input counts together with its label: tapping the label operates the control,
 *   so the target is the larger of the two boxes (the app draws these inputs at 28 px inside a 44 px label).
 * - Not visible: display/visibility none, inside a closed <details>, a 1×1 px visually-hidden box, or a box moved
 *   off the page's start (the skip link before it gets focus) is not a target a finger can hit.
 */
export async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate((min) => {
		const selector = 'button, a[href], input:not([type="hidden"]), select, summary, [role="button"], [role="tab"]';
		const out: string[] = [];
		const describe = (el: Element) => {
			const tag = el.tagName.toLowerCase();
			const id = el.id ? `#${el.id}` : '';
			const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
			const type = el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : '';
			const name = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.getAttribute('name') ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
			return `${tag}${id}${cls}${type} "${name}"`;
		};
		for (const el of Array.from(document.querySelectorAll(selector))) {
			if (!(el as HTMLElement).checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue;
			if (el.tagName === 'A') {
				const paragraph = el.closest('p, figcaption');
				const own = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
				if (paragraph && (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim().length > own.length) continue;
			}
			const r = el.getBoundingClientRect();
			let w = r.width;
			let h = r.height;
			if (el instanceof HTMLInputElement && ['checkbox', 'radio', 'file'].includes(el.type)) {
				for (const label of Array.from(el.labels ?? [])) {
					const lr = label.getBoundingClientRect();
					if (lr.width * lr.height > w * h) {
						w = lr.width;
						h = lr.height;
					}
				}
			}
			if (w <= 1 && h <= 1) continue;
			// Moved off the page's start (left: -9999px): hidden until focused, like the skip link.
			if (r.right + window.scrollX <= 0 || r.bottom + window.scrollY <= 0) continue;
			// Half a pixel of rounding (zoom, sub-pixel borders) is not a defect.
			if (w < min - 0.5 || h < min - 0.5) out.push(`${describe(el)} (${Math.round(w)}×${Math.round(h)})`);
		}
		return out;
	}, MIN_TARGET);
}

/** How far the page scrolls sideways (0 when it fits). */
export async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth - 1));
}

/** Waits until a page has settled: no "Laden…" status left and fonts/images done. */
export async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	await expect(page.getByRole('status').filter({ hasText: /^Laden…$/ })).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

/** Every record of one IndexedDB store of the app (soft-deleted ones included), read outside the app's code. */
export async function storedRecords(page: Page, store: string): Promise<Record<string, unknown>[]> {
	return page.evaluate(async (name) => {
		const idb = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('wakker');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		try {
			return await new Promise<Record<string, unknown>[]>((resolve, reject) => {
				const request = idb.transaction(name).objectStore(name).getAll();
				request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
				request.onerror = () => reject(request.error);
			});
		} finally {
			idb.close();
		}
	}, store);
}

/** Collects every alert/confirm/prompt the page opens (and dismisses it): typed markup must never run. */
export function watchDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		await dialog.dismiss();
	});
	return dialogs;
}

/**
 * Buttons, button-styled links and tabs whose text does not fit inside them (it runs over the border or is cut
 * off), as "tag "text" (visible/needed px)" lines. One pixel of rounding is allowed.
 */
export async function clippedControls(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		Array.from(document.querySelectorAll('button, a.button, [role="tab"]'))
			.filter((el) => (el as HTMLElement).checkVisibility() && el.clientWidth > 1)
			.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
			.map((el) => {
				const text = ((el as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
				return `${el.tagName.toLowerCase()} "${text}" (${el.clientWidth}×${el.clientHeight} shown, ${el.scrollWidth}×${el.scrollHeight} needed)`;
			})
	);
}
