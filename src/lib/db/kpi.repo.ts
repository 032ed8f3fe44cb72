import { KpiEntry, type AssessmentSession } from '$lib/engine/model';
import type { CountedDates } from '$lib/engine/organisation/kpi-table';
import { validateOrganisationRecord, type SaveResult } from '$lib/engine/organisation/validate-record';
import { getDb } from './db';
import { newMeta, nowIso, touched } from './record-meta';

/** KPI values the organisation entered (not deleted). */
export async function listKpiEntries(organisationId: string): Promise<KpiEntry[]> {
	const rows = await getDb().kpiEntries.where('organisationId').equals(organisationId).toArray();
	return rows.filter((e) => !e.deletedAt);
}

export interface KpiValueInput {
	organisationId: string;
	team: string;
	period: string;
	kpiId: string;
	value: number;
}

/**
 * Stores the value of one KPI for one team and period, replacing an earlier value of the same cell.
 * Invalid input (negative, not a number, bad period, empty team) is refused in Dutch; nothing changes.
 */
export async function setKpiValue(input: KpiValueInput): Promise<SaveResult<KpiEntry>> {
	const db = getDb();
	const team = input.team.trim();
	if (team.length === 0) return { ok: false, problems: ['Project of team mag niet leeg zijn.'] };
	if (!Number.isFinite(input.value)) return { ok: false, problems: ['Waarde moet een getal zijn.'] };
	const meta = await newMeta();
	return db.transaction('rw', db.kpiEntries, db.settings, async () => {
		const existing = (await db.kpiEntries.where('[organisationId+period]').equals([input.organisationId, input.period]).toArray()).find(
			(e) => !e.deletedAt && e.team === team && e.kpiId === input.kpiId
		);
		const record = existing
			? { ...(await touched(existing)), value: input.value }
			: { ...meta, organisationId: input.organisationId, team, period: input.period, kpiId: input.kpiId, value: input.value };
		const result = validateOrganisationRecord(KpiEntry, record);
		if (result.ok) await db.kpiEntries.put(result.value);
		return result;
	});
}

/** Empties one cell (soft delete): "not entered" is not the same as 0. */
export async function clearKpiValue(input: Omit<KpiValueInput, 'value'>): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.kpiEntries, db.settings, async () => {
		const rows = await db.kpiEntries.where('[organisationId+period]').equals([input.organisationId, input.period]).toArray();
		for (const e of rows.filter((e) => !e.deletedAt && e.team === input.team.trim() && e.kpiId === input.kpiId))
			await db.kpiEntries.put({ ...(await touched(e)), deletedAt: nowIso() });
	});
}

/** Local calendar date (`2026-03-14`) of an ISO date-time, so a PDP made at 0:30 in Brussels counts on that day. */
function localDate(isoDateTime: string): string {
	const d = new Date(isoDateTime);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** When an assessment-center was held: its first day, or the day it was created when it has no days. */
function sessionDate(session: AssessmentSession): string {
	const days = session.days.map((d) => d.date).sort();
	return days[0] ?? localDate(session.createdAt);
}

/**
 * Dates of what the app counts for the organisation: each assessment-center held (not deleted; once, at
 * its first day) and each PDP made (by creation date). Records linked to another organisation are left
 * out; records not linked to any organisation count, since most devices serve one organisation.
 * Sessions and PDPs have no organisation index: the tables are small, so they are filtered in JS.
 */
export async function listCountedDates(organisationId: string): Promise<CountedDates> {
	const db = getDb();
	const [sessions, pdps, candidates] = await Promise.all([db.sessions.toArray(), db.pdps.toArray(), db.candidates.toArray()]);
	const sessionOrg = new Map(sessions.map((s) => [s.id, s.organisationId]));
	const candidateSession = new Map(candidates.map((c) => [c.id, c.sessionId]));
	const belongs = (org: string | undefined) => org === undefined || org === organisationId;
	return {
		assessments: sessions.filter((s) => !s.deletedAt && belongs(s.organisationId)).map(sessionDate),
		pdps: pdps
			.filter((p) => {
				if (p.deletedAt) return false;
				const sessionId = p.sessionId ?? candidateSession.get(p.candidateId);
				return belongs(sessionId ? sessionOrg.get(sessionId) : undefined);
			})
			.map((p) => localDate(p.createdAt))
	};
}
