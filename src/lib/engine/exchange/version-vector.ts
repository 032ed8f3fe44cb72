import type { VersionVector } from '../model';

/** How two versions of one record relate (Parker et al. 1983, "Detection of mutual inconsistency"). */
export type VectorOrder = 'equal' | 'dominates' | 'dominated' | 'concurrent';

/**
 * Compares `a` with `b`: `dominates` when `a` has seen every change `b` has and more, `dominated` the
 * reverse, `concurrent` when each has a change the other has not seen (a real conflict).
 */
export function compareVersionVectors(a: VersionVector, b: VersionVector): VectorOrder {
	let aAhead = false;
	let bAhead = false;
	for (const device of new Set([...Object.keys(a), ...Object.keys(b)])) {
		const x = a[device] ?? 0;
		const y = b[device] ?? 0;
		if (x > y) aAhead = true;
		else if (y > x) bAhead = true;
	}
	if (aAhead && bAhead) return 'concurrent';
	if (aAhead) return 'dominates';
	if (bAhead) return 'dominated';
	return 'equal';
}

/** The smallest vector that has seen every change of both: the basis of a resolved conflict. */
export function mergeVersionVectors(a: VersionVector, b: VersionVector): VersionVector {
	const merged: VersionVector = { ...a };
	for (const [device, count] of Object.entries(b)) merged[device] = Math.max(merged[device] ?? 0, count);
	return merged;
}

/** A stable text form of a vector, for ids of conflict records (same incoming version → same id). */
export function formatVersionVector(vv: VersionVector): string {
	return Object.keys(vv)
		.sort()
		.map((device) => `${device}:${vv[device]}`)
		.join(',');
}
