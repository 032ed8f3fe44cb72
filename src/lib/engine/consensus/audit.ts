import { samLevelLabel, type SamLevelId } from '../rubric/sam-scale';

/** Entity and action names written to the audit log by the consensus meeting. */
export const CONSENSUS_AUDIT = {
	entity: 'consensus',
	lockEntity: 'consensus-lock',
	absenceEntity: 'consensus-absence',
	set: 'vastgelegd',
	change: 'gewijzigd',
	unanimous: 'eensgezind overgenomen',
	withdraw: 'ingetrokken',
	absent: 'afwezig gemeld',
	lock: 'vergrendeld',
	unlock: 'ontgrendeld'
} as const;

/** The audit log's entity id of one consensus cell. */
export function consensusCellKey(candidateId: string, competencyId: string): string {
	return `${candidateId}:${competencyId}`;
}

/** A decided cell's outcome for the log: a level, or "geen consensus". */
export type DecidedOutcome = SamLevelId | 'geen-consensus';

const outcomeText = (o: DecidedOutcome | undefined): string => (o === undefined ? 'geen' : o === 'geen-consensus' ? 'geen consensus' : samLevelLabel(o));

/** "Initiatief – An: matig → goed. Reden: …" (who and when are fields of the audit entry itself). */
export function describeConsensusChange(input: {
	candidateName: string;
	competencyName: string;
	from?: DecidedOutcome | undefined;
	to: DecidedOutcome | undefined;
	reason: string;
}): string {
	return `${input.competencyName} – ${input.candidateName}: ${outcomeText(input.from)} → ${outcomeText(input.to)}. Reden: ${input.reason.trim()}`;
}

/** The reason written for a cell taken over because every assessor gave the same level everywhere. */
export function unanimousReason(level: SamLevelId, assessorNames: readonly string[]): string {
	return `eensgezind: alle assessoren (${assessorNames.join(', ')}) gaven ${samLevelLabel(level)} in elke oefening.`;
}

/** "An is afwezig gemeld voor Magazijn. Reden: ziek" */
export function describeAbsence(input: { assessorName: string; exerciseName: string; reason: string }): string {
	return `${input.assessorName} is afwezig gemeld voor ${input.exerciseName}: wordt niet meer afgewacht. Reden: ${input.reason.trim()}`;
}

export function describeLockChange(locked: boolean, reason?: string): string {
	const base = locked ? 'Consensus vergrendeld: alleen nog lezen.' : 'Consensus ontgrendeld: besluiten kunnen weer wijzigen.';
	return reason?.trim() ? `${base} Reden: ${reason.trim()}` : base;
}

export interface AuditLike {
	at: string;
	actorId?: string | undefined;
	entity: string;
	entityId: string;
	action: string;
	summary: string;
}

export interface AuditSummary {
	decisions: number;
	changes: number;
	locks: number;
	unlocks: number;
	/** Cells whose consensus level was changed after it was first set. */
	revisedCells: string[];
}

/** Counts of what happened in the meeting, for the footer of the audit log. */
export function summariseConsensusAudit(entries: readonly AuditLike[]): AuditSummary {
	const cellEntries = entries.filter((e) => e.entity === CONSENSUS_AUDIT.entity);
	const lockEntries = entries.filter((e) => e.entity === CONSENSUS_AUDIT.lockEntity);
	const changed = cellEntries.filter((e) => e.action === CONSENSUS_AUDIT.change);
	return {
		decisions: cellEntries.filter((e) => e.action === CONSENSUS_AUDIT.set).length,
		changes: changed.length,
		locks: lockEntries.filter((e) => e.action === CONSENSUS_AUDIT.lock).length,
		unlocks: lockEntries.filter((e) => e.action === CONSENSUS_AUDIT.unlock).length,
		revisedCells: [...new Set(changed.map((e) => e.entityId))]
	};
}

/** Newest first. */
export function sortAuditNewestFirst<T extends { at: string }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => b.at.localeCompare(a.at));
}
