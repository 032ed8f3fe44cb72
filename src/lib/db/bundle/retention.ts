import { getDb } from '../db';
import { DEFAULT_RETENTION_MONTHS, getSetting } from '../settings.repo';

export { DEFAULT_RETENTION_MONTHS };

export interface ExpiredSession {
	id: string;
	name: string;
	/** Last day of the session (or its last change when it has no days). */
	lastDate: string;
	candidateCount: number;
}

/** The retention period set on this tablet, or the default. */
export async function getRetentionMonths(): Promise<number> {
	return (await getSetting('retentionMonths')) ?? DEFAULT_RETENTION_MONTHS;
}

/** The date `months` before `now` (calendar months), as YYYY-MM-DD. */
export function retentionCutoff(now: Date, months: number): string {
	const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
	return d.toISOString().slice(0, 10);
}

/** Sessions past the retention period: only listed, each is erased by a person's explicit choice. */
export async function listSessionsPastRetention(now: Date, months: number): Promise<ExpiredSession[]> {
	const db = getDb();
	const cutoff = retentionCutoff(now, months);
	const sessions = await db.sessions.toArray();
	const expired: ExpiredSession[] = [];
	for (const s of sessions) {
		const lastDate = s.days.length > 0 ? s.days.map((d) => d.date).sort().at(-1)! : s.updatedAt.slice(0, 10);
		if (lastDate >= cutoff) continue;
		expired.push({ id: s.id, name: s.name, lastDate, candidateCount: await db.candidates.where('sessionId').equals(s.id).count() });
	}
	return expired.sort((a, b) => a.lastDate.localeCompare(b.lastDate));
}
