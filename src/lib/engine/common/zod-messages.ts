import type * as z from 'zod';

/**
 * Every validation message a person can read (a bundle from another tablet, a setting), in plain Dutch:
 * "ontbreekt" rather than zod's "verwacht string, ontving undefined". It names what is wrong with the value
 * and never the programming types, JavaScript values or code. Messages a schema sets itself ("is geen
 * geldige id") take precedence over these.
 */

/** What a value should be, in words, by zod's type name. */
const EXPECTED: Readonly<Record<string, string>> = {
	string: 'een tekst',
	number: 'een getal',
	int: 'een geheel getal',
	bigint: 'een geheel getal',
	nan: 'een getal',
	boolean: 'ja of nee (true of false)',
	array: 'een lijst',
	tuple: 'een lijst',
	set: 'een lijst',
	object: 'een groep velden',
	record: 'een groep velden',
	map: 'een groep velden',
	date: 'een datum',
	null: 'leeg (null)'
};

/** What was found instead, by the kind of JSON value. */
function found(input: unknown): string {
	if (input === undefined) return 'niets';
	if (input === null) return 'een lege waarde (null)';
	if (Array.isArray(input)) return 'een lijst';
	switch (typeof input) {
		case 'string':
			return 'een tekst';
		case 'number':
			return Number.isFinite(input) ? 'een getal' : 'geen geldig getal';
		case 'boolean':
			return 'ja of nee (true of false)';
		case 'object':
			return 'een groep velden';
		default:
			return 'een waarde van een onbekende soort';
	}
}

const FORMATS: Readonly<Record<string, string>> = {
	datetime: 'is geen geldige datum met tijd (zoals 2026-03-06T09:30:00Z)',
	date: 'is geen geldige datum (zoals 2026-03-06)',
	time: 'is geen geldig tijdstip (zoals 09:30)',
	duration: 'is geen geldige duur',
	uuid: 'is geen geldige id',
	guid: 'is geen geldige id',
	email: 'is geen geldig e-mailadres',
	url: 'is geen geldig webadres'
};

/** Primitive values as a person reads them in a list of allowed values. */
function shown(value: unknown): string {
	if (typeof value === 'string') return `"${value}"`;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return 'leeg';
}

function allowed(values: readonly unknown[]): string {
	const list = values.slice(0, 12).map(shown).join(', ');
	const more = values.length > 12 ? ` (of nog ${values.length - 12} andere)` : '';
	return values.length === 1 ? `moet ${list} zijn` : `moet een van deze waarden zijn: ${list}${more}`;
}

function limit(n: number | bigint): string {
	return String(n);
}

function tooBig(origin: string, maximum: number | bigint, inclusive: boolean): string {
	const max = inclusive ? maximum : Number(maximum) - 1;
	switch (origin) {
		case 'string':
			return `is te lang (maximaal ${limit(max)} tekens)`;
		case 'array':
		case 'set':
			return `heeft te veel onderdelen (maximaal ${limit(max)})`;
		case 'date':
			return 'is te laat';
		case 'file':
			return 'is te groot';
		default:
			return inclusive ? `is te groot (maximaal ${limit(maximum)})` : `moet kleiner zijn dan ${limit(maximum)}`;
	}
}

function tooSmall(origin: string, minimum: number | bigint, inclusive: boolean): string {
	const min = inclusive ? minimum : Number(minimum) + 1;
	switch (origin) {
		case 'string':
			return Number(min) <= 1 ? 'mag niet leeg zijn' : `is te kort (minstens ${limit(min)} tekens)`;
		case 'array':
		case 'set':
			return Number(min) <= 1 ? 'mag niet leeg zijn' : `heeft te weinig onderdelen (minstens ${limit(min)})`;
		case 'date':
			return 'is te vroeg';
		case 'file':
			return 'is te klein';
		default:
			return inclusive ? `is te klein (minstens ${limit(minimum)})` : `moet groter zijn dan ${limit(minimum)}`;
	}
}

export function dutchIssueMessage(issue: z.core.$ZodRawIssue): string {
	switch (issue.code) {
		case 'invalid_type': {
			const expected = EXPECTED[issue.expected] ?? 'een andere soort waarde';
			if (issue.input === undefined) return `ontbreekt (hier hoort ${expected})`;
			return `moet ${expected} zijn, maar is ${found(issue.input)}`;
		}
		case 'too_big':
			return tooBig(issue.origin, issue.maximum, issue.inclusive ?? true);
		case 'too_small':
			return tooSmall(issue.origin, issue.minimum, issue.inclusive ?? true);
		case 'invalid_format':
			return FORMATS[issue.format] ?? 'heeft niet de juiste vorm';
		case 'not_multiple_of':
			return `moet een veelvoud van ${limit(issue.divisor)} zijn`;
		case 'unrecognized_keys': {
			const keys = issue.keys.slice(0, 5).map((k) => `"${k.slice(0, 60)}"`).join(', ');
			return issue.keys.length === 1 ? `bevat een onbekend veld ${keys}` : `bevat onbekende velden ${keys}`;
		}
		case 'invalid_union':
			return 'past bij geen enkele toegelaten vorm';
		case 'invalid_key':
			return 'bevat een ongeldige veldnaam';
		case 'invalid_element':
			return 'bevat een ongeldige waarde';
		case 'invalid_value':
			return allowed(issue.values);
		default:
			return 'is ongeldig';
	}
}
