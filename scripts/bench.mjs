// Benchmark runner: finds every bench/**/*.bench.ts, bundles each with esbuild (Node, ESM, packages external,
// `$lib` → src/lib) into bench/output/, runs them one after another in a child process and streams what they print.
// Exits non-zero only when a bench crashes; timings are reported, never judged here.
//   npm run bench                 all benches
//   npm run bench -- --only NAME  only benches whose path contains NAME (may be repeated)
//   npm run bench -- --timeout S  stop a bench that runs longer than S seconds (default 600) and count it as crashed
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const outDir = join(benchDir, 'output');

const DEFAULT_TIMEOUT_SECONDS = 600;
/** After SIGTERM, how long a bench gets to close its browser before it is killed. */
const KILL_GRACE_MS = 5_000;

function parseArgs(argv) {
	const only = [];
	let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--timeout' || arg.startsWith('--timeout=')) {
			const value = Number(arg === '--timeout' ? argv[++i] : arg.slice('--timeout='.length));
			if (!(value > 0)) throw new Error('--timeout needs a number of seconds');
			timeoutSeconds = value;
		} else if (arg === '--only') {
			const name = argv[++i];
			if (!name) throw new Error('--only needs a name');
			only.push(name);
		} else if (arg.startsWith('--only=')) only.push(arg.slice('--only='.length));
		else throw new Error(`unknown argument ${arg} (use --only NAME, --timeout SECONDS)`);
	}
	return { only, timeoutSeconds };
}

function findBenches(dir) {
	const found = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (path !== outDir && entry.name !== 'node_modules') found.push(...findBenches(path));
		} else if (entry.name.endsWith('.bench.ts')) found.push(path);
	}
	return found.sort();
}

/**
 * Runs one bundled bench in its own process group, so a bench that hangs can be stopped together with any browser
 * it started. Resolves with 0 on success, or a description of how it failed.
 */
function run(file, timeoutSeconds) {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [file], { cwd: root, stdio: 'inherit', detached: true });
		let timedOut = false;
		const stopGroup = (signal) => {
			try {
				process.kill(-child.pid, signal);
			} catch {
				// already gone
			}
		};
		const timer = setTimeout(() => {
			timedOut = true;
			stopGroup('SIGTERM');
			setTimeout(() => stopGroup('SIGKILL'), KILL_GRACE_MS).unref();
		}, timeoutSeconds * 1000);
		child.on('exit', (code, signal) => {
			clearTimeout(timer);
			if (timedOut) resolve(`stopped after ${timeoutSeconds} s`);
			else resolve(signal ? `signal ${signal}` : code);
		});
		child.on('error', (error) => {
			clearTimeout(timer);
			resolve(error.message);
		});
	});
}

async function main() {
	const { only, timeoutSeconds } = parseArgs(process.argv.slice(2));
	const benches = findBenches(benchDir).filter((file) => only.length === 0 || only.some((name) => relative(benchDir, file).includes(name)));
	if (benches.length === 0) {
		console.error(only.length ? `no bench matches ${only.join(', ')}` : 'no bench/**/*.bench.ts found');
		return 1;
	}
	const esbuild = await import('esbuild');
	mkdirSync(outDir, { recursive: true });
	const failures = [];
	for (const file of benches) {
		const name = relative(benchDir, file);
		const outfile = join(outDir, name.replace(/\.ts$/, '.mjs'));
		console.log(`\n▶ ${name}`);
		try {
			await esbuild.build({
				entryPoints: [file],
				bundle: true,
				platform: 'node',
				format: 'esm',
				target: 'node20',
				packages: 'external',
				alias: { $lib: join(root, 'src/lib') },
				outfile,
				logLevel: 'silent'
			});
		} catch (error) {
			console.error(`✗ ${name}: could not be bundled: ${String(error?.message ?? error).split('\n')[0]}`);
			failures.push(name);
			continue;
		}
		const result = await run(outfile, timeoutSeconds);
		if (result !== 0) {
			console.error(`✗ ${name} crashed (${result})`);
			failures.push(name);
		}
	}
	console.log(failures.length ? `\n${failures.length} bench(es) crashed: ${failures.join(', ')}` : `\n${benches.length} bench(es) ran.`);
	return failures.length ? 1 : 0;
}

main().then(
	(code) => (process.exitCode = code),
	(error) => {
		console.error(`bench: ${String(error?.message ?? error).split('\n')[0]}`);
		process.exitCode = 1;
	}
);
