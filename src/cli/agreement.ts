/**
 * Command-line inter-rater statistics:
 *   npm run --silent agreement -- FILE.csv --categories 1,2,3,4
 * Prints one JSON object (keys of the agreement spec; absent = does not apply, null = undefined with the reason in
 * `notes`); --uitleg adds Dutch readings; --bootstrap adds percentile intervals. Bad input: one line on stderr and a
 * non-zero exit code, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addBootstrapIntervals } from '../lib/engine/agreement/bootstrap-output';
import { computeAllAgreement } from '../lib/engine/agreement/compute-all';
import { decodeRatingsFile } from '../lib/engine/agreement/file-bytes';
import { readAgreementOutput } from '../lib/engine/agreement/interpret-output';
import { parseScale, type RatingScale } from '../lib/engine/agreement/rating-scale';
import { parseRatingsCsv, type RatingsReadOptions } from '../lib/engine/agreement/ratings-csv';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

const USAGE =
	'gebruik: npm run --silent agreement -- BESTAND.csv --categories 1,2,3,4 [--uitleg] [--long] [--id-column NAAM | --no-id-column] ' +
	'[--header | --no-header] [--bootstrap 10000 [--seed 20260101] [--cluster KOLOM]]';

export interface CliIo {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
}

const processIo: CliIo = {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text)
};

export interface CliArgs {
	readonly file: string;
	readonly scale: RatingScale;
	readonly explain: boolean;
	readonly read: RatingsReadOptions;
	readonly bootstrap: { readonly resamples: number; readonly seed: number | undefined } | null;
}

type Args = ({ ok: true } & CliArgs) | { ok: false; message: string; help?: boolean };

/** Options that take a value, as `--name value` or `--name=value`. */
const VALUED = ['--categories', '--id-column', '--cluster', '--bootstrap', '--seed'] as const;
type Valued = (typeof VALUED)[number];

export function parseArgs(argv: readonly string[]): Args {
	let file: string | undefined;
	const values: Partial<Record<Valued, string>> = {};
	let explain = false;
	let long = false;
	let noIdColumn = false;
	let header: 'auto' | 'present' | 'absent' = 'auto';
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const eq = arg.indexOf('=');
		const name = (eq > 0 ? arg.slice(0, eq) : arg) as Valued;
		if (arg === '--help' || arg === '-h') return { ok: false, message: USAGE, help: true };
		if (VALUED.includes(name)) {
			const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
			if (value === undefined) return { ok: false, message: `${name} mist een waarde; ${USAGE}` };
			values[name] = value;
		} else if (arg === '--uitleg' || arg === '--explain') explain = true;
		else if (arg === '--long') long = true;
		else if (arg === '--no-id-column') noIdColumn = true;
		else if (arg === '--header') header = 'present';
		else if (arg === '--no-header') header = 'absent';
		else if (arg.startsWith('-')) return { ok: false, message: `onbekende optie ${arg}; ${USAGE}` };
		else if (file === undefined) file = arg;
		else return { ok: false, message: `slechts één bestand tegelijk; ${USAGE}` };
	}
	if (file === undefined) return { ok: false, message: `geen bestand opgegeven; ${USAGE}` };
	if (values['--categories'] === undefined) return { ok: false, message: `geef de categorieën op met --categories, bv. 1,2,3,4; ${USAGE}` };
	const scale = parseScale(values['--categories']);
	if ('ok' in scale) return { ok: false, message: scale.reason };
	if (noIdColumn && values['--id-column'] !== undefined) return { ok: false, message: '--id-column en --no-id-column sluiten elkaar uit' };
	let bootstrap: CliArgs['bootstrap'] = null;
	if (values['--bootstrap'] !== undefined) {
		const resamples = wholeNumber(values['--bootstrap']);
		if (resamples === null || resamples < 100 || resamples > 1_000_000) return { ok: false, message: `--bootstrap: geef een aantal herhalingen tussen 100 en 1000000, bv. 10000` };
		let seed: number | undefined;
		if (values['--seed'] !== undefined) {
			const s = wholeNumber(values['--seed']);
			if (s === null || s > 0xffffffff) return { ok: false, message: '--seed: geef een geheel getal tussen 0 en 4294967295' };
			seed = s;
		}
		bootstrap = { resamples, seed };
	} else {
		for (const option of ['--seed', '--cluster'] as const) {
			if (values[option] !== undefined) return { ok: false, message: `${option} werkt alleen samen met --bootstrap N` };
		}
	}
	const read: RatingsReadOptions = {
		long,
		header,
		...(noIdColumn ? { idColumn: null } : values['--id-column'] !== undefined ? { idColumn: values['--id-column'] } : {}),
		...(values['--cluster'] !== undefined ? { cluster: values['--cluster'] } : {})
	};
	return { ok: true, file, scale, explain, read, bootstrap };
}

function wholeNumber(text: string): number | null {
	return /^\d{1,10}$/.test(text.trim()) ? Number(text.trim()) : null;
}

export async function main(argv: readonly string[], io: CliIo = processIo, cwd: string = process.cwd()): Promise<number> {
	try {
		const args = parseArgs(argv);
		if (!args.ok) {
			(args.help ? io.out : io.err)(`${args.message}\n`);
			return args.help ? EXIT_OK : EXIT_USAGE;
		}
		let bytes: Uint8Array;
		try {
			// Synchronous on purpose: one file, nothing else to do meanwhile, and no wait for the I/O thread pool.
			bytes = readFileSync(resolve(cwd, args.file));
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			const why = code === 'ENOENT' ? 'bestaat niet' : code === 'EISDIR' ? 'is een map' : 'kan niet gelezen worden';
			io.err(`fout: ${args.file} ${why}\n`);
			return EXIT_BAD_INPUT;
		}
		const decoded = decodeRatingsFile(bytes);
		if (!decoded.ok) {
			io.err(`fout in ${args.file}: ${decoded.reason}\n`);
			return EXIT_BAD_INPUT;
		}
		const parsed = parseRatingsCsv(decoded.text, args.scale, args.read);
		if (!parsed.ok) {
			io.err(`fout in ${args.file}: ${parsed.reason}\n`);
			return EXIT_BAD_INPUT;
		}
		if (parsed.matrix.unitCount === 0) {
			io.err(`fout in ${args.file}: geen enkele eenheid (alleen een kopregel)\n`);
			return EXIT_BAD_INPUT;
		}
		const out = computeAllAgreement(parsed.matrix);
		if (args.bootstrap) addBootstrapIntervals(out, parsed.matrix, { ...args.bootstrap, clusters: parsed.clusters });
		out.read_as = {
			format: parsed.readAs.format,
			delimiter: parsed.readAs.delimiter === '\t' ? 'tab' : parsed.readAs.delimiter,
			encoding: decoded.encoding,
			id_column: parsed.readAs.idColumn ?? '',
			decimal_comma: parsed.readAs.decimalComma ? 'ja' : 'nee',
			...(args.scale.words ? { levels: args.scale.words.map((w, k) => `${k + 1} = ${w}`).join(', ') } : {})
		};
		// --uitleg adds plain Dutch readings (Krippendorff, Landis & Koch, Koo & Li) and the kappa-paradox warning.
		const printed = args.explain ? { ...out, ...readAgreementOutput(out) } : out;
		io.out(`${JSON.stringify(printed, null, 2)}\n`);
		return EXIT_OK;
	} catch (error) {
		io.err(`fout: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
		return EXIT_BAD_INPUT;
	}
}
