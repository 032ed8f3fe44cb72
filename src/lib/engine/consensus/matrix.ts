import type { SamLevelId } from '../rubric/sam-scale';
import { samLevelLabel, samLevelValue } from '../rubric/sam-scale';
import { consensusCellKey } from './audit';
import { computeCombinedScore, type AssessorScore, type CombinedScore } from './combined-score';
import type { RatingInput } from './rating-input';

/** Draaiboek DOne, Evalueren: the discussion starts where assessors are furthest apart. */
export const LARGE_DIFFERENCE = 2;

/**
 * - groot / klein: the assessors lie 2 or more / less than 2 levels apart (in one exercise, or in their means);
 * - oefeningen: the assessors agree per exercise, but the exercises differ: the integration needs a decision;
 * - gelijk: eensgezind, every underlying level the same;
 * - verborgen: blind for this viewer until they submitted (see visibility.ts).
 */
export type DifferenceKind = 'groot' | 'klein' | 'oefeningen' | 'gelijk' | 'te-weinig' | 'verborgen';

export const DIFFERENCE_LABELS: Record<DifferenceKind, string> = {
	groot: '2 of meer niveaus verschil',
	klein: 'minder dan 2 niveaus verschil',
	oefeningen: 'assessoren eens, oefeningen verschillen',
	gelijk: 'eensgezind',
	'te-weinig': 'minder dan 2 assessoren scoorden',
	verborgen: 'verborgen tot je je eigen beoordelingen indient'
};

export interface DecisionInput {
	candidateId: string;
	competencyId: string;
	level?: SamLevelId | undefined;
	noConsensus?: true | undefined;
	acceptedUnanimous?: true | undefined;
	reason: string;
	deletedAt?: string | undefined;
}

/** What the meeting decided for a cell: a level, or explicitly "geen consensus" (both close the cell). */
export type CellDecision =
	| { kind: 'level'; level: SamLevelId; value: number; reason: string; acceptedUnanimous: boolean }
	| { kind: 'geen-consensus'; reason: string };

/** "Goed", or "geen consensus": how a decided cell reads on screen. */
export function cellDecisionLabel(d: CellDecision): string {
	return d.kind === 'level' ? samLevelLabel(d.level) : 'geen consensus';
}

/** The decision a stored record stands for; undefined for a record that holds neither (never written by the app). */
export function cellDecisionOf(d: DecisionInput): CellDecision | undefined {
	if (d.noConsensus) return { kind: 'geen-consensus', reason: d.reason };
	if (!d.level) return undefined;
	return { kind: 'level', level: d.level, value: samLevelValue(d.level), reason: d.reason, acceptedUnanimous: Boolean(d.acceptedUnanimous) };
}

export interface MatrixCell {
	candidateId: string;
	competencyId: string;
	/** The combined score (integration rule), from the ratings this viewer may see. */
	score: CombinedScore;
	/** Per assessor, for the cell's marks: the same objects as `score.assessors`. */
	levels: AssessorScore[];
	/** How far the assessors lie apart: the largest gap in one exercise or between their means; undefined with fewer than two rated assessors. */
	spread: number | undefined;
	difference: DifferenceKind;
	/** The others' work here is not open to this viewer yet. */
	blind: boolean;
	consensus?: CellDecision;
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
	/** Only what the viewer may see (visibility.ts `restrictToViewer`). */
	ratings: readonly RatingInput[];
	decisions: readonly DecisionInput[];
	/** Cells still blind for the viewer (`restrictToViewer().blindCells`). */
	blindCells?: ReadonlySet<string>;
	exerciseIds?: readonly string[];
}

export function classifyDifference(spread: number | undefined, agreed = spread === 0): DifferenceKind {
	if (spread === undefined) return 'te-weinig';
	if (spread >= LARGE_DIFFERENCE) return 'groot';
	if (spread > 0) return 'klein';
	return agreed ? 'gelijk' : 'oefeningen';
}

/** The gap between assessors: per exercise between their levels there, and between their means. */
export function assessorSpread(levels: readonly AssessorScore[]): number | undefined {
	const rated = levels.filter((l) => l.status === 'rated');
	if (rated.length < 2) return undefined;
	const means = rated.map((l) => l.mean!);
	let spread = Math.max(...means) - Math.min(...means);
	const byExercise = new Map<string, number[]>();
	for (const l of rated)
		for (const e of l.exerciseLevels) {
			if (e.level === 'niet-geobserveerd') continue;
			byExercise.set(e.exerciseId, [...(byExercise.get(e.exerciseId) ?? []), samLevelValue(e.level)]);
		}
	for (const values of byExercise.values()) spread = Math.max(spread, Math.max(...values) - Math.min(...values));
	return Math.round(spread * 10) / 10;
}

function buildCell(input: MatrixInput, candidateId: string, competencyId: string): MatrixCell {
	const ratings = input.ratings.filter((r) => r.candidateId === candidateId && r.competencyId === competencyId);
	const score = computeCombinedScore({ assessorIds: input.assessorIds, ratings, ...(input.exerciseIds ? { exerciseIds: input.exerciseIds } : {}) });
	const blind = input.blindCells?.has(consensusCellKey(candidateId, competencyId)) ?? false;
	const spread = blind ? undefined : assessorSpread(score.assessors);
	const cell: MatrixCell = {
		candidateId,
		competencyId,
		score,
		levels: score.assessors,
		spread,
		difference: blind ? 'verborgen' : classifyDifference(spread, score.agreed),
		blind
	};
	const decision = blind ? undefined : input.decisions.find((d) => !d.deletedAt && d.candidateId === candidateId && d.competencyId === competencyId);
	const consensus = decision && cellDecisionOf(decision);
	if (consensus) cell.consensus = consensus;
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
	const rank: Record<DifferenceKind, number> = { groot: 0, klein: 1, oefeningen: 2, 'te-weinig': 3, gelijk: 4, verborgen: 5 };
	return matrix.rows
		.flat()
		.map((cell, index) => ({ cell, index }))
		.sort((a, b) => Number(Boolean(a.cell.consensus)) - Number(Boolean(b.cell.consensus)) || rank[a.cell.difference] - rank[b.cell.difference] || a.index - b.index)
		.map((x) => x.cell);
}
