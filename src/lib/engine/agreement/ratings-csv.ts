import { formatCsv, parseCsv, scanCsv, type CsvRecord } from './csv';
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
	const header = readHeader(text);
	if (!header.ok) return header;
	if (header.names === null) return undefinedBecause('het bestand is leeg');
	const names = header.names.map((f) => f.trim());
	const isLong = names.length === 3 && names.every((name, j) => name.toLowerCase() === LONG_HEADER[j]);
	if (isLong) {
		const parsed = parseCsv(text);
		if (!parsed.ok) return parsed;
		return parseLong(parsed.records.slice(1), categories);
	}
	return parseWide(text, names, categories);
}

/** The first non-blank record's fields, or null for an empty file. */
function readHeader(text: string): { ok: true; names: string[] | null } | Undefined {
	let fields: string[] = [];
	let names: string[] | null = null;
	const stop = undefinedBecause('header read');
	const error = scanCsv(text, {
		field(source, start, end, unquoted) {
			fields.push(unquoted ?? source.slice(start, end));
		},
		endRecord(_line, _count, blank) {
			if (blank) {
				fields = [];
				return;
			}
			names = fields;
			return stop;
		}
	});
	if (error && error !== stop) return error;
	return { ok: true, names };
}

function parseValue(field: string, categories: readonly number[], where: string): number | Undefined {
	const trimmed = field.trim();
	if (trimmed === '') return MISSING;
	const value = Number(trimmed);
	if (!Number.isFinite(value)) {
		// R writes NA for a missing value; here a missing score is an empty field.
		const hint = /^(NA|NaN|null|-)$/i.test(trimmed) ? ' (laat een ontbrekende score leeg)' : '';
		return undefinedBecause(`${where}: "${clip(trimmed)}" is geen getal${hint}`);
	}
	const k = categoryIndex(categories, value);
	if (k < 0) return undefinedBecause(`${where}: waarde ${clip(trimmed)} valt buiten de categorieën ${categories.join(',')}`);
	return k;
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const SPACE = 32;

/**
 * The wide layout, streamed: values go straight into a growing Int8Array of category codes, so a 100,000-line file
 * is read without a string or an array per line. Plain integers are parsed from the char codes; anything else goes
 * through Number() like parseValue.
 */
function parseWide(text: string, names: string[], categories: readonly number[]): RatingsCsvResult {
	const m = names.length;
	if (m < 2) return undefinedBecause(`er zijn minstens twee beoordelaars (kolommen) nodig, gevonden: ${m}`);
	const duplicate = names.find((name, j) => name !== '' && names.indexOf(name) !== j);
	if (duplicate !== undefined) return undefinedBecause(`beoordelaar "${clip(duplicate)}" staat twee keer in de kopregel`);
	let codes = new Int8Array(Math.max(64, m * 1024));
	let units = 0;
	let column = 0;
	let inHeader = true;
	const error = scanCsv(text, {
		field(source, start, end, unquoted, currentLine) {
			if (inHeader) return;
			if (column >= m) {
				column++;
				return;
			}
			let code: number | Undefined;
			if (unquoted === null) {
				// Fast path: optional spaces, digits, optional spaces.
				let a = start;
				let b = end;
				while (a < b && source.charCodeAt(a) === SPACE) a++;
				while (b > a && source.charCodeAt(b - 1) === SPACE) b--;
				let value = 0;
				let digits = a < b && b - a <= 9;
				for (let x = a; digits && x < b; x++) {
					const c = source.charCodeAt(x);
					if (c < DIGIT_0 || c > DIGIT_9) digits = false;
					else value = value * 10 + (c - DIGIT_0);
				}
				if (a === b) code = MISSING;
				else if (digits) {
					code = categoryIndex(categories, value);
					if (code < 0) code = undefinedBecause(`regel ${currentLine}, kolom ${column + 1}: waarde ${value} valt buiten de categorieën ${categories.join(',')}`);
				} else code = parseValue(source.slice(start, end), categories, `regel ${currentLine}, kolom ${column + 1}`);
			} else {
				code = parseValue(unquoted, categories, `regel ${currentLine}, kolom ${column + 1}`);
			}
			if (typeof code !== 'number') return code;
			const at = units * m + column;
			if (at >= codes.length) {
				const grown = new Int8Array(codes.length * 2);
				grown.set(codes);
				codes = grown;
			}
			codes[at] = code;
			column++;
		},
		endRecord(line, fieldCount, blank) {
			if (blank) {
				column = 0;
				return;
			}
			if (inHeader) {
				inHeader = false;
				column = 0;
				return;
			}
			if (fieldCount !== m) return undefinedBecause(`regel ${line}: ${fieldCount} velden in plaats van ${m}`);
			units++;
			column = 0;
		}
	});
	if (error) return error;
	const raterNames = names.map((name, j) => name || `beoordelaar ${j + 1}`);
	const unitNames = Array.from({ length: units }, (_, u) => String(u + 1));
	return { ok: true, format: 'wide', unitNames, matrix: { unitCount: units, raterCount: m, categories, codes: codes.slice(0, units * m), raterNames } };
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
