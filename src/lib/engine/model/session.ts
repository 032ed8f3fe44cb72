import { z } from '../common/zod-nl';
import { requiredLine, freeText, slugId, TEXT_LIMITS } from '../common/text';
import { Id, IsoDate, IsoDateTime, RecordMeta } from './base';

export const Organisation = z.strictObject({
	...RecordMeta,
	name: requiredLine(),
	/** KPI ids this organisation tracks (the draaiboek: too many KPIs lead to sloppy registration). */
	kpiTracked: z.array(slugId),
	kpiBaselinePeriod: z.string().max(10).optional()
});
export type Organisation = z.infer<typeof Organisation>;

export const Assessor = z.strictObject({
	...RecordMeta,
	name: requiredLine(),
	organisationId: Id.optional()
});
export type Assessor = z.infer<typeof Assessor>;

export const SessionDay = z.strictObject({ id: Id, date: IsoDate, label: freeText(100) });
export type SessionDay = z.infer<typeof SessionDay>;

export const AssessorAbsence = z.strictObject({
	exerciseId: Id,
	assessorId: Id,
	reason: requiredLine(TEXT_LIMITS.shortText),
	by: Id,
	at: IsoDateTime
});
export type AssessorAbsence = z.infer<typeof AssessorAbsence>;

/** An assessment-center: a group of at most 6 candidates observed in several exercises by several assessors. */
export const AssessmentSession = z.strictObject({
	...RecordMeta,
	name: requiredLine(),
	organisationId: Id.optional(),
	/** The organisation as typed, when it is not (yet) a stored organisation. */
	organisationName: freeText(TEXT_LIMITS.name).optional(),
	location: freeText(TEXT_LIMITS.name),
	days: z.array(SessionDay).max(30),
	/** Exact rubric version the session is scored with (`done-profiel@1.0.0`); never changes once rated. */
	rubricVersionId: z.string().max(200),
	competencyIds: z.array(slugId).max(60),
	assessorIds: z.array(Id).max(20),
	leadAssessorId: Id.optional(),
	/**
	 * Observers-in-training: they write notes and practice ratings on the same screens, and none of it counts
	 * (engine/consensus/who-counts.ts). Never also in `assessorIds`.
	 */
	observerIds: z.array(Id).max(20).optional(),
	/** The draaiboek advises max 6 candidates; a lead may go beyond with a reason. */
	groupSizeOverride: z.strictObject({ reason: requiredLine(TEXT_LIMITS.shortText), by: Id, at: IsoDateTime }).optional(),
	consensusLock: z.strictObject({ lockedAt: IsoDateTime, lockedBy: Id }).optional(),
	/**
	 * Assessors the lead marked absent for an exercise (they will not submit it): the consensus stops
	 * waiting for them, and the blind rule counts them as done. Each with the reason; also in the audit log.
	 */
	absences: z.array(AssessorAbsence).max(400).optional()
});
export type AssessmentSession = z.infer<typeof AssessmentSession>;

export const Exercise = z.strictObject({
	...RecordMeta,
	sessionId: Id,
	name: requiredLine(),
	templateId: slugId.optional(),
	dayId: Id.optional(),
	durationMinutes: z.number().int().min(1).max(600),
	instructions: freeText(TEXT_LIMITS.longText),
	/** The competency × exercise matrix: which competencies this exercise measures. */
	competencyIds: z.array(slugId).max(60),
	order: z.number().int().min(0),
	/** When the exercise ran; a rating given before `endedAt` is marked as judged too fast. */
	startedAt: IsoDateTime.optional(),
	endedAt: IsoDateTime.optional()
});
export type Exercise = z.infer<typeof Exercise>;

/** A job in a stored functieprofielen file: the file's `id@version` and the job's id in it. */
export const TargetJobRef = z.strictObject({ profilesKey: z.string().min(1).max(250), jobId: slugId });
export type TargetJobRef = z.infer<typeof TargetJobRef>;

export const Candidate = z.strictObject({
	...RecordMeta,
	/** Absent for someone followed only through TOCI or a PDP, outside an assessment-center. */
	sessionId: Id.optional(),
	name: requiredLine(),
	jobTarget: freeText(TEXT_LIMITS.name),
	/** The functieprofiel the job target points at (`jobTarget` keeps the free text for nuance). */
	targetJob: TargetJobRef.optional(),
	/** Assessors who coach this candidate: observing them risks the draaiboek's familiarity bias. */
	coachAssessorIds: z.array(Id).max(20),
	/** Code used instead of the name in pseudonymised exports. */
	code: z.string().max(20)
});
export type Candidate = z.infer<typeof Candidate>;

/** Who observes whom in which exercise. */
export const Assignment = z.strictObject({
	...RecordMeta,
	sessionId: Id,
	exerciseId: Id,
	assessorId: Id,
	candidateId: Id
});
export type Assignment = z.infer<typeof Assignment>;
