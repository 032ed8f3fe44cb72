/**
 * Tiny shared timing helper for benches: warm up, run N times, report the median, one aligned line per figure:
 *   name                                       median ms  (target ≤ X ms)  [min Y ms]  load L
 */
import { availableParallelism, loadavg } from 'node:os';

export interface MeasureOptions {
	/** Timed runs; the median is reported. */
	readonly runs?: number;
	/** Untimed runs first, so the JIT has compiled the code being measured. */
	readonly warmup?: number;
	/** The target, printed beside the figure (never enforced here). */
	readonly targetMs?: number;
}

export const DEFAULT_RUNS = 11;
export const DEFAULT_WARMUP = 2;
const NAME_WIDTH = 48;

export async function measure<T>(name: string, fn: () => T | Promise<T>, options: MeasureOptions = {}): Promise<number> {
	const runs = options.runs ?? DEFAULT_RUNS;
	for (let i = 0; i < (options.warmup ?? DEFAULT_WARMUP); i++) await fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const mid = times.length >> 1;
	const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
	printFigure(name, median, options.targetMs, times[0]);
	return median;
}

/**
 * One aligned line. The fastest run is appended when known: on a shared machine the median can include time spent
 * waiting for a core, the minimum shows what the code itself needs. The machine's load (1-minute average, as
 * `uptime` shows it) ends every line, so a slow figure on a busy machine reads as such.
 */
export function printFigure(name: string, medianMs: number, targetMs?: number, minMs?: number): void {
	const figure = `${medianMs.toFixed(2).padStart(9)} ms`;
	const target = targetMs === undefined ? '' : `  (target ≤ ${targetMs} ms)${medianMs <= targetMs ? '' : '  over target'}`;
	const min = minMs === undefined ? '' : `  [min ${minMs.toFixed(2)} ms]`;
	console.log(`${name.padEnd(NAME_WIDTH)}${figure}${target}${min}  ${machineLoad()}`);
}

/** The 1-minute load average, e.g. `load 3.20`: above the number of cores, figures include waiting for one. */
export function machineLoad(): string {
	return `load ${loadavg()[0]!.toFixed(2)}`;
}

export function printHeading(title: string): void {
	const [one, five, fifteen] = loadavg();
	console.log(`\n${title}  (load ${one!.toFixed(2)} ${five!.toFixed(2)} ${fifteen!.toFixed(2)} on ${availableParallelism()} cores)`);
}
