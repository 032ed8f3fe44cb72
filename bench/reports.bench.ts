/**
 * Reports in a real browser: headless Chromium (playwright-core, /usr/bin/chromium) against the built app served
 * from this process. Figures: the candidate report of a session with the 18 competencies of the DOne profile and
 * 100 notes, the first one including the lazy load of pdfmake and its fonts (target ≤ 1.5 s), then warm; the
 * session report for 6 candidates (target ≤ 5 s). Also checks that the first page does not load pdfmake.
 *
 * Needs a build of the app (bench/lib/build-dir.ts; `npm run bench` makes one). Runs under
 * `npm run bench -- --only reports`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { buildFixtureSource } from '../src/lib/engine/report/report.fixture';
import { CompetencyProfile } from '../src/lib/engine/rubric/competency-profile.schema';
import { storeRecords, waitForAppDatabase } from './lib/app-db';
import { appBuildDir } from './lib/build-dir';
import { printFigure, printHeading } from './lib/measure';
import { serveStatic } from './lib/static-server';

const BUILD_DIR = appBuildDir();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const NOTES_PER_CANDIDATE = 100;
const TARGET_CANDIDATE_MS = 1_500;
const TARGET_SESSION_MS = 5_000;
const WARM_RUNS = 3;
/** How long a screen may take to appear on a loaded machine. */
const SCREEN_TIMEOUT_MS = 60_000;

function pdfmakeChunks(): string[] {
	// pdfmake's own chunk, and the Roboto font files it fetches on the first PDF.
	const dir = join(BUILD_DIR, '_app', 'immutable', 'chunks');
	const code = readdirSync(dir).filter((f) => {
		const path = join(dir, f);
		if (statSync(path).size < 300_000) return false;
		return readFileSync(path, 'utf8').includes('addVirtualFileSystem');
	});
	const fonts = readdirSync(join(BUILD_DIR, '_app', 'immutable', 'assets')).filter((f) => /^Roboto-.*\.ttf$/.test(f));
	return [...code, ...fonts];
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

const profile = CompetencyProfile.parse(JSON.parse(readFileSync('rubrics/done-profiel.json', 'utf8')));
// Notes of ordinary length (one or two sentences, like the demo's); the unit test of the PDF documents covers long ones.
const source = buildFixtureSource({ notesPerCandidate: NOTES_PER_CANDIDATE, profile });
const server = await serveStatic(BUILD_DIR);
const { origin } = server;
const browser = await chromium.launch({
	executablePath: CHROMIUM,
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
// Stopped by the runner's time limit: close the browser and the server before leaving.
process.once('SIGTERM', () => {
	void browser.close().finally(() => void server.close().finally(() => process.exit(1)));
});
try {
	// The service worker would precache every asset in the background; measure what the pages themselves load.
	const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true, viewport: { width: 1180, height: 820 } });
	const page = await context.newPage();
	const chunks = pdfmakeChunks();
	const requested: string[] = [];
	page.on('request', (r) => requested.push(r.url()));
	await page.goto(origin);
	await waitForAppDatabase(page);
	await page.getByRole('heading', { level: 1 }).waitFor({ timeout: SCREEN_TIMEOUT_MS });
	await page.waitForLoadState('networkidle');
	const onFirstPage = requested.filter((url) => chunks.some((c) => url.endsWith(c)));

	printHeading(`Reports in headless Chromium: ${profile.competencies.length} competencies, ${source.candidates.length} candidates, ${NOTES_PER_CANDIDATE} notes each`);
	console.log(`first page loads pdfmake or its fonts: ${onFirstPage.length === 0 ? 'no' : `YES (${onFirstPage.join(', ')})`}`);

	await storeRecords(page, {
		sessions: [source.session],
		assessors: [...source.assessors],
		exercises: [...source.exercises],
		// The first candidate aims at a shipped functieprofiel, so its report carries the comparison with the job.
		candidates: source.candidates.map((c, i) => (i === 0 ? { ...c, targetJob: { profilesKey: 'functieprofielen@1.0.0', jobId: 'magazijnmedewerker' } } : c)),
		observations: [...source.observations],
		classifications: [...source.classifications],
		ratings: [...source.ratings]
	});
	await page.goto(`${origin}/sessies/${source.session.id}/rapport`);
	const zoe = source.candidates[0]!.name;
	const candidateButton = `Kandidaatrapport (PDF) van ${zoe}`;
	await page.getByRole('button', { name: candidateButton }).waitFor({ timeout: SCREEN_TIMEOUT_MS });

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
	await server.close();
}
