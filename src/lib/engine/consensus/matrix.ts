import type { SamLevelId } from '../rubric/sam-scale';
import { samLevelValue } from '../rubric/sam-scale';
import { aggregateAssessorLevel, type AssessorLevel, type RatingInput } from './assessor-level';

/** Draaiboek DOne, Evalueren: the discussion starts where assessors are furthest apart. */
export const LARGE_DIFFERENCE = 2;
export const SMALL_DIFFERENCE = 1;

export type DifferenceKind = 'groot' | 'klein' | 'gelijk' | 'te-weinig';

export const DIFFERENCE_LABELS: Record<DifferenceKind, string> = {
	groot: '2 of meer niveaus verschil',
	klein: '1 niveau verschil',
	gelijk: 'eensgezind',
	'te-weinig': 'minder dan 2 assessoren scoorden'
};

export interface DecisionInput {
	candidateId: string;
	competencyId: string;
	level: SamLevelId;
	reason: string;
	deletedAt?: string | undefined;
}

export interface MatrixCell {
	candidateId: string;
	competencyId: string;
	levels: AssessorLevel[];
	/** Highest minus lowest assessor level; undefined with fewer than two rated assessors. */
	spread: number | undefined;
	difference: DifferenceKind;
	consensus?: { level: SamLevelId; value: number; reason: string };
}

export interface CellTally {
	total: number;
	large: number;
	small: number;
	decided: number;
}

export interface ConsensusMatrix {
	candidateIds: string[];
	competencyIds: string[];
	assessorIds: string[];
	/** rows[i][j]: candidate i × competency j. */
	rows: MatrixCell[][];
	rowSummaries: CellTally[];
	columnSummaries: CellTally[];
	total: CellTally;
}

export interface MatrixInput {
	candidateIds: readonly string[];
	competencyIds: readonly string[];
	assessorIds: readonly string[];
	ratings: readonly RatingInput[];
	decisions: readonly DecisionInput[];
}

export function classifyDifference(spread: number | undefined): DifferenceKind {
	if (spread === undefined) return 'te-weinig';
	if (spread >= LARGE_DIFFERENCE) return 'groot';
	if (spread >= SMALL_DIFFERENCE) return 'klein';
	return 'gelijk';
}

function buildCell(input: MatrixInput, candidateId: string, competencyId: string): MatrixCell {
	const ratings = input.ratings.filter((r) => r.candidateId === candidateId && r.competencyId === competencyId);
	const levels = input.assessorIds.map((a) => aggregateAssessorLevel(a, ratings));
	const values = levels.flatMap((l) => (l.value === undefined ? [] : [l.value]));
	const spread = values.length >= 2 ? Math.max(...values) - Math.min(...values) : undefined;
	const decision = input.decisions.find((d) => !d.deletedAt && d.candidateId === candidateId && d.competencyId === competencyId);
	const cell: MatrixCell = { candidateId, competencyId, levels, spread, difference: classifyDifference(spread) };
	if (decision) cell.consensus = { level: decision.level, value: samLevelValue(decision.level), reason: decision.reason };
	return cell;
}

function tally(cells: readonly MatrixCell[]): CellTally {
	return {
		total: cells.length,
		large: cells.filter((c) => c.difference === 'groot').length,
		small: cells.filter((c) => c.difference === 'klein').length,
		decided: cells.filter((c) => c.consensus).length
	};
}

/** The candidate × competency matrix of the consensus meeting, every assessor's level side by side. */
export function buildConsensusMatrix(input: MatrixInput): ConsensusMatrix {
	const rows = input.candidateIds.map((cand) => input.competencyIds.map((comp) => buildCell(input, cand, comp)));
	const columnSummaries = input.competencyIds.map((_, j) => tally(rows.map((row) => row[j]!)));
	return {
		candidateIds: [...input.candidateIds],
		competencyIds: [...input.competencyIds],
		assessorIds: [...input.assessorIds],
		rows,
		rowSummaries: rows.map(tally),
		columnSummaries,
		total: tally(rows.flat())
	};
}

/** Cells in the order to discuss them: largest differences first, then small ones, undecided before decided. */
export function orderCellsForDiscussion(matrix: ConsensusMatrix): MatrixCell[] {
	const rank: Record<DifferenceKind, number> = { groot: 0, klein: 1, 'te-weinig': 2, gelijk: 3 };
	return matrix.rows
		.flat()
		.map((cell, index) => ({ cell, index }))
		.sort((a, b) => Number(Boolean(a.cell.consensus)) - Number(Boolean(b.cell.consensus)) || rank[a.cell.difference] - rank[b.cell.difference] || a.index - b.index)
		.map((x) => x.cell);
}
