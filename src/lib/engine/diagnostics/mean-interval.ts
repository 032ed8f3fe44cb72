import { tQuantile } from '../agreement/special-functions';
import { CONFIDENCE } from './thresholds';
import { formatNumberNl, formatShareNl } from '../common/format-nl';

export interface MeanInterval {
	readonly n: number;
	readonly mean: number;
	readonly sd: number;
	/** t-interval limits; null with fewer than 2 values or no spread. */
	readonly lower: number | null;
	readonly upper: number | null;
}

/** Mean with a Student t confidence interval, or null for no values (the differences are paired per unit, so units are the sample). */
export function meanWithInterval(values: readonly number[]): MeanInterval | null {
	const n = values.length;
	if (n === 0) return null;
	let sum = 0;
	for (const v of values) sum += v;
	const mean = sum / n;
	if (n < 2) return { n, mean, sd: 0, lower: null, upper: null };
	let ss = 0;
	for (const v of values) ss += (v - mean) ** 2;
	const sd = Math.sqrt(ss / (n - 1));
	const half = tQuantile(1 - (1 - CONFIDENCE) / 2, n - 1) * (sd / Math.sqrt(n));
	return { n, mean, sd, lower: mean - half, upper: mean + half };
}

export const fmt1 = (x: number) => formatNumberNl(x, 2, 1);
export const pct = formatShareNl;
