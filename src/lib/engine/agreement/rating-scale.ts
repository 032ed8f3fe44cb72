import { readDelimitedText } from './delimited-text';
import { undefinedBecause, type Undefined } from './estimate';
import { categoryIndex, MISSING, normaliseCategories } from './ratings-matrix';

/**
 * The declared categories of a file: numbers (1,2,3,4) or level words in rank order
 * (onvoldoende,matig,goed,"zeer goed"), which stand for the ranks 1..q.
 */
export interface RatingScale {
	/** Sorted numeric categories; ranks 1..q for a scale of words. */
	readonly categories: readonly number[];
	/** The level words in rank order (lower case), or null for a numeric scale. */
	readonly words: readonly string[] | null;
}

export function numericScale(categories: readonly number[]): RatingScale | Undefined {
	const sorted = normaliseCategories(categories);
	if (!Array.isArray(sorted)) return sorted as Undefined;
	return { categories: sorted, words: null };
}

const normaliseWord = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-BE');

/** Reads `--categories`: all numbers, or all words (quoted when they hold a comma); never a mix. */
export function parseScale(spec: string): RatingScale | Undefined {
	const parsed = readDelimitedText(spec.includes('\n') ? spec.split(/\r?\n/)[0]! : spec);
	const parts = parsed.ok && parsed.rows.length > 0 ? parsed.rows[0]!.fields.map((p) => p.trim()) : [];
	if (parsed.ok && parsed.delimiter !== ',') return undefinedBecause('--categories: scheid de categorieën met komma\'s, bv. 1,2,3,4');
	const empty = parts.findIndex((p) => p === '');
	if (parts.length === 0 || empty >= 0) return undefinedBecause('--categories: lege categorie (verwacht bv. 1,2,3,4 of onvoldoende,matig,goed,"zeer goed")');
	const numbers = parts.map((p) => readNumber(p, false));
	if (numbers.every((x) => x !== null)) return numericScale(numbers as number[]);
	const firstNumber = numbers.findIndex((x) => x !== null);
	if (firstNumber >= 0) return undefinedBecause(`--categories: "${parts[firstNumber]}" is een getal tussen woorden; geef ofwel getallen ofwel woorden`);
	const words = parts.map(normaliseWord);
	const twice = words.find((w, j) => words.indexOf(w) !== j);
	if (twice !== undefined) return undefinedBecause(`--categories: "${twice}" staat er twee keer in`);
	if (words.length < 2) return undefinedBecause('declareer minstens twee categorieën');
	return { categories: words.map((_, j) => j + 1), words };
}

/** A number as people type it: `3`, ` 3 `, `3.0`; `3,5` too when the file's separator leaves the comma free. */
export function readNumber(text: string, decimalComma: boolean): number | null {
	let t = text.trim();
	if (t === '') return null;
	if (decimalComma && /^[+-]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
	const value = Number(t);
	return Number.isFinite(value) ? value : null;
}

/** Empty, `NA` (R) and `N/A` are a missing rating. */
export function isMissingText(text: string): boolean {
	const t = text.trim();
	return t === '' || /^(NA|N\/A)$/i.test(t);
}

export type ValueReader = (field: string) => number | Undefined;

/**
 * A function from a field to its category code (MISSING for a missing rating), or an Undefined whose reason has no
 * place yet (the caller adds line and column). Results are cached per distinct text: a ratings file repeats a
 * handful of values, so a large file costs one Map lookup per field.
 */
export function valueReader(scale: RatingScale, decimalComma: boolean): ValueReader {
	const cache = new Map<string, number | Undefined>();
	const { categories, words } = scale;
	const shown = words ? words.join(', ') : categories.join(',');
	const read = (field: string): number | Undefined => {
		if (isMissingText(field)) return MISSING;
		if (words) {
			const k = words.indexOf(normaliseWord(field));
			if (k >= 0) return k;
		}
		const value = readNumber(field, decimalComma);
		if (value === null) {
			return undefinedBecause(
				words
					? `"${clip(field.trim())}" is geen van de niveaus ${shown}`
					: `"${clip(field.trim())}" is geen getal (geef niveauwoorden op met --categories, bv. onvoldoende,matig,goed,"zeer goed")`
			);
		}
		const k = categoryIndex(categories, value);
		if (k < 0) return undefinedBecause(`waarde ${clip(field.trim())} valt buiten de categorieën ${shown}`);
		return k;
	};
	return (field) => {
		let result = cache.get(field);
		if (result === undefined) {
			result = read(field);
			cache.set(field, result);
		}
		return result;
	};
}

export function clip(text: string): string {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
