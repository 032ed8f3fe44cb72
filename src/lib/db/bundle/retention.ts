import { getDb } from '../db';
import { DEFAULT_RETENTION_MONTHS, getSetting, setSetting } from '../settings.repo';
import { type Result } from '$lib/engine/common/result';

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

/** Longest retention period that can be set: ten years. */
export const MAX_RETENTION_MONTHS = 120;

/**
 * Sets the retention period of this tablet. Whole months from 1 to 120; anything else is refused with a
 * Dutch message and nothing changes.
 */
export async function setRetentionMonths(value: string | number): Promise<Result<{ value: number }>> {
	const text = String(value).trim();
	const months = /^\d+$/.test(text) ? Number(text) : Number.NaN;
	if (!Number.isInteger(months) || months < 1 || months > MAX_RETENTION_MONTHS)
		return { ok: false, problems: [`Vul een bewaartermijn in van 1 tot ${MAX_RETENTION_MONTHS} maanden, als geheel getal.`] };
	await setSetting('retentionMonths', months);
	return { ok: true, value: months };
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
		const sessionDate = s.days.length > 0 ? s.days.map((d) => d.date).sort().at(-1)! : s.updatedAt.slice(0, 10);
		const candidateIds = (await db.candidates.where('sessionId').equals(s.id).toArray()).map((c) => c.id);
		// A PDP still being followed up keeps its assessment-center: erasing it would erase the PDP too.
		const lastDate = [sessionDate, ...(await lastFollowUps(candidateIds))].sort().at(-1)!;
		if (lastDate >= cutoff) continue;
		expired.push({ id: s.id, name: s.name, lastDate, candidateCount: candidateIds.length });
	}
	return expired.sort((a, b) => a.lastDate.localeCompare(b.lastDate));
}

/** The last change to each candidate's PDPs and TOCI conversations (their follow-up), as YYYY-MM-DD. */
async function lastFollowUps(candidateIds: readonly string[]): Promise<string[]> {
	if (candidateIds.length === 0) return [];
	const db = getDb();
	const pdps = await db.pdps.where('candidateId').anyOf([...candidateIds]).toArray();
	const tocis = await db.tociEvaluations.where('candidateId').anyOf([...candidateIds]).toArray();
	return [...pdps.map((p) => p.updatedAt.slice(0, 10)), ...tocis.flatMap((e) => [e.date, e.updatedAt.slice(0, 10)])];
}

export interface ExpiredYouth {
	id: string;
	name: string;
	/** The last TOCI conversation or PDP change (or the youth's own last change). */
	lastDate: string;
	evaluationCount: number;
	pdpCount: number;
}

/**
 * Youths followed through TOCI or a PDP without assessment-center, whose last conversation and last PDP change
 * lie past the retention period. Only listed: each is erased by a person's explicit choice.
 */
export async function listYouthsPastRetention(now: Date, months: number): Promise<ExpiredYouth[]> {
	const db = getDb();
	const cutoff = retentionCutoff(now, months);
	const youths = (await db.candidates.toArray()).filter((c) => !c.sessionId && !c.deletedAt);
	const expired: ExpiredYouth[] = [];
	for (const y of youths) {
		const evaluations = (await db.tociEvaluations.where('candidateId').equals(y.id).toArray()).filter((e) => !e.deletedAt);
		const pdps = (await db.pdps.where('candidateId').equals(y.id).toArray()).filter((p) => !p.deletedAt);
		const lastDate = [y.updatedAt.slice(0, 10), ...(await lastFollowUps([y.id]))].sort().at(-1)!;
		if (lastDate >= cutoff) continue;
		expired.push({ id: y.id, name: y.name, lastDate, evaluationCount: evaluations.length, pdpCount: pdps.length });
	}
	return expired.sort((a, b) => a.lastDate.localeCompare(b.lastDate));
}
