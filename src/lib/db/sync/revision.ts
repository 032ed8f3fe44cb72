import { canonicalJson } from '$lib/engine/exchange';
import type { RevisionPath } from './records';

/** How many ancestors a path keeps (CouchDB's default `_revs_limit` is 1000; a tablet needs far fewer). */
export const REVS_KEPT = 100;

/**
 * The revision hash of a record's content: SHA-256 of the canonical JSON, so the same record written on
 * two tablets (the built-in rubrics, one bundle imported on both) is the same revision, not a conflict.
 */
export async function contentHash(value: unknown): Promise<string> {
	const bytes = new TextEncoder().encode(canonicalJson(value));
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function revOf(path: RevisionPath): string {
	return `${path.start}-${path.ids[0]}`;
}

/** The path after one more revision on top of `parent` (or the first revision). */
export function extend(parent: RevisionPath | undefined, hash: string, deleted = false): RevisionPath {
	const ids = [hash, ...(parent?.ids ?? [])].slice(0, REVS_KEPT);
	return { start: (parent?.start ?? 0) + 1, ids, ...(deleted ? { deleted } : {}) };
}

/** Whether revision `rev` (`N-hash`) is on `path` (its newest revision or an ancestor). */
export function pathContains(path: RevisionPath, rev: string): boolean {
	const dash = rev.indexOf('-');
	const gen = Number(rev.slice(0, dash));
	const hash = rev.slice(dash + 1);
	const index = path.start - gen;
	return index >= 0 && index < path.ids.length && path.ids[index] === hash;
}

/** The path CouchDB sent as `_revisions`, checked. */
export function pathFromRevisions(revisions: unknown, deleted: boolean): RevisionPath | undefined {
	if (!revisions || typeof revisions !== 'object') return undefined;
	const { start, ids } = revisions as { start?: unknown; ids?: unknown };
	if (typeof start !== 'number' || !Number.isInteger(start) || start < 1) return undefined;
	if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string' && id.length > 0)) return undefined;
	return { start, ids: (ids as string[]).slice(0, REVS_KEPT), ...(deleted ? { deleted } : {}) };
}
