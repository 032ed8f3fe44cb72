// Benchmark runner: finds every bench/**/*.bench.ts, bundles each with esbuild (Node, ESM, packages external,
// `$lib` → src/lib, `$rubrics` → rubrics, Vite's import.meta.glob expanded) into bench/output/, runs them one after
// another in a child process and streams what they print. Browser benches (those using bench/lib/build-dir.ts) get a build of
// the app: BUILD_DIR if set, else build-bench/, built first with `vite build` when it is missing or older than the
// sources. Exits non-zero only when a bench crashes; timings are reported, never judged here.
//   npm run bench                 all benches
//   npm run bench -- --only NAME  only benches whose path contains NAME (may be repeated)
//   npm run bench -- --timeout S  stop a bench that runs longer than S seconds (default 600) and count it as crashed
//   npm run bench -- --no-build   use the build as it is, even when older than the sources
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const outDir = join(benchDir, 'output');

const DEFAULT_TIMEOUT_SECONDS = 600;
/** After SIGTERM, how long a bench gets to close its browser before it is killed. */
const KILL_GRACE_MS = 5_000;
/** Where browser benches find the app when BUILD_DIR is not set; its own kit folder keeps other builds untouched. */
const DEFAULT_BUILD_DIR = 'build-bench';
const DEFAULT_KIT_OUT_DIR = '.svelte-kit-bench';
/** A bench that asks for the build (bench/lib/build-dir.ts) or reads BUILD_DIR itself runs against a build of the app. */
const NEEDS_BUILD = /\bappBuildDir\b|\bprocess\.env\.BUILD_DIR\b/;
/** What the build is made of: newer files here make a build out of date. */
const BUILD_INPUTS = ['src', 'rubrics', 'static', 'vite.config.ts', 'svelte.config.js', 'package-lock.json'];
/** How many lines of a failed build's output are shown. */
const BUILD_LOG_TAIL = 25;

function parseArgs(argv) {
	const only = [];
	let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
	let build = true;
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
		else if (arg === '--no-build') build = false;
		else throw new Error(`unknown argument ${arg} (use --only NAME, --timeout SECONDS, --no-build)`);
	}
	return { only, timeoutSeconds, build };
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
 * Runs a Node script in its own process group, so one that hangs can be stopped together with any browser it
 * started. Streams its output, or collects it in `output` when `capture` is set. Resolves with 0 on success, or a
 * description of how it failed.
 */
function run(file, args, { timeoutSeconds, env = process.env, capture } = {}) {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [file, ...args], { cwd: root, env, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: true });
		if (capture) {
			child.stdout.on('data', (chunk) => capture.push(chunk));
			child.stderr.on('data', (chunk) => capture.push(chunk));
		}
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

/** The newest modification time (ms) of a file or of any file below a folder; 0 when it does not exist. */
function newestChange(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
	return newest;
}

/**
 * Makes sure the browser benches have a build of the current sources: builds one with `vite build` into `buildDir`
 * (with its own kit folder) when there is none, or when a source is newer than it (unless `allowed` is false).
 * Returns whether a usable build exists.
 */
async function ensureBuild(buildDir, allowed, timeoutSeconds) {
	const index = join(buildDir, 'index.html');
	const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
	const changedAt = Math.max(...BUILD_INPUTS.map((input) => newestChange(join(root, input))));
	const shown = relative(root, buildDir) || buildDir;
	if (builtAt > 0 && (builtAt >= changedAt || !allowed)) {
		const stale = builtAt < changedAt ? ' — older than the sources (--no-build)' : '';
		console.log(`Browser benches use the build in ${shown}/ (${new Date(builtAt).toLocaleString('nl-BE')})${stale}.`);
		return true;
	}
	if (!allowed) {
		console.error(`✗ no build in ${shown}/ and --no-build given`);
		return false;
	}
	const kitOutDir = process.env.KIT_OUT_DIR ?? (basename(buildDir) === DEFAULT_BUILD_DIR ? DEFAULT_KIT_OUT_DIR : `.svelte-kit-${basename(buildDir)}`);
	console.log(`Building the app for the browser benches: ${shown}/ (${builtAt ? 'sources changed since the last build' : 'no build yet'}) …`);
	const output = [];
	const start = performance.now();
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	// tsconfig.json extends .svelte-kit/tsconfig.json, which a fresh clone does not have and a build into another
	// kit folder does not write: without it Vite cannot transform the rubric check and the build stops.
	if (!existsSync(join(root, '.svelte-kit', 'tsconfig.json'))) {
		const synced = await run(join(root, 'node_modules', '@sveltejs', 'kit', 'svelte-kit.js'), ['sync'], { timeoutSeconds, capture: output });
		if (synced !== 0) output.push(Buffer.from(`svelte-kit sync failed (${synced})\n`));
	}
	const result = await run(vite, ['build', '--logLevel', 'warn'], {
		timeoutSeconds,
		env: { ...process.env, BUILD_DIR: buildDir, KIT_OUT_DIR: kitOutDir },
		capture: output
	});
	if (result === 0 && existsSync(index)) {
		console.log(`Built in ${((performance.now() - start) / 1000).toFixed(1)} s.`);
		return true;
	}
	const lines = Buffer.concat(output).toString('utf8').trimEnd().split('\n');
	console.error(lines.slice(-BUILD_LOG_TAIL).join('\n'));
	console.error(`✗ vite build failed (${result})`);
	if (existsSync(index)) {
		console.error(`Browser benches use the previous build in ${shown}/ (${new Date(statSync(index).mtimeMs).toLocaleString('nl-BE')}).`);
		return true;
	}
	return false;
}

/** Vite's `import.meta.glob('/dir/*.ext', { import?, eager? })` for the Node bundles: one literal pattern, `*` in file names only. */
const GLOB_CALL = /import\.meta\.glob(?:<[^>()]*>)?\(\s*(['"])([^'"]+)\1\s*(?:,\s*\{([^{}]*)\})?\s*\)/g;

function globToRegExp(pattern) {
	return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
}

function expandGlobs(source, importer) {
	const hoisted = [];
	let count = 0;
	const code = source.replace(GLOB_CALL, (call, _quote, pattern, options = '') => {
		const folderPart = pattern.slice(0, pattern.lastIndexOf('/') + 1);
		const filePart = pattern.slice(folderPart.length);
		if (/[*?{[]/.test(folderPart)) throw new Error(`${relative(root, importer)}: import.meta.glob('${pattern}') with a wildcard in a folder is not supported by the bench bundler`);
		const folder = pattern.startsWith('/') ? join(root, folderPart) : resolve(dirname(importer), folderPart);
		const importName = /\bimport\s*:\s*(['"])(\w+)\1/.exec(options)?.[2];
		const eager = /\beager\s*:\s*true\b/.test(options);
		const matcher = globToRegExp(filePart);
		const files = existsSync(folder) ? readdirSync(folder).filter((f) => matcher.test(f)).sort() : [];
		const entries = files.map((f) => {
			const key = JSON.stringify(folderPart + f);
			const target = JSON.stringify(join(folder, f));
			if (eager) {
				const local = `__benchGlob${count++}`;
				hoisted.push(`import * as ${local} from ${target};`);
				return `${key}: ${importName ? `${local}[${JSON.stringify(importName)}]` : local}`;
			}
			return `${key}: () => import(${target})${importName ? `.then((m) => m[${JSON.stringify(importName)}])` : ''}`;
		});
		return `({ ${entries.join(', ')} })`;
	});
	return hoisted.length ? `${hoisted.join('\n')}\n${code}` : code;
}

const viteGlobPlugin = {
	name: 'vite-import-glob',
	setup(build) {
		build.onLoad({ filter: /\.(ts|js|mjs)$/ }, (args) => {
			if (args.path.includes('node_modules')) return undefined;
			const source = readFileSync(args.path, 'utf8');
			if (!source.includes('import.meta.glob')) return undefined;
			return { contents: expandGlobs(source, args.path), loader: args.path.endsWith('.ts') ? 'ts' : 'js', resolveDir: dirname(args.path) };
		});
	}
};

/** The machine's load as `uptime` shows it: on a shared machine every figure includes waiting for a core. */
function machineLoad() {
	return `load average ${loadavg().map((l) => l.toFixed(2)).join(', ')} on ${availableParallelism()} cores`;
}

async function main() {
	const { only, timeoutSeconds, build } = parseArgs(process.argv.slice(2));
	console.log(`Machine at the start: ${machineLoad()}.`);
	const benches = findBenches(benchDir).filter((file) => only.length === 0 || only.some((name) => relative(benchDir, file).includes(name)));
	if (benches.length === 0) {
		console.error(only.length ? `no bench matches ${only.join(', ')}` : 'no bench/**/*.bench.ts found');
		return 1;
	}
	const buildDir = resolve(root, process.env.BUILD_DIR ?? DEFAULT_BUILD_DIR);
	const needsBuild = new Set(benches.filter((file) => NEEDS_BUILD.test(readFileSync(file, 'utf8'))));
	const hasBuild = needsBuild.size > 0 && (await ensureBuild(buildDir, build, timeoutSeconds));
	const env = { ...process.env, BUILD_DIR: buildDir };
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
				alias: { $lib: join(root, 'src/lib'), $rubrics: join(root, 'rubrics') },
				plugins: [viteGlobPlugin],
				outfile,
				logLevel: 'silent'
			});
		} catch (error) {
			console.error(`✗ ${name}: could not be bundled: ${String(error?.message ?? error).split('\n')[0]}`);
			failures.push(name);
			continue;
		}
		if (needsBuild.has(file) && !hasBuild) {
			console.error(`✗ ${name}: no build of the app to run against`);
			failures.push(name);
			continue;
		}
		const result = await run(outfile, [], { timeoutSeconds, env });
		if (result !== 0) {
			console.error(`✗ ${name} crashed (${result})`);
			failures.push(name);
		}
	}
	console.log(failures.length ? `\n${failures.length} bench(es) crashed: ${failures.join(', ')}` : `\n${benches.length} bench(es) ran.`);
	console.log(`Machine at the end: ${machineLoad()}.`);
	return failures.length ? 1 : 0;
}

main().then(
	(code) => (process.exitCode = code),
	(error) => {
		console.error(`bench: ${String(error?.message ?? error).split('\n')[0]}`);
		process.exitCode = 1;
	}
);
