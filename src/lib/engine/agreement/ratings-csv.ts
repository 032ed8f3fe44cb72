import { formatCsv, parseCsv, type CsvRecord } from './csv';
import { undefinedBecause, type Undefined } from './estimate';
import { categoryIndex, MISSING, normaliseCategories, type RatingsMatrix } from './ratings-matrix';

/** The header that marks the long format: one rating per line. */
export const LONG_HEADER = ['unit', 'rater', 'value'] as const;

export type RatingsCsvResult = { ok: true; matrix: RatingsMatrix; unitNames: string[]; format: 'wide' | 'long' } | Undefined;

/**
 * Reads ratings from CSV text. Two layouts:
 * - wide: a header row of rater names, then one unit per line, one column per rater, an empty field = missing;
 * - long: header `unit,rater,value`, one rating per line (units and raters in order of first appearance).
 * Refuses ragged rows, values that are not declared categories, duplicate ratings and fewer than 2 raters.
 */
export function parseRatingsCsv(text: string, declaredCategories: readonly number[]): RatingsCsvResult {
	const categories = normaliseCategories(declaredCategories);
	if (!Array.isArray(categories)) return categories as Undefined;
	const parsed = parseCsv(text);
	if (!parsed.ok) return parsed;
	const [header, ...records] = parsed.records;
	if (!header) return undefinedBecause('het bestand is leeg');
	const names = header.fields.map((f) => f.trim());
	const isLong = names.length === 3 && names.every((name, j) => name.toLowerCase() === LONG_HEADER[j]);
	return isLong ? parseLong(records, categories) : parseWide(names, records, categories);
}

function parseValue(field: string, categories: readonly number[], where: string): number | Undefined {
	const trimmed = field.trim();
	if (trimmed === '') return MISSING;
	const value = Number(trimmed);
	if (!Number.isFinite(value)) return undefinedBecause(`${where}: "${clip(trimmed)}" is geen getal`);
	const k = categoryIndex(categories, value);
	if (k < 0) return undefinedBecause(`${where}: waarde ${clip(trimmed)} valt buiten de categorieën ${categories.join(',')}`);
	return k;
}

function parseWide(names: string[], records: CsvRecord[], categories: readonly number[]): RatingsCsvResult {
	const m = names.length;
	if (m < 2) return undefinedBecause(`er zijn minstens twee beoordelaars (kolommen) nodig, gevonden: ${m}`);
	const duplicate = names.find((name, j) => name !== '' && names.indexOf(name) !== j);
	if (duplicate !== undefined) return undefinedBecause(`beoordelaar "${clip(duplicate)}" staat twee keer in de kopregel`);
	const codes = new Int8Array(records.length * m);
	for (let u = 0; u < records.length; u++) {
		const { fields, line } = records[u]!;
		if (fields.length !== m) return undefinedBecause(`regel ${line}: ${fields.length} velden in plaats van ${m}`);
		for (let r = 0; r < m; r++) {
			const k = parseValue(fields[r]!, categories, `regel ${line}, kolom ${r + 1}`);
			if (typeof k !== 'number') return k;
			codes[u * m + r] = k;
		}
	}
	const raterNames = names.map((name, j) => name || `beoordelaar ${j + 1}`);
	const unitNames = records.map((_, u) => String(u + 1));
	return { ok: true, format: 'wide', unitNames, matrix: { unitCount: records.length, raterCount: m, categories, codes, raterNames } };
}

function parseLong(records: CsvRecord[], categories: readonly number[]): RatingsCsvResult {
	const units = new Map<string, number>();
	const raters = new Map<string, number>();
	const cells: { unit: number; rater: number; code: number; line: number }[] = [];
	for (const { fields, line } of records) {
		if (fields.length !== 3) return undefinedBecause(`regel ${line}: ${fields.length} velden in plaats van 3 (unit,rater,value)`);
		const unitName = fields[0]!.trim();
		const raterName = fields[1]!.trim();
		if (unitName === '' || raterName === '') return undefinedBecause(`regel ${line}: eenheid en beoordelaar mogen niet leeg zijn`);
		const code = parseValue(fields[2]!, categories, `regel ${line}`);
		if (typeof code !== 'number') return code;
		if (!units.has(unitName)) units.set(unitName, units.size);
		if (!raters.has(raterName)) raters.set(raterName, raters.size);
		cells.push({ unit: units.get(unitName)!, rater: raters.get(raterName)!, code, line });
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
		matrix: { unitCount: units.size, raterCount: m, categories, codes, raterNames: [...raters.keys()] }
	};
}

/**
 * Wide CSV that the command-line tool reads back: a header of rater names, one unit per line, empty = missing.
 * The app's export and the CLI share this function so both agree on the format.
 */
export function formatRatingsCsv(raterNames: readonly string[], rows: readonly (readonly (number | null)[])[]): string {
	return formatCsv([raterNames, ...rows.map((row) => row.map((v) => (v === null ? '' : String(v))))]);
}

function clip(text: string): string {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
