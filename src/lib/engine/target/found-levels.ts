import type { MatrixCell } from '../consensus/matrix';
import type { LevelOutcome } from '../report/level-outcome';
import type { FoundLevel } from './target-comparison';
import { describeProposal, type ProposedLevel } from '../consensus/combined-score';

const betweenOf = (proposal: ProposedLevel | undefined): { between?: string } =>
	proposal?.kind === 'between' ? { between: describeProposal(proposal).toLowerCase() } : {};

/**
 * The levels a comparison with a job reads, from what a screen or report already shows, so the comparison can never
 * say more than the matrix or the report it sits next to.
 */

/** From a report's level outcomes (consensus, else the combined score, marked provisional). */
export function foundFromOutcomes(outcomes: ReadonlyMap<string, LevelOutcome>): FoundLevel[] {
	return [...outcomes].map(([competencyId, outcome]): FoundLevel => {
		if (outcome.kind === 'consensus') return { competencyId, level: outcome.level, source: 'consensus' };
		if (outcome.kind === 'none') return { competencyId, level: undefined, source: 'voorlopig' };
		if (outcome.kind === 'no-consensus') return { competencyId, level: undefined, source: 'consensus', noConsensus: true };
		return { competencyId, level: outcome.level, source: 'voorlopig', ...betweenOf(outcome.proposal) };
	});
}

/**
 * From one candidate's row of the consensus matrix, built from what this viewer may see: a blind cell gives no
 * level, so the comparison cannot leak another assessor's work before the viewer submitted their own.
 */
export function foundFromMatrixRow(cells: readonly MatrixCell[]): FoundLevel[] {
	return cells.map((cell): FoundLevel => {
		if (cell.blind) return { competencyId: cell.competencyId, level: undefined, source: 'verborgen' };
		if (cell.consensus?.kind === 'geen-consensus') return { competencyId: cell.competencyId, level: undefined, source: 'consensus', noConsensus: true };
		if (cell.consensus) return { competencyId: cell.competencyId, level: cell.consensus.level, source: 'consensus' };
		const proposal = cell.score.proposal;
		return { competencyId: cell.competencyId, level: proposal?.kind === 'level' ? proposal.level : undefined, source: 'voorlopig', ...betweenOf(proposal) };
	});
}
