import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

/**
 * Global set-up of the WebKit tests: a virtual screen (Xvfb), WebKitGTK's WebDriver (WebKitWebDriver, which starts
 * a MiniBrowser per session) and a `vite preview` of the build made by `npm run test:e2e`, each on a free display or
 * port. All three are stopped afterwards, also when a test fails or the run is interrupted.
 */

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where WebKitWebDriver listens, e.g. http://127.0.0.1:40123 */
		webdriverUrl: string;
		/** The app under test, e.g. http://127.0.0.1:4191 */
		baseUrl: string;
	}
}

/** The app's port: WEBKIT_PORT, else 4191 (Playwright's server uses E2E_PORT, 4180 on CI). */
const APP_PORT = Number(process.env.WEBKIT_PORT ?? 4191);
const START_TIMEOUT_MS = 60_000;

const started: ChildProcess[] = [];
let stopping = false;

/** Stops a child and everything it started (it leads its own process group: MiniBrowser, WebKit's processes). */
function stop(child: ChildProcess): void {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, 'SIGTERM');
	} catch {
		// Already gone.
	}
}

function stopAll(): void {
	stopping = true;
	for (const child of started.splice(0).reverse()) stop(child);
}

function launch(command: string, args: string[], env: NodeJS.ProcessEnv, stdio: ('ignore' | 'pipe')[]): ChildProcess {
	const child = spawn(command, args, { env, stdio, detached: true });
	started.push(child);
	let output = '';
	for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
	child.on('exit', (code, signal) => {
		if (code && !signal && !stopping) console.error(`${command} stopped with exit code ${code}:\n${output}`);
	});
	return child;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
		});
	});
}

async function waitForHttp(url: string, what: string, child: ChildProcess): Promise<void> {
	const deadline = Date.now() + START_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`${what} stopped before it answered at ${url}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`${what} did not answer at ${url} within ${START_TIMEOUT_MS / 1000} s`);
}

/** Starts Xvfb on the first free display; Xvfb writes the display number it took to fd 3. */
function startXvfb(): Promise<string> {
	const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
		stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
		detached: true
	});
	started.push(xvfb);
	return new Promise((resolve, reject) => {
		let written = '';
		let errors = '';
		const timer = setTimeout(() => reject(new Error(`Xvfb gave no display within ${START_TIMEOUT_MS / 1000} s: ${errors}`)), START_TIMEOUT_MS);
		xvfb.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
		xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
			written += chunk.toString();
			if (written.includes('\n')) {
				clearTimeout(timer);
				resolve(`:${written.trim()}`);
			}
		});
		xvfb.on('error', (error) => reject(error));
		xvfb.on('exit', (code) => reject(new Error(`Xvfb stopped (exit code ${code}): ${errors}`)));
	});
}

export default async function setup(project: TestProject): Promise<() => void> {
	for (const [tool, apt] of [
		['/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
		['/usr/bin/Xvfb', 'xvfb']
	] as const) {
		if (!existsSync(tool))
			throw new Error(`${tool} not found. The WebKit tests drive Debian's WebKitGTK: "sudo apt-get install -y ${apt}" (.ci/run does so).`);
	}
	if (!existsSync('build/index.html')) throw new Error('No build found: run "VITE_COLLECT_PAGE_ERRORS=1 npx vite build" first (npm run test:e2e does).');
	// An interrupted run (Ctrl-C) stops the servers too.
	process.once('SIGINT', stopAll);
	process.once('SIGTERM', stopAll);
	try {
		const display = await startXvfb();
		const driverPort = await freePort();
		const driver = launch('WebKitWebDriver', [`--port=${driverPort}`], { ...process.env, DISPLAY: display }, ['ignore', 'pipe', 'pipe']);
		const preview = launch(
			process.execPath,
			['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(APP_PORT)],
			process.env,
			['ignore', 'pipe', 'pipe']
		);
		const webdriverUrl = `http://127.0.0.1:${driverPort}`;
		const baseUrl = `http://127.0.0.1:${APP_PORT}`;
		await Promise.all([waitForHttp(`${webdriverUrl}/status`, 'WebKitWebDriver', driver), waitForHttp(baseUrl, 'vite preview', preview)]);
		project.provide('webdriverUrl', webdriverUrl);
		project.provide('baseUrl', baseUrl);
	} catch (error) {
		stopAll();
		throw error;
	}
	return stopAll;
}
