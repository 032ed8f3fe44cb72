/**
 * Command-line inter-rater statistics:
 *   npm run --silent agreement -- FILE.csv --categories 1,2,3,4
 * Prints one JSON object (keys of the agreement spec; absent = does not apply, null = undefined with the reason in
 * `notes`); --uitleg adds Dutch readings. Bad input: one line on stderr and a non-zero exit code, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { computeAllAgreement } from '../lib/engine/agreement/compute-all';
import { readAgreementOutput } from '../lib/engine/agreement/interpret-output';
import { parseRatingsCsv } from '../lib/engine/agreement/ratings-csv';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

const USAGE = 'gebruik: npm run --silent agreement -- BESTAND.csv --categories 1,2,3,4 [--uitleg]';

export interface CliIo {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
}

const processIo: CliIo = {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text)
};

type Args = { ok: true; file: string; categories: number[]; explain: boolean } | { ok: false; message: string; help?: boolean };

export function parseArgs(argv: readonly string[]): Args {
	let file: string | undefined;
	let categoriesText: string | undefined;
	let explain = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--help' || arg === '-h') return { ok: false, message: USAGE, help: true };
		if (arg === '--uitleg' || arg === '--explain') {
			explain = true;
		} else if (arg === '--categories') {
			categoriesText = argv[++i];
			if (categoriesText === undefined) return { ok: false, message: `--categories mist een waarde; ${USAGE}` };
		} else if (arg.startsWith('--categories=')) {
			categoriesText = arg.slice('--categories='.length);
		} else if (arg.startsWith('-')) {
			return { ok: false, message: `onbekende optie ${arg}; ${USAGE}` };
		} else if (file === undefined) {
			file = arg;
		} else {
			return { ok: false, message: `slechts één bestand tegelijk; ${USAGE}` };
		}
	}
	if (file === undefined) return { ok: false, message: `geen bestand opgegeven; ${USAGE}` };
	if (categoriesText === undefined) return { ok: false, message: `geef de categorieën op met --categories, bv. 1,2,3,4; ${USAGE}` };
	const parts = categoriesText.split(',').map((s) => s.trim());
	const categories = parts.map(Number);
	const bad = parts.find((p, j) => p === '' || !Number.isFinite(categories[j]));
	if (bad !== undefined) return { ok: false, message: `--categories: "${bad}" is geen getal (verwacht bv. 1,2,3,4)` };
	return { ok: true, file, categories, explain };
}

export async function main(argv: readonly string[], io: CliIo = processIo, cwd: string = process.cwd()): Promise<number> {
	try {
		const args = parseArgs(argv);
		if (!args.ok) {
			(args.help ? io.out : io.err)(`${args.message}\n`);
			return args.help ? EXIT_OK : EXIT_USAGE;
		}
		let text: string;
		try {
			// Synchronous on purpose: one file, nothing else to do meanwhile, and no wait for the I/O thread pool.
			text = readFileSync(resolve(cwd, args.file), 'utf8');
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			const why = code === 'ENOENT' ? 'bestaat niet' : code === 'EISDIR' ? 'is een map' : 'kan niet gelezen worden';
			io.err(`fout: ${args.file} ${why}\n`);
			return EXIT_BAD_INPUT;
		}
		const parsed = parseRatingsCsv(text, args.categories);
		if (!parsed.ok) {
			io.err(`fout in ${args.file}: ${parsed.reason}\n`);
			return EXIT_BAD_INPUT;
		}
		if (parsed.matrix.unitCount === 0) {
			io.err(`fout in ${args.file}: geen enkele eenheid (alleen een kopregel)\n`);
			return EXIT_BAD_INPUT;
		}
		const out = computeAllAgreement(parsed.matrix);
		// --uitleg adds plain Dutch readings (Krippendorff, Landis & Koch, Koo & Li) and the kappa-paradox warning.
		const printed = args.explain ? { ...out, ...readAgreementOutput(out) } : out;
		io.out(`${JSON.stringify(printed, null, 2)}\n`);
		return EXIT_OK;
	} catch (error) {
		io.err(`fout: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
		return EXIT_BAD_INPUT;
	}
}
