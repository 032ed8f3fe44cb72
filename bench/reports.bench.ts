/**
 * Reports in a real browser: headless Chromium (playwright-core, /usr/bin/chromium) against the built app served
 * from this process. Figures: the candidate report of a session with the 18 competencies of the DOne profile and
 * 100 notes, the first one including the lazy load of pdfmake and its fonts (target ≤ 1.5 s), then warm; the
 * session report for 6 candidates (target ≤ 5 s). Also checks that the first page does not load pdfmake.
 *
 * Needs a build: `npx vite build` (or BUILD_DIR=… for another folder). Runs under `npm run bench -- --only reports`,
 * or alone: `npx esbuild bench/reports.bench.ts --bundle --platform=node --format=esm --packages=external
 * --alias:\$lib=./src/lib --alias:\$rubrics=./rubrics --outfile=/tmp/reports.bench.mjs && node /tmp/reports.bench.mjs`.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { buildFixtureSource } from '../src/lib/engine/report/report-fixture';
import { CompetencyProfile } from '../src/lib/engine/rubric/competency-profile.schema';
import { printFigure, printHeading } from './lib/measure';

const BUILD_DIR = resolve(process.env.BUILD_DIR ?? 'build');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const NOTES_PER_CANDIDATE = 100;
const TARGET_CANDIDATE_MS = 1_500;
const TARGET_SESSION_MS = 5_000;
const WARM_RUNS = 3;

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2'
};

/** A static server for the SPA build: files as they are, every other path gets index.html. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
	const server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
		let file = join(dir, path);
		if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		res.end(readFileSync(file));
	});
	return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
		const address = server.address();
		ok({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
	}));
}

function pdfmakeChunks(): string[] {
	const chunks = join(BUILD_DIR, '_app', 'immutable', 'chunks');
	return readdirSync(chunks).filter((f) => {
		const path = join(chunks, f);
		if (statSync(path).size < 300_000) return false;
		const text = readFileSync(path, 'utf8');
		return text.includes('addVirtualFileSystem') || text.includes('Roboto-Medium.ttf');
	});
}

/** Writes the generated session straight into the app's IndexedDB (the app has created the schema by then). */
async function storeSession(page: Page, tables: Record<string, unknown[]>): Promise<void> {
	await page.evaluate(
		(data) =>
			new Promise<void>((ok, fail) => {
				const open = indexedDB.open('wakker');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(Object.keys(data), 'readwrite');
					for (const [table, rows] of Object.entries(data)) for (const row of rows) tx.objectStore(table).put(row);
					tx.oncomplete = () => {
						db.close();
						ok();
					};
					tx.onerror = () => fail(tx.error);
				};
			}),
		tables
	);
}

/** Main-thread busy time of the page (CDP TaskDuration): unlike wall time, it does not grow while waiting for a core. */
async function taskSeconds(cdp: CDPSession): Promise<number> {
	const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
	return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
}

async function timeDownload(page: Page, button: string, cdp?: CDPSession): Promise<number> {
	const busyBefore = cdp ? await taskSeconds(cdp) : 0;
	const start = performance.now();
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).click()]);
	const elapsed = performance.now() - start;
	if (cdp) lastBusyMs = ((await taskSeconds(cdp)) - busyBefore) * 1000;
	await download.delete();
	await page.getByRole('button', { name: button }).waitFor({ state: 'visible' });
	await page.waitForFunction((b) => ![...document.querySelectorAll('button')].some((el) => el.textContent?.includes(b) && el.disabled), button);
	return elapsed;
}

let lastBusyMs = Number.NaN;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

if (!existsSync(join(BUILD_DIR, 'index.html'))) {
	console.log(`Geen build in ${BUILD_DIR}: maak er eerst een met "npx vite build" (of zet BUILD_DIR).`);
	process.exit(0);
}

const profile = CompetencyProfile.parse(JSON.parse(readFileSync('rubrics/done-profiel.json', 'utf8')));
// Notes of ordinary length (one or two sentences, like the demo's); the unit test of the PDF documents covers long ones.
const source = buildFixtureSource({ notesPerCandidate: NOTES_PER_CANDIDATE, profile });
const { server, origin } = await serve(BUILD_DIR);
const browser = await chromium.launch({
	executablePath: CHROMIUM,
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
// Stopped by the runner's time limit: close the browser and the server before leaving.
process.once('SIGTERM', () => {
	void browser.close().finally(() => {
		server.close();
		process.exit(1);
	});
});
try {
	// The service worker would precache every asset in the background; measure what the pages themselves load.
	const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true, viewport: { width: 1180, height: 820 } });
	const page = await context.newPage();
	const chunks = pdfmakeChunks();
	const requested: string[] = [];
	page.on('request', (r) => requested.push(r.url()));
	await page.goto(origin);
	await page.getByRole('heading', { level: 1 }).waitFor();
	await page.waitForLoadState('networkidle');
	const onFirstPage = requested.filter((url) => chunks.some((c) => url.endsWith(c)));

	printHeading(`Reports in headless Chromium: ${profile.competencies.length} competencies, ${source.candidates.length} candidates, ${NOTES_PER_CANDIDATE} notes each`);
	console.log(`first page loads pdfmake or its fonts: ${onFirstPage.length === 0 ? 'no' : `YES (${onFirstPage.join(', ')})`}`);

	await storeSession(page, {
		sessions: [source.session],
		assessors: [...source.assessors],
		exercises: [...source.exercises],
		candidates: [...source.candidates],
		observations: [...source.observations],
		classifications: [...source.classifications],
		ratings: [...source.ratings]
	});
	await page.goto(`${origin}/sessies/${source.session.id}/rapport`);
	const zoe = source.candidates[0]!.name;
	const candidateButton = `Kandidaatrapport (PDF) van ${zoe}`;
	await page.getByRole('button', { name: candidateButton }).waitFor();

	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	printFigure('candidate report, first (loads pdfmake + fonts)', await timeDownload(page, candidateButton, cdp), TARGET_CANDIDATE_MS);
	printFigure('  of which main-thread busy time', lastBusyMs);
	const phases = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('wakker-report:')).map((m) => [m.name, m.duration] as const));
	console.log(`  phases of that run (ms since start): ${phases.map(([n, d]) => `${n.replace('wakker-report:', '')} ${d.toFixed(0)}`).join(', ')}`);
	const warm: number[] = [];
	const warmBusy: number[] = [];
	for (let i = 0; i < WARM_RUNS; i++) {
		warm.push(await timeDownload(page, candidateButton, cdp));
		warmBusy.push(lastBusyMs);
	}
	printFigure(`candidate report, warm (median of ${WARM_RUNS})`, median(warm), TARGET_CANDIDATE_MS);
	printFigure('  of which main-thread busy time', median(warmBusy));
	const session: number[] = [];
	const sessionBusy: number[] = [];
	for (let i = 0; i < WARM_RUNS; i++) {
		session.push(await timeDownload(page, 'Sessierapport (PDF)', cdp));
		sessionBusy.push(lastBusyMs);
	}
	printFigure(`session report, 6 candidates (median of ${WARM_RUNS})`, median(session), TARGET_SESSION_MS);
	printFigure('  of which main-thread busy time', median(sessionBusy));
	await context.close();
} finally {
	await browser.close();
	server.close();
}
