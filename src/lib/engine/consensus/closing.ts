import { samLevelLabel, type SamLevelId } from '../rubric/sam-scale';
import { consensusCellKey } from './audit';
import type { ConsensusMatrix, MatrixCell } from './matrix';
import type { MissingRating, OpenItems } from './open-items';

/**
 * When the consensus meeting may decide a cell, take over the eensgezinde cells, and lock. A consensus
 * is only worth its name when everyone's judgement is in: a cell waits for every assigned assessor's
 * submission (or the lead's note that they are absent), and a lock waits for every cell.
 */

export type CellGate = { ok: true } | { ok: false; reason: string; waitingFor: MissingRating[] };

/** Can the group decide this cell now? */
export function checkCellDecidable(cell: MatrixCell, open: OpenItems): CellGate {
	if (cell.blind) return { ok: false, reason: 'Je ziet deze cel pas als je je eigen beoordelingen hebt ingediend.', waitingFor: [] };
	const waitingFor = open.waitingCells.get(consensusCellKey(cell.candidateId, cell.competencyId)) ?? [];
	if (waitingFor.length > 0)
		return { ok: false, reason: 'Nog niet alle assessoren hebben hun beoordelingen voor deze cel ingediend (of zijn als afwezig gemarkeerd).', waitingFor };
	return { ok: true };
}

export interface AgreedCell {
	candidateId: string;
	competencyId: string;
	level: SamLevelId;
	/** The reason written with the decision, so the log says how it was reached. */
	reason: string;
}

/** The reason recorded for a cell taken over as eensgezind. */
export function agreedReason(level: SamLevelId, assessorCount: number): string {
	return `Eensgezind overgenomen: alle ${assessorCount} assessoren gaven ${samLevelLabel(level)} in elke oefening.`;
}

/** "Neem de eensgezinde cellen over": undecided, decidable cells where every underlying level is the same. */
export function listAgreedCells(matrix: ConsensusMatrix, open: OpenItems): AgreedCell[] {
	return matrix.rows.flat().flatMap((cell) => {
		if (cell.consensus || !cell.score.agreed || !cell.score.agreedLevel) return [];
		if (!checkCellDecidable(cell, open).ok) return [];
		return [{ candidateId: cell.candidateId, competencyId: cell.competencyId, level: cell.score.agreedLevel, reason: agreedReason(cell.score.agreedLevel, cell.score.ratedAssessors) }];
	});
}

export interface LockCheck {
	ok: boolean;
	/** Cells still without a level or an explicit "geen consensus". */
	openCells: { candidateId: string; competencyId: string }[];
	/** Cells the viewer cannot judge yet (blind): a lead who has not submitted cannot lock. */
	blindCells: number;
}

/** A consensus can be locked only when every cell is decided, or explicitly "geen consensus" with a reason. */
export function checkLockable(matrix: ConsensusMatrix, open: OpenItems): LockCheck {
	const blindCells = matrix.rows.flat().filter((c) => c.blind).length;
	return { ok: open.undecidedCells.length === 0 && blindCells === 0, openCells: open.undecidedCells, blindCells };
}
