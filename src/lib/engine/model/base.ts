import { z } from '../common/zod-nl';

/** Ids are random UUIDs so records made on different tablets never collide when merged. */
export const Id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'is geen geldige id');
export type Id = z.infer<typeof Id>;

export const IsoDateTime = z.iso.datetime({ offset: true });
export const IsoDate = z.iso.date();

/**
 * A version vector: for each device that changed the record, how many changes it made.
 * When two tablets changed the same record, one version wins only if it has seen every change of the
 * other (it dominates); otherwise the two are a conflict to resolve by a person, never overwritten.
 */
export const VersionVector = z.record(z.string().max(64), z.number().int().min(0));
export type VersionVector = z.infer<typeof VersionVector>;

/** Fields every stored domain record has, so several tablets can be merged later. */
export const RecordMeta = {
	id: Id,
	createdAt: IsoDateTime,
	updatedAt: IsoDateTime,
	vv: VersionVector,
	/** Soft delete: keeps undo possible and lets an erasure travel to other tablets. */
	deletedAt: IsoDateTime.optional()
};

export interface RecordMetaFields {
	id: string;
	createdAt: string;
	updatedAt: string;
	vv: VersionVector;
	deletedAt?: string;
}
