import { describeConflict, describeRecord, mergeVersionVectors, resolveConflict as resolveVersions, TABLE_LABELS, type ConflictRecord, type SyncTable } from '$lib/engine/exchange';
import type { VersionVector } from '$lib/engine/model';
import { getDb } from '../db';
import { getDeviceId, nowIso } from '../record-meta';
import { allExchangeTables, tableOf, type AnyRecord } from './tables';

export interface ConflictView {
	id: string;
	table: SyncTable;
	label: string;
	recordId: string;
	local: string;
	incoming: string;
	localUpdatedAt?: string;
	incomingUpdatedAt?: string;
	detectedAt: string;
}

/** The open conflicts with both versions described, oldest first. */
export async function listConflicts(): Promise<ConflictView[]> {
	const db = getDb();
	const conflicts = await db.conflicts.toArray();
	const views: ConflictView[] = [];
	for (const c of conflicts.sort((a, b) => a.detectedAt.localeCompare(b.detectedAt))) {
		const local = (await tableOf(db, c.table).get(c.recordId)) as AnyRecord | undefined;
		views.push({
			id: c.id,
			table: c.table,
			label: TABLE_LABELS[c.table],
			recordId: c.recordId,
			...(local ? describeConflict(c.table, local, c.incoming) : { local: '(niet meer aanwezig)', incoming: describeRecord(c.table, c.incoming) }),
			...(typeof local?.updatedAt === 'string' ? { localUpdatedAt: local.updatedAt } : {}),
			...(typeof c.incoming.updatedAt === 'string' ? { incomingUpdatedAt: c.incoming.updatedAt } : {}),
			detectedAt: c.detectedAt
		});
	}
	return views;
}

/**
 * Resolves a conflict by the person's choice: the chosen version is stored as a new version that
 * dominates both, so it wins on every tablet; the conflict copy is removed. Both in one transaction.
 */
export async function resolveConflict(conflictId: string, choice: 'local' | 'incoming'): Promise<void> {
	const db = getDb();
	const deviceId = await getDeviceId();
	await db.transaction('rw', allExchangeTables(db), async () => {
		const conflict: ConflictRecord | undefined = await db.conflicts.get(conflictId);
		if (!conflict) return;
		const table = tableOf(db, conflict.table);
		const local = (await table.get(conflict.recordId)) as (AnyRecord & { vv: VersionVector; updatedAt: string }) | undefined;
		const incoming = conflict.incoming as AnyRecord & { vv: VersionVector; updatedAt: string };
		const chosen = choice === 'local' && local ? local : incoming;
		// The new version has seen the local one and every conflict copy of this record, so all are settled.
		const siblings = await db.conflicts.where('recordId').equals(conflict.recordId).toArray();
		const seen = [local?.vv ?? {}, ...siblings.map((s) => s.incomingVv)].reduce(mergeVersionVectors, {});
		await table.put(resolveVersions({ chosen, other: { vv: seen }, deviceId, now: nowIso() }));
		await db.conflicts.bulkDelete(siblings.map((s) => s.id));
	});
}
