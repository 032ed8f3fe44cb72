import { Dexie, type Collection, type EntityTable, type Table } from 'dexie';
import type {
	ActionItem,
	AssessmentSession,
	Assessor,
	Assignment,
	AuditEntry,
	CalibrationAttempt,
	Candidate,
	ChecklistMeasurement,
	Classification,
	ConsensusDecision,
	Exercise,
	FinalAssessment,
	KpiEntry,
	KpiPeriodClosure,
	Observation,
	Organisation,
	Pdp,
	Rating,
	TociEvaluation
} from '$lib/engine/model';
import type { RubricFile } from '$lib/engine/rubric';
import type { ConflictRecord, Erasure } from '$lib/engine/exchange';
import type { OutboxEntry, SyncRevision, SyncStateRecord } from './sync/records';
import { useOutbox } from './sync/outbox-middleware';

/** A rubric file as stored: immutable once stored, referred to by `id@version`. */
export interface RubricVersionRecord {
	id: string;
	rubricId: string;
	version: string;
	kind: RubricFile['kind'];
	title: string;
	origin: 'builtin' | 'imported';
	content: RubricFile;
	/** SHA-256 of the canonical JSON: the same id@version with other content is refused. */
	contentHash: string;
	storedAt: string;
}

export interface SettingRecord {
	key: string;
	value: unknown;
}

export const DB_NAME = 'wakker';

/**
 * The one Dexie database. Migration policy (see README): every schema change is a new `this.version(n)`
 * below the previous ones, listing only the changed tables, with an `upgrade` when existing records need
 * new fields. A released version is never edited. `tests/unit/db-migrations.test.ts` opens a fixture
 * written by every earlier version and checks the data survived.
 */
export class WakkerDatabase extends Dexie {
	organisations!: EntityTable<Organisation, 'id'>;
	rubricVersions!: EntityTable<RubricVersionRecord, 'id'>;
	assessors!: EntityTable<Assessor, 'id'>;
	sessions!: EntityTable<AssessmentSession, 'id'>;
	exercises!: EntityTable<Exercise, 'id'>;
	candidates!: EntityTable<Candidate, 'id'>;
	assignments!: EntityTable<Assignment, 'id'>;
	observations!: EntityTable<Observation, 'id'>;
	classifications!: EntityTable<Classification, 'id'>;
	ratings!: EntityTable<Rating, 'id'>;
	consensusDecisions!: EntityTable<ConsensusDecision, 'id'>;
	auditLog!: EntityTable<AuditEntry, 'id'>;
	pdps!: EntityTable<Pdp, 'id'>;
	actions!: EntityTable<ActionItem, 'id'>;
	tociEvaluations!: EntityTable<TociEvaluation, 'id'>;
	checklistMeasurements!: EntityTable<ChecklistMeasurement, 'id'>;
	kpiEntries!: EntityTable<KpiEntry, 'id'>;
	kpiClosures!: EntityTable<KpiPeriodClosure, 'id'>;
	settings!: EntityTable<SettingRecord, 'key'>;
	erasures!: EntityTable<Erasure, 'id'>;
	conflicts!: EntityTable<ConflictRecord, 'id'>;
	syncOutbox!: EntityTable<OutboxEntry, 'docId'>;
	syncRevisions!: EntityTable<SyncRevision, 'docId'>;
	syncState!: EntityTable<SyncStateRecord, 'key'>;
	calibrationAttempts!: EntityTable<CalibrationAttempt, 'id'>;
	finalAssessments!: EntityTable<FinalAssessment, 'id'>;

	constructor(name: string = DB_NAME) {
		super(name);
		// Version 1: the whole domain. Index only what `where()` queries.
		this.version(1).stores({
			organisations: 'id, name',
			rubricVersions: 'id, rubricId, kind',
			assessors: 'id, name',
			sessions: 'id, updatedAt',
			exercises: 'id, sessionId',
			candidates: 'id, sessionId, name',
			assignments: 'id, sessionId, [exerciseId+assessorId]',
			observations: 'id, sessionId, [sessionId+candidateId], [exerciseId+candidateId], authorId',
			classifications: 'id, sessionId, observationId, [sessionId+candidateId+competencyId]',
			ratings: 'id, sessionId, [sessionId+candidateId+competencyId], [exerciseId+authorId]',
			consensusDecisions: 'id, sessionId, [sessionId+candidateId+competencyId]',
			auditLog: 'id, entityId, sessionId, at',
			pdps: 'id, candidateId, sessionId',
			actions: 'id, planId',
			tociEvaluations: 'id, candidateId, date',
			checklistMeasurements: 'id, organisationId, date',
			kpiEntries: 'id, [organisationId+period], organisationId',
			settings: 'key'
		});
		// Version 2: traces of erased records (ids only) that travel to other tablets, and incoming versions
		// that conflict with a local change, kept until a person chooses. No existing record changes.
		this.version(2).stores({
			erasures: 'id, entityId',
			conflicts: 'id, recordId'
		});
		// Version 3: live sync. The outbox (which records changed since they were last sent), the revision
		// history each record has on the sync server, and this tablet's sync state (server, checkpoints).
		// All three stay on this tablet. No existing record changes.
		this.version(3).stores({
			syncOutbox: 'docId',
			syncRevisions: 'docId',
			syncState: 'key'
		});
		// Version 4: assessors' practice on calibration cases, apart from every real-assessment table and kept on
		// this tablet (it is not shared by sync or bundles). No existing record changes.
		this.version(4).stores({
			calibrationAttempts: 'id, assessorId, caseKey'
		});
		// Version 5: the eindbeoordeling per candidate per assessment-center (advice, motivation, sterke punten,
		// groeipunten), shared like the consensus. No existing record changes.
		this.version(5).stores({
			finalAssessments: 'id, sessionId, [sessionId+candidateId], candidateId'
		});
		// Version 6: fewer indexes on the tables an import writes by the thousand. Every index is one more entry the
		// browser writes per record (bench/exchange: about 0.2 s per index for 9,000 notes). A plain `sessionId`
		// beside `[sessionId+…]` kept a second copy of the same order: an assessment-center's records are now read
		// from the compound index (`ofSession` below). Also dropped: indexes no query uses (`observations.authorId`,
		// `finalAssessments.candidateId`). Only indexes go; no record changes, so there is no upgrade function.
		this.version(6).stores({
			observations: 'id, [sessionId+candidateId], [exerciseId+candidateId]',
			classifications: 'id, observationId, [sessionId+candidateId+competencyId]',
			ratings: 'id, [sessionId+candidateId+competencyId], [exerciseId+authorId]',
			consensusDecisions: 'id, [sessionId+candidateId+competencyId]',
			finalAssessments: 'id, [sessionId+candidateId]'
		});
		// Version 7: closed KPI periods, each with the figures it was reported with, shared like the KPI values. No
		// existing record changes.
		this.version(7).stores({
			kpiClosures: 'id, organisationId'
		});
		// Every write to a shared table also lands in the outbox, in the same transaction.
		useOutbox(this);
	}
}

/**
 * Since version 6 these tables have no `sessionId` index of their own: their records are found per assessment-center
 * through the compound index that starts with `sessionId`.
 */
const SESSION_COMPOUND_INDEX: Readonly<Record<string, string>> = {
	observations: '[sessionId+candidateId]',
	classifications: '[sessionId+candidateId+competencyId]',
	ratings: '[sessionId+candidateId+competencyId]',
	consensusDecisions: '[sessionId+candidateId+competencyId]',
	finalAssessments: '[sessionId+candidateId]'
};

/**
 * The records of one assessment-center in `table`, deleted ones included. For the tables above it reads the range
 * of their compound index that starts with `sessionId` rather than `where('sessionId')`: Dexie's virtual index pads a
 * three-part key with the same maxKey object twice, a key the IndexedDB rules refuse (fake-indexeddb throws a
 * DataError). `[sessionId]` sorts before every `[sessionId, …]` and `[sessionId, maxKey]` after every
 * `[sessionId, id, …]`, so the range holds exactly that assessment-center's records.
 */
export function ofSession<T, TInsert>(table: Table<T, string, TInsert>, sessionId: string): Collection<T, string, TInsert> {
	const compound = SESSION_COMPOUND_INDEX[table.name];
	return compound ? table.where(compound).between([sessionId], [sessionId, Dexie.maxKey]) : table.where('sessionId').equals(sessionId);
}

let instance: WakkerDatabase | undefined;

/** The app's database, opened lazily so importing this module has no side effects (tests, SSR-less build). */
export function getDb(): WakkerDatabase {
	instance ??= new WakkerDatabase();
	return instance;
}

/** For tests: use a fresh, uniquely named database. */
export function useDatabase(db: WakkerDatabase): void {
	instance = db;
}
