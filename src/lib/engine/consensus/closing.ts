import { consensusCellKey } from './audit';

/**
 * When a consensus may be locked. A lock says "this is what the group decided": it is only worth its
 * name when every cell of the matrix (candidate × competency) has a decision.
 */

export interface OpenCell {
	candidateId: string;
	competencyId: string;
}

export interface LockInput {
	candidateIds: readonly string[];
	competencyIds: readonly string[];
	decisions: readonly { candidateId: string; competencyId: string; deletedAt?: string | undefined }[];
}

/** The cells without a (not deleted) decision, in matrix order: candidate by candidate. */
export function findOpenCells(input: LockInput): OpenCell[] {
	const decided = new Set(input.decisions.filter((d) => !d.deletedAt).map((d) => consensusCellKey(d.candidateId, d.competencyId)));
	return input.candidateIds.flatMap((candidateId) =>
		input.competencyIds.filter((competencyId) => !decided.has(consensusCellKey(candidateId, competencyId))).map((competencyId) => ({ candidateId, competencyId }))
	);
}

/** How many open cells a message names before it says "en N andere": the full list is on the lock screen. */
export const NAMED_OPEN_CELLS = 8;

/** "Nog open: Cas – Initiatief, Cas – Samenwerken en 3 andere." */
export function describeOpenCells(open: readonly OpenCell[], names: { candidates: Record<string, string>; competencies: Record<string, string> }): string {
	const named = open.slice(0, NAMED_OPEN_CELLS).map((c) => `${names.candidates[c.candidateId] ?? 'kandidaat'} – ${names.competencies[c.competencyId] ?? c.competencyId}`);
	const rest = open.length - named.length;
	return `Nog open: ${named.join(', ')}${rest > 0 ? ` en ${rest} andere` : ''}.`;
}

/** Why a lock is refused, or undefined when every cell is decided. */
export function lockRefusal(open: readonly OpenCell[], names: { candidates: Record<string, string>; competencies: Record<string, string> }): string | undefined {
	if (open.length === 0) return undefined;
	return `Vergrendelen kan pas als elke cel beslist is (een niveau of "geen consensus"): ${open.length} ${open.length === 1 ? 'cel is' : 'cellen zijn'} nog open. ${describeOpenCells(open, names)}`;
}
