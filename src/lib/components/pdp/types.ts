import type { CellSaveResult } from '$lib/components/action-plan/types';

export type { CellSaveResult };

/** Turns a repository SaveResult into what an editable cell shows. */
export function toCellResult(result: { ok: true } | { ok: false; problems: string[] }): CellSaveResult {
	return result.ok ? { ok: true } : { ok: false, problems: result.problems };
}
