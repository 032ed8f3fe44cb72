/**
 * A statistic is either a finite number or undefined with a reason (0/0, one category only, too few units…).
 * Nothing in this folder ever returns NaN or a silent 0 for an undefined result.
 */
export type Undefined = { readonly ok: false; readonly reason: string };
export type Estimate = { readonly ok: true; readonly value: number } | Undefined;

export function undefinedBecause(reason: string): Undefined {
	return { ok: false, reason };
}

/** Wraps a computed number; a non-finite number becomes undefined with the given reason. */
export function estimateOf(value: number, reasonIfNotFinite = 'niet berekenbaar (deling door nul)'): Estimate {
	return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: reasonIfNotFinite };
}

/** The value or null, for JSON output and charts. */
export function valueOrNull(estimate: Estimate): number | null {
	return estimate.ok ? estimate.value : null;
}

/** A standard error is the square root of a variance that rounding can push a hair below zero. */
export function standardErrorOf(variance: number, reason: string): Estimate {
	if (!Number.isFinite(variance)) return undefinedBecause(reason);
	return { ok: true, value: Math.sqrt(Math.max(0, variance)) };
}
