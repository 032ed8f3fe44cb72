import type { NoteCoachLexicon } from '../rubric/note-coach.schema';

/** One word or phrase in a note that interprets instead of describes, with the coach's suggestion. */
export interface NoteCoachMark {
	/** Offsets in the original text (UTF-16, as `String.prototype.slice` uses them). */
	start: number;
	end: number;
	/** The text as typed. */
	text: string;
	/** The lexicon term that matched, as written in the lexicon (e.g. "ongemotiveerd*"). */
	term: string;
	categoryId: string;
	label: string;
	suggestion: string;
}

interface Token {
	/** Folded form: lower case, without diacritics. */
	key: string;
	start: number;
	end: number;
}

interface CompiledTerm {
	term: string;
	categoryId: string;
	label: string;
	suggestion: string;
	/** Folded words of the term; the last may be a prefix (`*`). */
	words: string[];
	lastIsPrefix: boolean;
}

interface CompiledLexicon {
	/** Terms indexed by their first word when that word is exact. */
	byFirstWord: Map<string, CompiledTerm[]>;
	/** Single-word prefix terms and multi-word terms whose first word is a prefix. */
	prefixTerms: CompiledTerm[];
}

/** Letters (any script, incl. é ë ï ó), digits, and an apostrophe inside a word ("zo'n", "auto's"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Folds a word for comparison: NFD, combining marks removed, lower case. So "Geïrriteerd",
 * "geirriteerd" and "GEÏRRITEERD" are the same word, as Dutch writers drop the trema often.
 */
export function foldWord(word: string): string {
	return word.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase('nl').replace(/’/g, "'");
}

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const m of text.matchAll(WORD)) tokens.push({ key: foldWord(m[0]), start: m.index, end: m.index + m[0].length });
	return tokens;
}

const cache = new WeakMap<NoteCoachLexicon, CompiledLexicon>();

function compile(lexicon: NoteCoachLexicon): CompiledLexicon {
	const cached = cache.get(lexicon);
	if (cached) return cached;
	const byFirstWord = new Map<string, CompiledTerm[]>();
	const prefixTerms: CompiledTerm[] = [];
	for (const category of lexicon.categories) {
		for (const term of category.terms) {
			const trimmed = term.trim();
			const lastIsPrefix = trimmed.endsWith('*');
			const words = tokenize(lastIsPrefix ? trimmed.slice(0, -1) : trimmed).map((t) => t.key);
			if (words.length === 0) continue;
			const compiled: CompiledTerm = { term: trimmed, categoryId: category.id, label: category.label, suggestion: category.suggestion, words, lastIsPrefix };
			if (lastIsPrefix && words.length === 1) prefixTerms.push(compiled);
			else {
				const list = byFirstWord.get(words[0]!) ?? [];
				list.push(compiled);
				byFirstWord.set(words[0]!, list);
			}
		}
	}
	const result = { byFirstWord, prefixTerms };
	cache.set(lexicon, result);
	return result;
}

/** How many tokens from `at` the term covers, or 0 when it does not match there. */
function matchLength(term: CompiledTerm, tokens: Token[], at: number): number {
	const n = term.words.length;
	if (at + n > tokens.length) return 0;
	for (let i = 0; i < n; i++) {
		const key = tokens[at + i]!.key;
		const word = term.words[i]!;
		const isLast = i === n - 1;
		if (isLast && term.lastIsPrefix ? !key.startsWith(word) : key !== word) return 0;
	}
	return n;
}

/**
 * Marks the words and phrases of a note that interpret instead of describe (WAKKER "Aantekenen":
 * "noteer duidelijk waarneembaar gedrag dat niet voor interpretatie vatbaar is, geen
 * persoonlijkheidskenmerken", draaiboek DOne, WAKKER). Whole words only, case- and diacritic-insensitive;
 * a term ending in `*` also matches longer words ("ongemotiveerd*" → "ongemotiveerde"); a phrase matches
 * consecutive words. Where terms overlap, the longest match at the earliest position wins.
 * The coach only suggests: it never blocks or changes the note.
 */
export function lintObservation(text: string, lexicon: NoteCoachLexicon): NoteCoachMark[] {
	if (text.trim() === '') return [];
	const { byFirstWord, prefixTerms } = compile(lexicon);
	const tokens = tokenize(text);
	const marks: NoteCoachMark[] = [];
	let i = 0;
	while (i < tokens.length) {
		let best: CompiledTerm | undefined;
		let bestLength = 0;
		const candidates = byFirstWord.get(tokens[i]!.key) ?? [];
		for (const term of [...candidates, ...prefixTerms]) {
			const length = matchLength(term, tokens, i);
			if (length > bestLength) {
				best = term;
				bestLength = length;
			}
		}
		if (!best) {
			i++;
			continue;
		}
		const start = tokens[i]!.start;
		const end = tokens[i + bestLength - 1]!.end;
		marks.push({ start, end, text: text.slice(start, end), term: best.term, categoryId: best.categoryId, label: best.label, suggestion: best.suggestion });
		i += bestLength;
	}
	return marks;
}

/** The note split into plain and marked pieces, in order, for rendering without HTML. */
export type NoteCoachSegment = { text: string; mark?: NoteCoachMark };

export function segmentByMarks(text: string, marks: readonly NoteCoachMark[]): NoteCoachSegment[] {
	const segments: NoteCoachSegment[] = [];
	let at = 0;
	for (const mark of marks) {
		if (mark.start > at) segments.push({ text: text.slice(at, mark.start) });
		segments.push({ text: text.slice(mark.start, mark.end), mark });
		at = mark.end;
	}
	if (at < text.length) segments.push({ text: text.slice(at) });
	return segments;
}
