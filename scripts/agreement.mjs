// Runs the agreement command-line tool. The TypeScript sources are bundled with esbuild into
// node_modules/.cache/wakker-cli/ only when one of the bundle's inputs is newer than the bundle (cheap mtime check
// against the input list esbuild reported last time), so repeated runs start in tens of milliseconds.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/cli/agreement.ts');
const outfile = join(root, 'node_modules/.cache/wakker-cli/agreement.mjs');
const inputsFile = `${outfile}.inputs.json`;

function isFresh() {
	try {
		const built = statSync(outfile).mtimeMs;
		const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
		return inputs.every((input) => statSync(join(root, input)).mtimeMs <= built);
	} catch {
		return false;
	}
}

async function build() {
	const esbuild = await import('esbuild');
	mkdirSync(dirname(outfile), { recursive: true });
	// Build to a private file and rename, so a run in parallel never imports a half-written bundle.
	const temporary = `${outfile}.${process.pid}.tmp.mjs`;
	const result = await esbuild.build({
		entryPoints: [entry],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		outfile: temporary,
		metafile: true,
		absWorkingDir: root,
		logLevel: 'silent',
		alias: { $lib: join(root, 'src/lib') }
	});
	const inputs = Object.keys(result.metafile.inputs);
	writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(inputs));
	renameSync(temporary, outfile);
	renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
}

try {
	if (!isFresh()) await build();
	const { main } = await import(pathToFileURL(outfile).href);
	// `npm run agreement` runs in the package folder; a relative file name means the folder the user typed it in.
	const userCwd = process.env.npm_lifecycle_event === 'agreement' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
	process.exitCode = await main(process.argv.slice(2), undefined, userCwd);
} catch (error) {
	process.stderr.write(`fout: het rekenprogramma kon niet starten (${String(error?.message ?? error).split('\n')[0]})\n`);
	process.exitCode = 1;
}
