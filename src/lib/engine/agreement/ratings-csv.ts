import { formatCsv } from '../export/csv';
import { readDelimitedText, type Delimiter, type DelimitedRow } from './delimited-text';
import { undefinedBecause, type Undefined } from './estimate';
import { clip, isMissingText, numericScale, readNumber, valueReader, type RatingScale, type ValueReader } from './rating-scale';
import { MISSING, type RatingsMatrix } from './ratings-matrix';

/** Header names (any case) that mark the long layout: one rating per line. */
export const LONG_COLUMNS = {
	unit: ['unit', 'eenheid', 'subject', 'item'],
	rater: ['rater', 'beoordelaar', 'assessor'],
	value: ['value', 'score', 'niveau', 'rating', 'waarde']
} as const;

/** First-column headers that may name a running number as well as a rater: such a numeric column is refused. */
const ID_LIKE_NAMES = new Set(['id', 'nr', 'nr.', 'no', 'nummer', 'volgnummer', 'regel', 'rij', 'row', 'unit', 'eenheid', 'subject', 'item', 'kandidaat', 'candidate']);

export interface RatingsReadOptions {
	/** `--long`: the file is one rating per line even if its header names are not recognised. */
	readonly long?: boolean;
	/** `--id-column NAME`: that column holds unit names; null (`--no-id-column`): no column does. */
	readonly idColumn?: string | null;
	/** `--header` / `--no-header`: the first line is (not) a header, also when it holds only numbers. */
	readonly header?: 'auto' | 'present' | 'absent';
	/** `--cluster COLUMN`: the column that says which cluster (candidate) each unit belongs to. */
	readonly cluster?: string;
}

export interface UnitClusters {
	readonly column: string;
	readonly names: readonly string[];
	/** Cluster index of each unit. */
	readonly ofUnit: Int32Array;
}

/** How the file was read, printed with the figures so a reader can check it. */
export interface ReadAs {
	readonly format: 'wide' | 'long';
	readonly delimiter: Delimiter;
	readonly idColumn: string | null;
	readonly decimalComma: boolean;
}

export type RatingsCsvResult =
	| { ok: true; matrix: RatingsMatrix; unitNames: string[]; format: 'wide' | 'long'; clusters: UnitClusters | null; readAs: ReadAs }
	| Undefined;

/**
 * Reads ratings from delimited text (see delimited-text.ts for separators, blank lines and stray columns). Two layouts:
 * - wide: a header row of rater names, one unit per line, one column per rater; a first column of unit names is
 *   recognised when it is not numeric or has an empty header (R's row names), or named with `--id-column`;
 * - long: columns for unit, rater and value found by name in Dutch or English; with `--long` and other names, the
 *   first three columns in that order; further columns are ignored unless `--cluster` names one.
 * Empty, NA and N/A are missing. A decimal comma is read where the separator is `;` or a tab. Whatever stays
 * ambiguous is refused with one sentence naming the option that settles it: read it right, or refuse.
 */
export function parseRatingsCsv(text: string, scaleOrCategories: RatingScale | readonly number[], options: RatingsReadOptions = {}): RatingsCsvResult {
	const scale = Array.isArray(scaleOrCategories) ? numericScale(scaleOrCategories as readonly number[]) : (scaleOrCategories as RatingScale | Undefined);
	if ('ok' in scale) return scale;
	const table = readDelimitedText(text);
	if (!table.ok) return table;
	if (table.rows.length === 0) return undefinedBecause('het bestand is leeg');
	const decimalComma = table.delimiter !== ',';
	const read = valueReader(scale, decimalComma);
	const headerMode = options.header ?? 'auto';
	const rows = table.rows;
	const header = headerMode === 'absent' ? null : rows[0]!.fields.map((f) => f.trim());
	const data = headerMode === 'absent' ? rows : rows.slice(1);
	if (header && headerMode === 'auto') {
		const filled = header.filter((h, j) => h !== '' && !(j === 0 && options.idColumn !== undefined));
		if (filled.length > 0 && filled.every((h) => readNumber(h, decimalComma) !== null)) {
			return undefinedBecause(
				`regel ${rows[0]!.line} bestaat uit getallen (${clip(header.join(table.delimiter === '\t' ? ' ' : table.delimiter))}): gebruik --header als dat de namen van de beoordelaars zijn, of --no-header als het bestand geen kopregel heeft`
			);
		}
	}
	const context: ReadContext = { scale, read, delimiter: table.delimiter, decimalComma };
	if (header) {
		const found = findLongColumns(header);
		const matched = (['unit', 'rater', 'value'] as const).filter((g) => found[g] !== null);
		if (options.long || matched.length === 3) return parseLong(header, data, found, options, context);
		if (matched.length === 2) {
			const missing = (['unit', 'rater', 'value'] as const).find((g) => found[g] === null)!;
			return undefinedBecause(
				`de kopregel lijkt op het lange formaat maar een kolom voor ${LONG_WHAT[missing]} ontbreekt (${LONG_COLUMNS[missing].join('/')}); hernoem die kolom, of gebruik --long als de eerste drie kolommen eenheid, beoordelaar en score zijn`
			);
		}
	}
	return parseWide(header, data, options, context);
}

const LONG_WHAT = { unit: 'de eenheid', rater: 'de beoordelaar', value: 'de score' } as const;

interface ReadContext {
	readonly scale: RatingScale;
	readonly read: ValueReader;
	readonly delimiter: Delimiter;
	readonly decimalComma: boolean;
}

type LongColumns = { unit: number | null; rater: number | null; value: number | null; duplicate: string | null };

function findLongColumns(header: readonly string[]): LongColumns {
	const found: LongColumns = { unit: null, rater: null, value: null, duplicate: null };
	header.forEach((name, j) => {
		const lower = name.toLowerCase();
		for (const group of ['unit', 'rater', 'value'] as const) {
			if (!(LONG_COLUMNS[group] as readonly string[]).includes(lower)) continue;
			if (found[group] !== null) found.duplicate = `${header[found[group]!]} en ${name}`;
			else found[group] = j;
		}
	});
	return found;
}

function columnIndex(header: readonly string[] | null, name: string, option: string): number | Undefined {
	const wanted = name.trim().toLowerCase();
	const j = header ? header.findIndex((h) => h.toLowerCase() === wanted) : -1;
	if (j < 0) return undefinedBecause(`${option} ${clip(name)}: die kolom staat niet in de kopregel${header ? ` (${clip(header.join(', '))})` : ''}`);
	return j;
}

function parseWide(header: readonly string[] | null, data: readonly DelimitedRow[], options: RatingsReadOptions, context: ReadContext): RatingsCsvResult {
	const width = header ? header.length : Math.max(0, ...data.map((r) => r.fields.length));
	const names = header ?? Array.from({ length: width }, (_, j) => `beoordelaar ${j + 1}`);
	let clusterColumn: number | null = null;
	if (options.cluster !== undefined) {
		const j = columnIndex(header, options.cluster, '--cluster');
		if (typeof j !== 'number') return j;
		clusterColumn = j;
	}
	const id = idColumnOf(names, data, options, context, clusterColumn);
	if (typeof id !== 'number' && id !== null) return id;
	const raterColumns = names.map((_, j) => j).filter((j) => j !== id && j !== clusterColumn);
	const m = raterColumns.length;
	if (m < 2) return undefinedBecause(`er zijn minstens twee beoordelaars (kolommen) nodig, gevonden: ${m}`);
	const raterNames = raterColumns.map((j) => names[j] || `beoordelaar ${j + 1}`);
	const duplicate = raterNames.find((name, j) => raterNames.indexOf(name) !== j);
	if (duplicate !== undefined) return undefinedBecause(`beoordelaar "${clip(duplicate)}" staat twee keer in de kopregel`);
	const codes = new Int8Array(data.length * m);
	const unitNames: string[] = [];
	const clusters = clusterColumn === null ? null : new ClusterIndex(names[clusterColumn]!);
	for (let u = 0; u < data.length; u++) {
		const { fields, line } = data[u]!;
		if (fields.length !== width) return undefinedBecause(`regel ${line}: ${fields.length} velden in plaats van ${width}`);
		for (let r = 0; r < m; r++) {
			const j = raterColumns[r]!;
			const code = context.read(fields[j]!);
			if (typeof code !== 'number') return undefinedBecause(`regel ${line}, kolom ${j + 1} (${clip(names[j] || String(j + 1))}): ${code.reason}`);
			codes[u * m + r] = code;
		}
		unitNames.push(id === null ? String(u + 1) : fields[id]!.trim());
		if (clusters) {
			const error = clusters.add(u, fields[clusterColumn!]!.trim(), line);
			if (error) return error;
		}
	}
	return {
		ok: true,
		format: 'wide',
		unitNames,
		clusters: clusters?.result(data.length) ?? null,
		readAs: { format: 'wide', delimiter: context.delimiter, idColumn: id === null ? null : names[id] || '(zonder naam)', decimalComma: context.decimalComma },
		matrix: { unitCount: data.length, raterCount: m, categories: context.scale.categories, codes, raterNames }
	};
}

/**
 * Which column holds unit names, if any: the one `--id-column` names; else the first column when its header is
 * empty (R's `write.csv` row names) or none of its values is a rating. A numeric first column under a header such
 * as "id" could be either: refused, naming both options.
 */
function idColumnOf(names: readonly string[], data: readonly DelimitedRow[], options: RatingsReadOptions, context: ReadContext, clusterColumn: number | null): number | null | Undefined {
	if (options.idColumn === null) return null;
	if (options.idColumn !== undefined) return columnIndex(names, options.idColumn, '--id-column');
	if (names.length < 3 || clusterColumn === 0) return null;
	if (names[0] === '') return 0;
	const values = data.map((row) => row.fields[0] ?? '');
	const ratings = values.filter((v) => !isMissingText(v) && typeof context.read(v) === 'number').length;
	const missing = values.filter((v) => isMissingText(v)).length;
	if (values.length > 0 && ratings === 0 && missing === 0) return 0;
	if (ID_LIKE_NAMES.has(names[0]!.toLowerCase()) && missing < values.length) {
		return undefinedBecause(
			`kolom "${clip(names[0]!)}" kan een beoordelaar zijn of de nummers van de eenheden: gebruik --id-column ${names[0]} voor nummers, of --no-id-column voor een beoordelaar`
		);
	}
	return null;
}

class ClusterIndex {
	private readonly index = new Map<string, number>();
	private readonly ofUnit: number[] = [];
	constructor(private readonly column: string) {}
	add(unit: number, name: string, line: number): Undefined | null {
		if (name === '') return undefinedBecause(`regel ${line}: kolom ${clip(this.column)} is leeg`);
		let c = this.index.get(name);
		if (c === undefined) {
			c = this.index.size;
			this.index.set(name, c);
		}
		const before = this.ofUnit[unit];
		if (before !== undefined && before !== c) {
			const previous = [...this.index.keys()][before]!;
			return undefinedBecause(`regel ${line}: deze eenheid staat al bij ${clip(this.column)} "${clip(previous)}", hier bij "${clip(name)}"`);
		}
		this.ofUnit[unit] = c;
		return null;
	}
	result(units: number): UnitClusters {
		return { column: this.column, names: [...this.index.keys()], ofUnit: Int32Array.from({ length: units }, (_, u) => this.ofUnit[u] ?? -1) };
	}
}

function parseLong(header: readonly string[], data: readonly DelimitedRow[], found: LongColumns, options: RatingsReadOptions, context: ReadContext): RatingsCsvResult {
	if (found.duplicate) return undefinedBecause(`de kolommen ${found.duplicate} kunnen allebei dezelfde rol hebben; hernoem er één`);
	const named = found.unit !== null && found.rater !== null && found.value !== null;
	// `--long` with header names it does not know: the first three columns are unit, rater and value, in that order.
	if (!named && header.length < 3) return undefinedBecause(`--long vraagt minstens drie kolommen (eenheid, beoordelaar, score), gevonden: ${header.length}`);
	const [ju, jr, jv] = named ? [found.unit!, found.rater!, found.value!] : [0, 1, 2];
	let jc: number | null = null;
	if (options.cluster !== undefined) {
		const j = columnIndex(header, options.cluster, '--cluster');
		if (typeof j !== 'number') return j;
		jc = j;
	}
	const units = new Map<string, number>();
	const raters = new Map<string, number>();
	const cells: { unit: number; rater: number; code: number; line: number }[] = [];
	const clusters = jc === null ? null : new ClusterIndex(header[jc]!);
	for (const { fields, line } of data) {
		if (fields.length !== header.length) return undefinedBecause(`regel ${line}: ${fields.length} velden in plaats van ${header.length} (${clip(header.join(','))})`);
		const unitName = fields[ju]!.trim();
		const raterName = fields[jr]!.trim();
		if (unitName === '' || raterName === '') return undefinedBecause(`regel ${line}: ${header[ju]} en ${header[jr]} mogen niet leeg zijn`);
		const code = context.read(fields[jv]!);
		if (typeof code !== 'number') return undefinedBecause(`regel ${line}: ${code.reason}`);
		if (!units.has(unitName)) units.set(unitName, units.size);
		if (!raters.has(raterName)) raters.set(raterName, raters.size);
		const unit = units.get(unitName)!;
		if (clusters) {
			const error = clusters.add(unit, fields[jc!]!.trim(), line);
			if (error) return error;
		}
		if (code !== MISSING) cells.push({ unit, rater: raters.get(raterName)!, code, line });
	}
	const m = raters.size;
	if (m < 2) return undefinedBecause(`er zijn minstens twee beoordelaars nodig, gevonden: ${m}`);
	const codes = new Int8Array(units.size * m).fill(MISSING);
	const seen = new Uint8Array(units.size * m);
	for (const cell of cells) {
		const at = cell.unit * m + cell.rater;
		if (seen[at] === 1) return undefinedBecause(`regel ${cell.line}: dezelfde beoordelaar beoordeelt deze eenheid een tweede keer`);
		seen[at] = 1;
		codes[at] = cell.code;
	}
	return {
		ok: true,
		format: 'long',
		unitNames: [...units.keys()],
		clusters: clusters?.result(units.size) ?? null,
		readAs: { format: 'long', delimiter: context.delimiter, idColumn: null, decimalComma: context.decimalComma },
		matrix: { unitCount: units.size, raterCount: m, categories: context.scale.categories, codes, raterNames: [...raters.keys()] }
	};
}

/**
 * Wide CSV that the command-line tool reads back: a header of rater names, one unit per line, empty = missing.
 * The app's export writes the same dialect (export/csv.ts, `r-python`), so both agree on the format.
 */
export function formatRatingsCsv(raterNames: readonly string[], rows: readonly (readonly (number | null)[])[]): string {
	return formatCsv([raterNames, ...rows.map((row) => row.map((v) => (v === null ? undefined : v)))], 'r-python');
}
