/**
 * A small deterministic random source, so the same seed always gives the same demo data (tests,
 * screenshots and the reports built on the demo stay stable). Mulberry32: a 32-bit generator with a
 * full 2^32 period, ample for a few thousand draws.
 */
export interface SeededRandom {
	/** Uniform in [0, 1). */
	next(): number;
	/** Integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** Standard normal draw (Box–Muller). */
	normal(): number;
	pick<T>(items: readonly T[]): T;
	/** A random version-4 UUID in the lower-case form the record schemas accept. */
	uuid(): string;
}

export function createSeededRandom(seed: number): SeededRandom {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		normal() {
			const u = 1 - next();
			const v = next();
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		},
		pick<T>(items: readonly T[]): T {
			if (items.length === 0) throw new Error('pick: empty list');
			return items[int(0, items.length - 1)]!;
		},
		uuid() {
			const hex = Array.from({ length: 32 }, () => int(0, 15).toString(16));
			hex[12] = '4';
			hex[16] = ((int(0, 15) & 0x3) | 0x8).toString(16);
			const s = hex.join('');
			return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
		}
	};
}
