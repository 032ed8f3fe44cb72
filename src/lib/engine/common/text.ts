import { z } from './zod-nl';

/** Limits for text typed by users; long enough for real use, short enough to keep screens and PDFs sane. */
export const TEXT_LIMITS = {
	name: 200,
	shortText: 2_000,
	longText: 20_000,
	id: 120
} as const;

/** A trimmed, non-empty single line of at most `max` characters. */
export function requiredLine(max: number = TEXT_LIMITS.name) {
	return z
		.string()
		.trim()
		.min(1, 'mag niet leeg zijn')
		.max(max, `is te lang (maximaal ${max} tekens)`)
		.refine((s) => !/[\r\n]/.test(s), 'moet op één regel staan');
}

/** Free text of at most `max` characters (may be empty). */
export function freeText(max: number = TEXT_LIMITS.shortText) {
	return z.string().max(max, `is te lang (maximaal ${max} tekens)`);
}

/** "Keukenhulp / afwasser" → "keukenhulp-afwasser": accents dropped, anything else between words one hyphen; may be empty. */
export function slugify(text: string, max: number = TEXT_LIMITS.id): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, max)
		.replace(/-+$/, '');
}

/** A machine identifier used inside rubric files: lower-case words joined by hyphens. */
export const slugId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'moet bestaan uit kleine letters, cijfers en koppeltekens (bv. "leervermogen")')
	.max(TEXT_LIMITS.id);
