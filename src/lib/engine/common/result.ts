/**
 * One shape for "it worked, with these values" or "refused, for these reasons": every save, start, import or parse
 * that can turn input down returns it, so screens show problems one way. The problems are plain Dutch sentences a
 * person can act on, never internals. (Statistics that cannot be computed are another thing: they are undefined
 * with a reason, see agreement/estimate.ts.)
 */
export type Refused = { ok: false; problems: string[] };
export type Result<Value extends object = object> = ({ ok: true } & Value) | Refused;

export function refused(...problems: string[]): Refused {
	return { ok: false, problems };
}

/** The problems of a result, none when it worked. */
export function problemsOf(result: Result<object>): string[] {
	return result.ok ? [] : result.problems;
}

export function isRefused(value: unknown): value is Refused {
	return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false && Array.isArray((value as { problems?: unknown }).problems);
}
