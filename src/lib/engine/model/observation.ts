import { z } from '../common/zod-nl';
import { slugId, TEXT_LIMITS, freeText } from '../common/text';
import { Id, IsoDateTime, RecordMeta } from './base';
import { SamLevelId } from '../rubric/sam-scale';

/** A note (WAKKER: Waarnemen, Aantekenen): observed behaviour written down in concrete terms. */
export const Observation = z.strictObject({
	...RecordMeta,
	sessionId: Id,
	exerciseId: Id,
	candidateId: Id,
	authorId: Id,
	text: freeText(TEXT_LIMITS.longText),
	/** When the behaviour was seen (the note's first keystroke), not when it was last edited. */
	observedAt: IsoDateTime,
	/** Written by an observer-in-training: practice, it never counts (engine/consensus/who-counts.ts). */
	practice: z.literal(true).optional()
});
export type Observation = z.infer<typeof Observation>;

/** Klasseren: a note linked to a competency and, where it fits, to an indicator row and that row's level. */
export const Classification = z.strictObject({
	...RecordMeta,
	sessionId: Id,
	observationId: Id,
	candidateId: Id,
	exerciseId: Id,
	authorId: Id,
	competencyId: slugId,
	indicatorId: slugId.optional(),
	levelId: SamLevelId.optional(),
	/** Written by an observer-in-training: practice, it never counts (engine/consensus/who-counts.ts). */
	practice: z.literal(true).optional()
});
export type Classification = z.infer<typeof Classification>;

export const NOT_OBSERVED = 'niet-geobserveerd' as const;
export const RatingLevel = z.union([SamLevelId, z.literal(NOT_OBSERVED)]);
export type RatingLevel = z.infer<typeof RatingLevel>;

/**
 * Kwantificeren en kwalificeren: one assessor's level for one candidate on one competency in one exercise.
 * Once `submittedAt` is set the rating is kept as given; consensus never overwrites it.
 */
export const Rating = z.strictObject({
	...RecordMeta,
	sessionId: Id,
	exerciseId: Id,
	candidateId: Id,
	competencyId: slugId,
	authorId: Id,
	level: RatingLevel,
	evidenceObservationIds: z.array(Id).max(1_000),
	submittedAt: IsoDateTime.optional(),
	/** Written by an observer-in-training: practice, it never counts (engine/consensus/who-counts.ts). */
	practice: z.literal(true).optional()
});
export type Rating = z.infer<typeof Rating>;

/**
 * Evalueren: the level the assessors agreed on, with the reason; the individual ratings stay as they were.
 * Either a `level`, or `noConsensus` when the group could not agree (a decision too: it closes the cell,
 * with the reason why). `acceptedUnanimous` marks a level taken over in one step because every assessor
 * gave it (its reason is written by the app, and it can be undone per cell).
 */
export const ConsensusDecision = z.strictObject({
	...RecordMeta,
	sessionId: Id,
	candidateId: Id,
	competencyId: slugId,
	level: SamLevelId.optional(),
	noConsensus: z.literal(true).optional(),
	acceptedUnanimous: z.literal(true).optional(),
	reason: freeText(TEXT_LIMITS.shortText),
	decidedBy: Id
});
export type ConsensusDecision = z.infer<typeof ConsensusDecision>;

/** Who changed what and when, for consensus decisions, locks and other changes that must be traceable. */
export const AuditEntry = z.strictObject({
	id: Id,
	at: IsoDateTime,
	actorId: Id.optional(),
	sessionId: Id.optional(),
	entity: z.string().max(40),
	entityId: z.string().max(200),
	action: z.string().max(40),
	summary: freeText(TEXT_LIMITS.shortText)
});
export type AuditEntry = z.infer<typeof AuditEntry>;
