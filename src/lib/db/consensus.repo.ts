import { AuditEntry, ConsensusDecision, type AssessmentSession, type Assessor, type Assignment, type Candidate, type Classification, type Exercise, type Observation, type Rating } from '$lib/engine/model';
import { SAM_LEVEL_IDS, type SamLevelId } from '$lib/engine/rubric';
import { CONSENSUS_AUDIT, consensusCellKey, describeConsensusChange, describeLockChange, findOpenCells, lockRefusal } from '$lib/engine/consensus';
import { validateRecord, type SaveResult } from '$lib/engine/observation/validate-input';
import { getDb } from './db';
import { newMeta, nowIso, touched } from './record-meta';

/** Everything the consensus meeting and the agreement dashboard read of one session. */
export interface ConsensusSnapshot {
	session: AssessmentSession;
	candidates: Candidate[];
	exercises: Exercise[];
	assessors: Assessor[];
	assignments: Assignment[];
	ratings: Rating[];
	decisions: ConsensusDecision[];
}

const alive = <T extends { deletedAt?: string | undefined }>(rows: T[]): T[] => rows.filter((r) => !r.deletedAt);

/** One read of a session's data for the meeting; undefined when the session does not exist (any more). */
export async function loadConsensusSnapshot(sessionId: string): Promise<ConsensusSnapshot | undefined> {
	const db = getDb();
	return db.transaction('r', [db.sessions, db.candidates, db.exercises, db.assessors, db.assignments, db.ratings, db.consensusDecisions], async () => {
		const session = await db.sessions.get(sessionId);
		if (!session || session.deletedAt) return undefined;
		const [candidates, exercises, assignments, ratings, decisions, assessorRows] = await Promise.all([
			db.candidates.where('sessionId').equals(sessionId).toArray(),
			db.exercises.where('sessionId').equals(sessionId).toArray(),
			db.assignments.where('sessionId').equals(sessionId).toArray(),
			db.ratings.where('sessionId').equals(sessionId).toArray(),
			db.consensusDecisions.where('sessionId').equals(sessionId).toArray(),
			db.assessors.bulkGet(session.assessorIds)
		]);
		return {
			session,
			candidates: alive(candidates).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
			exercises: alive(exercises).sort((a, b) => a.order - b.order),
			assessors: assessorRows.filter((a): a is Assessor => Boolean(a) && !a!.deletedAt),
			assignments: alive(assignments),
			ratings: alive(ratings),
			decisions: alive(decisions)
		};
	});
}

export interface CellSources {
	observations: Observation[];
	classifications: Classification[];
	ratings: Rating[];
}

/** The notes, classifications and ratings behind one candidate × competency cell. */
export async function loadCellSources(sessionId: string, candidateId: string, competencyId: string): Promise<CellSources> {
	const db = getDb();
	const [observations, classifications, ratings] = await Promise.all([
		db.observations.where('[sessionId+candidateId]').equals([sessionId, candidateId]).toArray(),
		db.classifications.where('[sessionId+candidateId+competencyId]').equals([sessionId, candidateId, competencyId]).toArray(),
		db.ratings.where('[sessionId+candidateId+competencyId]').equals([sessionId, candidateId, competencyId]).toArray()
	]);
	return { observations: alive(observations), classifications: alive(classifications), ratings: alive(ratings) };
}

/** The consensus part of a session's audit log, newest first. */
export async function listConsensusAudit(sessionId: string): Promise<AuditEntry[]> {
	const all = await getDb().auditLog.where('sessionId').equals(sessionId).toArray();
	return all
		.filter((e) => e.entity === CONSENSUS_AUDIT.entity || e.entity === CONSENSUS_AUDIT.lockEntity)
		.sort((a, b) => b.at.localeCompare(a.at));
}

/** Who may take part: an assessor of the session. Who may lock: the lead, or any assessor when none is set. */
function checkActor(session: AssessmentSession, actorId: string, needsLead: boolean): string | undefined {
	if (!session.assessorIds.includes(actorId) && session.leadAssessorId !== actorId)
		return 'Je bent geen assessor van dit assessment-center. Kies eerst wie je bent.';
	if (needsLead && session.leadAssessorId && session.leadAssessorId !== actorId)
		return 'Alleen de hoofdassessor kan de consensus vergrendelen of ontgrendelen.';
	return undefined;
}

export interface ConsensusInput {
	sessionId: string;
	candidateId: string;
	competencyId: string;
	/** For the audit text; the competency's name comes from the rubric the caller already has. */
	competencyName: string;
	level: SamLevelId;
	reason: string;
	actorId: string;
}

/**
 * Records (or changes) the group's level for one cell. The individual ratings are not touched; every
 * change is logged with who, when and from → to. Refused while the consensus is locked.
 */
export async function recordConsensus(input: ConsensusInput): Promise<SaveResult<ConsensusDecision>> {
	const reason = input.reason.trim();
	if (!reason) return { ok: false, problems: ['Geef een korte reden voor het consensusniveau.'] };
	const db = getDb();
	return db.transaction('rw', [db.sessions, db.candidates, db.consensusDecisions, db.auditLog, db.settings], async (): Promise<SaveResult<ConsensusDecision>> => {
		const session = await db.sessions.get(input.sessionId);
		if (!session || session.deletedAt) return { ok: false, problems: ['Dit assessment-center bestaat niet (meer).'] };
		if (session.consensusLock) return { ok: false, problems: ['De consensus is vergrendeld: je kan ze alleen nog lezen.'] };
		const actorProblem = checkActor(session, input.actorId, false);
		if (actorProblem) return { ok: false, problems: [actorProblem] };
		const candidate = await db.candidates.get(input.candidateId);
		if (!candidate || candidate.sessionId !== input.sessionId) return { ok: false, problems: ['Deze kandidaat hoort niet bij dit assessment-center.'] };
		if (!session.competencyIds.includes(input.competencyId)) return { ok: false, problems: ['Deze competentie wordt in dit assessment-center niet gemeten.'] };

		const existing = (await db.consensusDecisions.where('[sessionId+candidateId+competencyId]').equals([input.sessionId, input.candidateId, input.competencyId]).toArray()).find((d) => !d.deletedAt);
		if (existing && existing.level === input.level && existing.reason === reason) return { ok: true, value: existing };
		const base = existing ? await touched(existing) : { ...(await newMeta()), sessionId: input.sessionId, candidateId: input.candidateId, competencyId: input.competencyId };
		const result = validateRecord(ConsensusDecision, { ...base, level: input.level, reason, decidedBy: input.actorId });
		if (!result.ok) return result;
		const audit = validateRecord(AuditEntry, {
			id: crypto.randomUUID(),
			at: nowIso(),
			actorId: input.actorId,
			sessionId: input.sessionId,
			entity: CONSENSUS_AUDIT.entity,
			entityId: consensusCellKey(input.candidateId, input.competencyId),
			action: existing ? CONSENSUS_AUDIT.change : CONSENSUS_AUDIT.set,
			summary: describeConsensusChange({ candidateName: candidate.name, competencyName: input.competencyName, from: existing?.level, to: input.level, reason }).slice(0, 2_000)
		});
		if (!audit.ok) return audit;
		await db.consensusDecisions.put(result.value);
		await db.auditLog.add(audit.value);
		return result;
	});
}

async function setLock(sessionId: string, actorId: string, locked: boolean, reason: string, competencyNames: Record<string, string> = {}): Promise<SaveResult<AssessmentSession>> {
	const db = getDb();
	return db.transaction('rw', [db.sessions, db.candidates, db.consensusDecisions, db.auditLog, db.settings], async (): Promise<SaveResult<AssessmentSession>> => {
		const session = await db.sessions.get(sessionId);
		if (!session || session.deletedAt) return { ok: false, problems: ['Dit assessment-center bestaat niet (meer).'] };
		const actorProblem = checkActor(session, actorId, true);
		if (actorProblem) return { ok: false, problems: [actorProblem] };
		if (Boolean(session.consensusLock) === locked) return { ok: true, value: session };
		if (locked) {
			const refusal = await openCellsRefusal(session, competencyNames);
			if (refusal) return { ok: false, problems: [refusal] };
		}
		const at = nowIso();
		const next = await touched(session);
		if (locked) next.consensusLock = { lockedAt: at, lockedBy: actorId };
		else delete next.consensusLock;
		await db.sessions.put(next);
		await db.auditLog.add({
			id: crypto.randomUUID(),
			at,
			actorId,
			sessionId,
			entity: CONSENSUS_AUDIT.lockEntity,
			entityId: sessionId,
			action: locked ? CONSENSUS_AUDIT.lock : CONSENSUS_AUDIT.unlock,
			summary: describeLockChange(locked, reason).slice(0, 2_000)
		});
		return { ok: true, value: next };
	});
}

/** Why this session's consensus cannot be locked yet (cells without a decision), or undefined. */
async function openCellsRefusal(session: AssessmentSession, competencyNames: Record<string, string>): Promise<string | undefined> {
	const db = getDb();
	const candidates = alive(await db.candidates.where('sessionId').equals(session.id).toArray());
	const decisions = await db.consensusDecisions.where('sessionId').equals(session.id).toArray();
	const open = findOpenCells({ candidateIds: candidates.map((c) => c.id), competencyIds: session.competencyIds, decisions });
	return lockRefusal(open, {
		candidates: Object.fromEntries(candidates.map((c) => [c.id, c.name])),
		competencies: competencyNames
	});
}

/** Locks the consensus: read-only from now on, and only when every cell has a decision. Only the lead (or any assessor when no lead is set). */
export function lockConsensus(sessionId: string, actorId: string, competencyNames: Record<string, string> = {}): Promise<SaveResult<AssessmentSession>> {
	return setLock(sessionId, actorId, true, '', competencyNames);
}

/** Unlocking is possible but needs a reason, and is logged. */
export async function unlockConsensus(sessionId: string, actorId: string, reason: string): Promise<SaveResult<AssessmentSession>> {
	if (!reason.trim()) return { ok: false, problems: ['Geef een reden om de consensus te ontgrendelen.'] };
	return setLock(sessionId, actorId, false, reason);
}

/** A consensus being typed but not yet recorded: kept so a reload or a closed tab loses nothing. */
export interface ConsensusDraft {
	level?: SamLevelId | undefined;
	reason: string;
}

const draftKey = (sessionId: string, candidateId: string, competencyId: string): string => `consensus-draft:${sessionId}:${candidateId}:${competencyId}`;

export async function saveConsensusDraft(sessionId: string, candidateId: string, competencyId: string, draft: ConsensusDraft): Promise<void> {
	await getDb().settings.put({ key: draftKey(sessionId, candidateId, competencyId), value: { level: draft.level, reason: draft.reason.slice(0, 2_000) } });
}

export async function loadConsensusDraft(sessionId: string, candidateId: string, competencyId: string): Promise<ConsensusDraft | undefined> {
	const record = await getDb().settings.get(draftKey(sessionId, candidateId, competencyId));
	const value = record?.value as { level?: unknown; reason?: unknown } | undefined;
	if (!value || typeof value.reason !== 'string') return undefined;
	const level = typeof value.level === 'string' && SAM_LEVEL_IDS.includes(value.level as SamLevelId) ? (value.level as SamLevelId) : undefined;
	return { level, reason: value.reason };
}

export async function clearConsensusDraft(sessionId: string, candidateId: string, competencyId: string): Promise<void> {
	await getDb().settings.delete(draftKey(sessionId, candidateId, competencyId));
}
