import { AssessmentSession, AuditEntry, ConsensusDecision, type Assessor, type Assignment, type Candidate, type Classification, type Exercise, type Observation, type Rating } from '$lib/engine/model';
import { SAM_LEVEL_IDS, type SamLevelId } from '$lib/engine/rubric';
import {
	CONSENSUS_AUDIT,
	consensusCellKey,
	describeAbsence,
	describeConsensusChange,
	describeLockChange,
	describeWaiting,
	findOpenCells,
	findUnanimousCells,
	lockRefusal,
	unanimousReason,
	waitingForCell,
	type DecidedOutcome
} from '$lib/engine/consensus';
import { validateRecord, type SaveResult } from '$lib/engine/observation/validate-input';
import { getDb, ofSession } from './db';
import { newMeta, nowIso, touched } from './record-meta';

/** Everything the consensus meeting and the agreement dashboard read of one session. */
export interface ConsensusSnapshot {
	session: AssessmentSession;
	candidates: Candidate[];
	exercises: Exercise[];
	assessors: Assessor[];
	/** Observers-in-training: named for their learning comparison; their ratings in `ratings` are practice. */
	observers: Assessor[];
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
		const [candidates, exercises, assignments, ratings, decisions, assessorRows, observerRows] = await Promise.all([
			db.candidates.where('sessionId').equals(sessionId).toArray(),
			db.exercises.where('sessionId').equals(sessionId).toArray(),
			db.assignments.where('sessionId').equals(sessionId).toArray(),
			ofSession(db.ratings, sessionId).toArray(),
			ofSession(db.consensusDecisions, sessionId).toArray(),
			db.assessors.bulkGet(session.assessorIds),
			db.assessors.bulkGet(session.observerIds ?? [])
		]);
		return {
			session,
			candidates: alive(candidates).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
			exercises: alive(exercises).sort((a, b) => a.order - b.order),
			assessors: assessorRows.filter((a): a is Assessor => Boolean(a) && !a!.deletedAt),
			observers: observerRows.filter((a): a is Assessor => Boolean(a) && !a!.deletedAt),
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
		.filter((e) => e.entity === CONSENSUS_AUDIT.entity || e.entity === CONSENSUS_AUDIT.lockEntity || e.entity === CONSENSUS_AUDIT.absenceEntity)
		.sort((a, b) => b.at.localeCompare(a.at));
}

const LEAD_ONLY = 'Alleen de hoofdassessor kan de consensus vergrendelen of ontgrendelen.';

/** Who may take part: an assessor of the session. Who may lock: the lead, or any assessor when none is set. */
function checkActor(session: AssessmentSession, actorId: string, needsLead: boolean): string | undefined {
	if (!session.assessorIds.includes(actorId) && session.leadAssessorId !== actorId)
		return 'Je bent geen assessor van dit assessment-center. Kies eerst wie je bent.';
	if (needsLead && session.leadAssessorId && session.leadAssessorId !== actorId) return LEAD_ONLY;
	return undefined;
}

export interface ConsensusInput {
	sessionId: string;
	candidateId: string;
	competencyId: string;
	/** For the audit text; the competency's name comes from the rubric the caller already has. */
	competencyName: string;
	/** The level agreed on, or 'geen-consensus' when the group could not agree (then the reason says why). */
	level: SamLevelId | 'geen-consensus';
	reason: string;
	actorId: string;
}

type Db = ReturnType<typeof getDb>;

const outcomeOf = (d: ConsensusDecision | undefined): DecidedOutcome | undefined => (!d ? undefined : d.noConsensus ? 'geen-consensus' : d.level);

/** Who a cell still waits for (assigned assessors who neither submitted its exercises nor are marked absent). */
async function waitingFor(db: Db, session: AssessmentSession, candidateId: string, competencyId: string) {
	const [exercises, assignments, ratings] = await Promise.all([
		db.exercises.where('sessionId').equals(session.id).toArray(),
		db.assignments.where('sessionId').equals(session.id).toArray(),
		ofSession(db.ratings, session.id).toArray()
	]);
	const alive = <T extends { deletedAt?: string | undefined }>(rows: T[]) => rows.filter((r) => !r.deletedAt);
	return waitingForCell({
		exercises: alive(exercises),
		assessorIds: session.assessorIds,
		assignments: alive(assignments),
		ratings: alive(ratings),
		absences: session.absences ?? [],
		candidateId,
		competencyId
	});
}

async function namesOf(db: Db, ids: readonly string[]): Promise<Record<string, string>> {
	const rows = await db.assessors.bulkGet([...ids]);
	return Object.fromEntries(rows.filter((a) => a !== undefined).map((a) => [a!.id, a!.name]));
}

async function exerciseNamesOf(db: Db, sessionId: string): Promise<Record<string, string>> {
	return Object.fromEntries((await db.exercises.where('sessionId').equals(sessionId).toArray()).map((e) => [e.id, e.name]));
}

function cellAudit(input: { actorId: string; sessionId: string; candidateId: string; competencyId: string; action: string; summary: string }) {
	return validateRecord(AuditEntry, {
		id: crypto.randomUUID(),
		at: nowIso(),
		actorId: input.actorId,
		sessionId: input.sessionId,
		entity: CONSENSUS_AUDIT.entity,
		entityId: consensusCellKey(input.candidateId, input.competencyId),
		action: input.action,
		summary: input.summary.slice(0, 2_000)
	});
}

const liveDecision = async (db: Db, sessionId: string, candidateId: string, competencyId: string) =>
	(await db.consensusDecisions.where('[sessionId+candidateId+competencyId]').equals([sessionId, candidateId, competencyId]).toArray()).find((d) => !d.deletedAt);

const DECIDE_TABLES = (db: Db) => [db.sessions, db.candidates, db.exercises, db.assignments, db.ratings, db.assessors, db.consensusDecisions, db.auditLog, db.settings];

/**
 * Records (or changes) the group's decision for one cell: a level, or "geen consensus"; both need a reason.
 * The individual ratings are not touched; every change is logged with who, when and from → to. Refused
 * while the consensus is locked, and while an assigned assessor has not submitted the cell's exercises
 * (nor is marked absent): the meeting decides on everyone's submitted work, not on part of it.
 */
export async function recordConsensus(input: ConsensusInput): Promise<SaveResult<ConsensusDecision>> {
	const reason = input.reason.trim();
	if (!reason) {
		return { ok: false, problems: [input.level === 'geen-consensus' ? 'Geef een reden waarom er geen consensus is.' : 'Geef een korte reden voor het consensusniveau.'] };
	}
	const db = getDb();
	return db.transaction('rw', DECIDE_TABLES(db), async (): Promise<SaveResult<ConsensusDecision>> => {
		const session = await db.sessions.get(input.sessionId);
		if (!session || session.deletedAt) return { ok: false, problems: ['Dit assessment-center bestaat niet (meer).'] };
		if (session.consensusLock) return { ok: false, problems: ['De consensus is vergrendeld: je kan ze alleen nog lezen.'] };
		const actorProblem = checkActor(session, input.actorId, false);
		if (actorProblem) return { ok: false, problems: [actorProblem] };
		const candidate = await db.candidates.get(input.candidateId);
		if (!candidate || candidate.sessionId !== input.sessionId) return { ok: false, problems: ['Deze kandidaat hoort niet bij dit assessment-center.'] };
		if (!session.competencyIds.includes(input.competencyId)) return { ok: false, problems: ['Deze competentie wordt in dit assessment-center niet gemeten.'] };
		const waiting = await waitingFor(db, session, input.candidateId, input.competencyId);
		if (waiting.length > 0) {
			const names = { assessors: await namesOf(db, waiting.map((w) => w.assessorId)), exercises: await exerciseNamesOf(db, session.id) };
			return { ok: false, problems: [`Deze cel kan nog niet beslist worden. ${describeWaiting(waiting, names)}`] };
		}

		const existing = await liveDecision(db, input.sessionId, input.candidateId, input.competencyId);
		if (existing && outcomeOf(existing) === input.level && existing.reason === reason) return { ok: true, value: existing };
		const base = existing ? await touched(existing) : { ...(await newMeta()), sessionId: input.sessionId, candidateId: input.candidateId, competencyId: input.competencyId };
		// A decision written by hand replaces any "taken over as eensgezind" mark: its reason is now the meeting's.
		const { level: _level, noConsensus: _none, acceptedUnanimous: _auto, ...rest } = base as ConsensusDecision;
		const outcome = input.level === 'geen-consensus' ? { noConsensus: true as const } : { level: input.level };
		const result = validateRecord(ConsensusDecision, { ...rest, ...outcome, reason, decidedBy: input.actorId });
		if (!result.ok) return result;
		const audit = cellAudit({
			...input,
			action: existing ? CONSENSUS_AUDIT.change : CONSENSUS_AUDIT.set,
			summary: describeConsensusChange({ candidateName: candidate.name, competencyName: input.competencyName, from: outcomeOf(existing), to: input.level, reason })
		});
		if (!audit.ok) return audit;
		await db.consensusDecisions.put(result.value);
		await db.auditLog.add(audit.value);
		return result;
	});
}

/**
 * "Neem de eensgezinde cellen over": in one step, a decision for every open cell that may be decided and
 * where every assessor gave the same level in every exercise (the combined rule's "eensgezind"), with a
 * reason written by the app. Each cell is logged, and each can be undone (`withdrawConsensus`).
 * Returns how many cells were taken over.
 */
export async function acceptUnanimousCells(sessionId: string, actorId: string, competencyNames: Record<string, string>): Promise<SaveResult<number>> {
	const db = getDb();
	return db.transaction('rw', DECIDE_TABLES(db), async (): Promise<SaveResult<number>> => {
		const session = await db.sessions.get(sessionId);
		if (!session || session.deletedAt) return { ok: false, problems: ['Dit assessment-center bestaat niet (meer).'] };
		if (session.consensusLock) return { ok: false, problems: ['De consensus is vergrendeld: je kan ze alleen nog lezen.'] };
		const actorProblem = checkActor(session, actorId, false);
		if (actorProblem) return { ok: false, problems: [actorProblem] };
		const [candidates, exercises, assignments, ratings, decisions] = await Promise.all([
			db.candidates.where('sessionId').equals(sessionId).toArray(),
			db.exercises.where('sessionId').equals(sessionId).toArray(),
			db.assignments.where('sessionId').equals(sessionId).toArray(),
			ofSession(db.ratings, sessionId).toArray(),
			ofSession(db.consensusDecisions, sessionId).toArray()
		]);
		const alive = <T extends { deletedAt?: string | undefined }>(rows: T[]) => rows.filter((r) => !r.deletedAt);
		const cells = findUnanimousCells({
			candidateIds: alive(candidates).map((c) => c.id),
			competencyIds: session.competencyIds,
			assessorIds: session.assessorIds,
			exercises: alive(exercises),
			assignments: alive(assignments),
			ratings: alive(ratings),
			decisions: alive(decisions),
			absences: session.absences ?? []
		});
		const names = await namesOf(db, session.assessorIds);
		const candidateNames = Object.fromEntries(candidates.map((c) => [c.id, c.name]));
		for (const cell of cells) {
			const reason = unanimousReason(cell.level, cell.assessorIds.map((a) => names[a] ?? 'onbekend'));
			const record = validateRecord(ConsensusDecision, {
				...(await newMeta()),
				sessionId,
				candidateId: cell.candidateId,
				competencyId: cell.competencyId,
				level: cell.level,
				acceptedUnanimous: true,
				reason,
				decidedBy: actorId
			});
			if (!record.ok) return record;
			const audit = cellAudit({
				actorId,
				sessionId,
				candidateId: cell.candidateId,
				competencyId: cell.competencyId,
				action: CONSENSUS_AUDIT.unanimous,
				summary: describeConsensusChange({ candidateName: candidateNames[cell.candidateId] ?? '', competencyName: competencyNames[cell.competencyId] ?? cell.competencyId, to: cell.level, reason })
			});
			if (!audit.ok) return audit;
			await db.consensusDecisions.put(record.value);
			await db.auditLog.add(audit.value);
		}
		return { ok: true, value: cells.length };
	});
}

/** Undoes one cell's decision (a level taken over as eensgezind, or any other): the cell is open again. Logged. */
export async function withdrawConsensus(input: { sessionId: string; candidateId: string; competencyId: string; competencyName: string; actorId: string }): Promise<SaveResult<undefined>> {
	const db = getDb();
	return db.transaction('rw', DECIDE_TABLES(db), async (): Promise<SaveResult<undefined>> => {
		const session = await db.sessions.get(input.sessionId);
		if (!session || session.deletedAt) return { ok: false, problems: ['Dit assessment-center bestaat niet (meer).'] };
		if (session.consensusLock) return { ok: false, problems: ['De consensus is vergrendeld: je kan ze alleen nog lezen.'] };
		const actorProblem = checkActor(session, input.actorId, false);
		if (actorProblem) return { ok: false, problems: [actorProblem] };
		const existing = await liveDecision(db, input.sessionId, input.candidateId, input.competencyId);
		if (!existing) return { ok: true, value: undefined };
		const candidate = await db.candidates.get(input.candidateId);
		const audit = cellAudit({
			...input,
			action: CONSENSUS_AUDIT.withdraw,
			summary: describeConsensusChange({ candidateName: candidate?.name ?? '', competencyName: input.competencyName, from: outcomeOf(existing), to: undefined, reason: 'besluit ingetrokken, de cel is weer open.' })
		});
		if (!audit.ok) return audit;
		await db.consensusDecisions.put({ ...(await touched(existing)), deletedAt: nowIso() });
		await db.auditLog.add(audit.value);
		return { ok: true, value: undefined };
	});
}

/**
 * The lead marks an assessor absent for an exercise (they will not submit it), with a reason: the
 * consensus stops waiting for them. Logged in the consensus log. Only the lead (or any assessor when none is set).
 */
export async function markAssessorAbsent(input: { sessionId: string; exerciseId: string; assessorId: string; reason: string; actorId: string }): Promise<SaveResult<AssessmentSession>> {
	const reason = input.reason.trim();
	if (!reason) return { ok: false, problems: ['Geef een reden waarom deze assessor afwezig is.'] };
	const db = getDb();
	return db.transaction('rw', DECIDE_TABLES(db), async (): Promise<SaveResult<AssessmentSession>> => {
		const session = await db.sessions.get(input.sessionId);
		if (!session || session.deletedAt) return { ok: false, problems: ['Dit assessment-center bestaat niet (meer).'] };
		if (session.consensusLock) return { ok: false, problems: ['De consensus is vergrendeld: je kan ze alleen nog lezen.'] };
		const actorProblem = checkActor(session, input.actorId, true);
		if (actorProblem) return { ok: false, problems: [actorProblem === LEAD_ONLY ? 'Alleen de hoofdassessor kan een assessor afwezig melden.' : actorProblem] };
		const exercise = await db.exercises.get(input.exerciseId);
		if (!exercise || exercise.sessionId !== session.id || exercise.deletedAt) return { ok: false, problems: ['Deze oefening hoort niet bij dit assessment-center.'] };
		if (!session.assessorIds.includes(input.assessorId)) return { ok: false, problems: ['Deze persoon is geen assessor van dit assessment-center.'] };
		const absences = session.absences ?? [];
		if (absences.some((a) => a.exerciseId === input.exerciseId && a.assessorId === input.assessorId)) return { ok: true, value: session };
		const at = nowIso();
		const next = validateRecord(AssessmentSession, { ...(await touched(session)), absences: [...absences, { exerciseId: input.exerciseId, assessorId: input.assessorId, reason, by: input.actorId, at }] });
		if (!next.ok) return next;
		const assessorName = (await db.assessors.get(input.assessorId))?.name ?? 'onbekende assessor';
		await db.sessions.put(next.value);
		await db.auditLog.add({
			id: crypto.randomUUID(),
			at,
			actorId: input.actorId,
			sessionId: session.id,
			entity: CONSENSUS_AUDIT.absenceEntity,
			entityId: `${input.exerciseId}:${input.assessorId}`,
			action: CONSENSUS_AUDIT.absent,
			summary: describeAbsence({ assessorName, exerciseName: exercise.name, reason }).slice(0, 2_000)
		});
		return next;
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
	const decisions = await ofSession(db.consensusDecisions, session.id).toArray();
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
	level?: SamLevelId | 'geen-consensus' | undefined;
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
	const level =
		value.level === 'geen-consensus' ? 'geen-consensus' : typeof value.level === 'string' && SAM_LEVEL_IDS.includes(value.level as SamLevelId) ? (value.level as SamLevelId) : undefined;
	return { level, reason: value.reason };
}

export async function clearConsensusDraft(sessionId: string, candidateId: string, competencyId: string): Promise<void> {
	await getDb().settings.delete(draftKey(sessionId, candidateId, competencyId));
}
