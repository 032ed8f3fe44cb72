import { z } from '../common/zod-nl';
import {
	ActionItem,
	AssessmentSession,
	Assessor,
	Assignment,
	AuditEntry,
	Candidate,
	ChecklistMeasurement,
	Classification,
	ConsensusDecision,
	Exercise,
	FinalAssessment,
	Id,
	IsoDateTime,
	KpiEntry,
	KpiPeriodClosure,
	Observation,
	Organisation,
	Pdp,
	Rating,
	TociEvaluation,
	VersionVector
} from '../model';
import { RUBRIC_KIND_LABELS, RubricFile, type RubricKind } from '../rubric';
import { SYNC_TABLES, type BundleTable, type SyncTable } from './format';

/** A stored rubric file (mirror of the database's RubricVersionRecord), immutable once stored. */
export const RubricVersionRecord = z.strictObject({
	id: z.string().min(1).max(250),
	rubricId: z.string().min(1).max(200),
	version: z.string().min(1).max(50),
	/** The kinds come from the rubric union itself, so a new kind of rubric can be stored and exchanged at once. */
	kind: z.enum(Object.keys(RUBRIC_KIND_LABELS) as [RubricKind, ...RubricKind[]]),
	title: z.string().max(500),
	origin: z.enum(['builtin', 'imported']),
	content: RubricFile,
	contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'is geen SHA-256-hash'),
	storedAt: IsoDateTime
});

/**
 * The trace of an erased record: ids only, never personal data. It travels in every bundle so that
 * other tablets erase the same records and never take them back from an older bundle.
 */
export const Erasure = z.strictObject({
	id: z.string().min(1).max(250),
	entity: z.enum(SYNC_TABLES),
	entityId: Id,
	erasedAt: IsoDateTime,
	/** Device that erased it. */
	by: z.string().max(64)
});
export type Erasure = z.infer<typeof Erasure>;

/** An incoming version that was changed on another tablet at the same time as the local one. */
export const ConflictRecord = z.strictObject({
	id: z.string().min(1).max(400),
	table: z.enum(SYNC_TABLES),
	recordId: Id,
	incoming: z.record(z.string(), z.unknown()),
	incomingVv: VersionVector,
	detectedAt: IsoDateTime,
	fromDeviceId: z.string().max(64)
});
export type ConflictRecord = z.infer<typeof ConflictRecord>;

export const SettingRecord = z.strictObject({ key: z.string().min(1).max(100), value: z.json() });

/** The strict schema of every record a bundle can carry, per table: nothing unknown gets in. */
export const TABLE_SCHEMAS = {
	organisations: Organisation,
	rubricVersions: RubricVersionRecord,
	assessors: Assessor,
	sessions: AssessmentSession,
	exercises: Exercise,
	candidates: Candidate,
	assignments: Assignment,
	observations: Observation,
	classifications: Classification,
	ratings: Rating,
	consensusDecisions: ConsensusDecision,
	finalAssessments: FinalAssessment,
	auditLog: AuditEntry,
	pdps: Pdp,
	actions: ActionItem,
	tociEvaluations: TociEvaluation,
	checklistMeasurements: ChecklistMeasurement,
	kpiEntries: KpiEntry,
	kpiClosures: KpiPeriodClosure,
	settings: SettingRecord,
	conflicts: ConflictRecord
} satisfies Record<BundleTable, z.ZodType>;

/** Any record of a table that is exchanged between tablets. */
export type SyncRecord = { id: string } & Record<string, unknown>;

/** The key of a record in its table (settings are keyed by `key`, everything else by `id`). */
export function recordKey(table: BundleTable, record: Record<string, unknown>): string {
	return String(table === 'settings' ? record.key : record.id);
}

export function isSyncTable(table: string): table is SyncTable {
	return (SYNC_TABLES as readonly string[]).includes(table);
}
