import type { SamLevelId } from '$lib/engine/rubric';
import type { SaveResult } from '$lib/engine/observation/validate-input';
import * as storedConsensus from '$lib/db/consensus.repo';
import type { CellSources, ConsensusDraft } from '$lib/db/consensus.repo';

/** The consensus meeting's reads and writes, as the repository offers them (a test passes its own). */
export type ConsensusStore = Pick<
	typeof storedConsensus,
	| 'recordConsensus'
	| 'acceptUnanimousCells'
	| 'withdrawConsensus'
	| 'markAssessorAbsent'
	| 'lockConsensus'
	| 'unlockConsensus'
	| 'loadCellSources'
	| 'loadConsensusDraft'
	| 'saveConsensusDraft'
	| 'clearConsensusDraft'
>;

/** What the meeting's screens can do, for one session and the assessor holding the tablet. */
export interface ConsensusActions {
	decide: (candidateId: string, competencyId: string, level: SamLevelId | 'geen-consensus', reason: string) => Promise<SaveResult<unknown>>;
	withdraw: (candidateId: string, competencyId: string) => Promise<SaveResult<unknown>>;
	acceptUnanimous: () => Promise<SaveResult<number>>;
	markAbsent: (exerciseId: string, assessorId: string, reason: string) => Promise<SaveResult<unknown>>;
	lock: () => Promise<SaveResult<unknown>>;
	unlock: (reason: string) => Promise<SaveResult<unknown>>;
	/** The notes, classifications and ratings behind one cell (read in a live query: re-read when they change). */
	cellSources: (candidateId: string, competencyId: string) => Promise<CellSources>;
	/** The decision being typed in a cell, kept so a reload loses nothing; cleared once the cell is decided. */
	loadDraft: (candidateId: string, competencyId: string) => Promise<ConsensusDraft | undefined>;
	saveDraft: (candidateId: string, competencyId: string, draft: ConsensusDraft) => Promise<void>;
}

/**
 * Binds the meeting's actions to a session, the acting assessor and the competency names the log writes
 * (the rubric the screen already has). Components get these callbacks and never reach the database.
 */
export function consensusActions(sessionId: string, actorId: string, competencyNames: Record<string, string>, store: ConsensusStore = storedConsensus): ConsensusActions {
	const competencyName = (id: string) => competencyNames[id] ?? id;
	return {
		decide: async (candidateId, competencyId, level, reason) => {
			const result = await store.recordConsensus({ sessionId, candidateId, competencyId, competencyName: competencyName(competencyId), level, reason, actorId });
			// The draft was only there to survive a reload before deciding; a decided cell starts from the decision.
			if (result.ok) await store.clearConsensusDraft(sessionId, candidateId, competencyId);
			return result;
		},
		withdraw: (candidateId, competencyId) => store.withdrawConsensus({ sessionId, candidateId, competencyId, competencyName: competencyName(competencyId), actorId }),
		acceptUnanimous: () => store.acceptUnanimousCells(sessionId, actorId, competencyNames),
		markAbsent: (exerciseId, assessorId, reason) => store.markAssessorAbsent({ sessionId, exerciseId, assessorId, reason, actorId }),
		lock: () => store.lockConsensus(sessionId, actorId, competencyNames),
		unlock: (reason) => store.unlockConsensus(sessionId, actorId, reason),
		cellSources: (candidateId, competencyId) => store.loadCellSources(sessionId, candidateId, competencyId),
		loadDraft: (candidateId, competencyId) => store.loadConsensusDraft(sessionId, candidateId, competencyId),
		saveDraft: (candidateId, competencyId, draft) => store.saveConsensusDraft(sessionId, candidateId, competencyId, draft)
	};
}
