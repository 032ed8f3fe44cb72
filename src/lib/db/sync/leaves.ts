import { compareVersionVectors } from '$lib/engine/exchange';
import type { RevisionPath, SyncRevision } from './records';
import { revOf } from './revision';

type Vv = Record<string, number>;

/**
 * Whether this tablet's version (`ownVv`, on `own`) has seen the other leaf's version, so the other
 * branch can be closed. Two branches with the same version (the same change reached the server by two
 * paths) are settled by their revision ids, the same way on every tablet, so exactly one stays.
 */
export function supersedes(ownVv: Vv | undefined, own: RevisionPath | undefined, leaf: { path: RevisionPath; vv?: Vv }): boolean {
	if (!ownVv || !leaf.vv) return false;
	const order = compareVersionVectors(ownVv, leaf.vv);
	if (order === 'dominates') return true;
	return order === 'equal' && own !== undefined && revOf(leaf.path) < revOf(own);
}

/** `otherLeaves` with `leaf` added, replacing a leaf it grew from (or the same leaf seen again). */
export function withLeaf(revision: SyncRevision, leaf: { path: RevisionPath; vv?: Vv }): SyncRevision['otherLeaves'] {
	const kept = revision.otherLeaves.filter((l) => !isAncestorOrSame(l.path, leaf.path));
	return [...kept, leaf];
}

/** Whether `a`'s newest revision is on `b` (so `b` continues `a`). */
export function isAncestorOrSame(a: RevisionPath, b: RevisionPath): boolean {
	const index = b.start - a.start;
	return index >= 0 && index < b.ids.length && b.ids[index] === a.ids[0];
}
