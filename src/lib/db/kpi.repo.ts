import { KpiEntry, KpiPeriodClosure } from '$lib/engine/model';
import { closedPeriodMessage, closedPeriods, closeRefusal, freezePeriod } from '$lib/engine/organisation/kpi-closure';
import { periodKindOf } from '$lib/engine/organisation/kpi-period';
import { refused, type Result } from '$lib/engine/common/result';
import { countForOrganisation, type OrganisationCounts } from '$lib/engine/organisation/kpi-counted';
import type { CountedDates } from '$lib/engine/organisation/kpi-table';
import { validateOrganisationRecord, type SaveResult } from '$lib/engine/organisation/validate-record';
import { canonicalTeamName, teamKey } from '$lib/engine/organisation/kpi-table';
import { futurePeriodMessage, isFuturePeriod } from '$lib/engine/organisation/kpi-period';
import { localDay } from '$lib/engine/common/plausible-date';
import { getDb } from './db';
import { newMeta, nowIso, touched } from './record-meta';

function todayLocal(): string {
	return localDay(new Date(nowIso()));
}

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
	/** The KPI counts whole things (the rubric's `integer`): a fraction is refused. */
	integer?: boolean | undefined;
}

/**
 * Stores the value of one KPI for one team and period, replacing an earlier value of the same cell.
 * Invalid input (negative, not a number, a fraction of a count, a bad or future period, empty team) is refused in
 * Dutch; nothing changes. The team is matched case- and space-insensitively to a team already registered.
 */
export async function setKpiValue(input: KpiValueInput): Promise<SaveResult<KpiEntry>> {
	const db = getDb();
	const typedTeam = input.team.trim();
	if (typedTeam.length === 0) return { ok: false, problems: ['Project of team mag niet leeg zijn.'] };
	if (!Number.isFinite(input.value)) return { ok: false, problems: ['Waarde moet een getal zijn.'] };
	if (input.integer && !Number.isInteger(input.value)) return { ok: false, problems: ['Dit is een aantal: vul een geheel getal in (bv. 3, niet 3,5).'] };
	if (isFuturePeriod(input.period, todayLocal())) return { ok: false, problems: [futurePeriodMessage(input.period)] };
	const meta = await newMeta();
	return db.transaction('rw', db.kpiEntries, db.kpiClosures, db.settings, async () => {
		const closure = await closureOf(input.organisationId, input.period);
		if (closure) return refused(closedPeriodMessage(closure));
		// "groendienst" and "Groendienst " are one team, stored as it was first typed.
		const team = canonicalTeamName(await listKpiEntries(input.organisationId), typedTeam);
		const existing = (await db.kpiEntries.where('[organisationId+period]').equals([input.organisationId, input.period]).toArray()).find(
			(e) => !e.deletedAt && teamKey(e.team) === teamKey(team) && e.kpiId === input.kpiId
		);
		const record = existing
			? { ...(await touched(existing)), value: input.value }
			: { ...meta, organisationId: input.organisationId, team, period: input.period, kpiId: input.kpiId, value: input.value };
		const result = validateOrganisationRecord(KpiEntry, record);
		if (result.ok) await db.kpiEntries.put(result.value);
		return result;
	});
}

/** Empties one cell (soft delete): "not entered" is not the same as 0. A closed period's values stay. */
export async function clearKpiValue(input: Omit<KpiValueInput, 'value'>): Promise<Result> {
	const db = getDb();
	return db.transaction('rw', db.kpiEntries, db.kpiClosures, db.settings, async () => {
		const closure = await closureOf(input.organisationId, input.period);
		if (closure) return refused(closedPeriodMessage(closure));
		const rows = await db.kpiEntries.where('[organisationId+period]').equals([input.organisationId, input.period]).toArray();
		for (const e of rows.filter((e) => !e.deletedAt && teamKey(e.team) === teamKey(input.team) && e.kpiId === input.kpiId))
			await db.kpiEntries.put({ ...(await touched(e)), deletedAt: nowIso() });
		return { ok: true };
	});
}

/** The organisation's closed periods (reopened ones left out). */
export async function listKpiClosures(organisationId: string): Promise<KpiPeriodClosure[]> {
	const rows = await getDb().kpiClosures.where('organisationId').equals(organisationId).toArray();
	return rows.filter((c) => !c.deletedAt);
}

async function closureOf(organisationId: string, period: string): Promise<KpiPeriodClosure | undefined> {
	return closedPeriods(await listKpiClosures(organisationId)).get(period);
}

/**
 * Closes a period that is over: its values per team and what the app counted in it are kept as they are now, and
 * every screen, PDF and table reports those from then on. Values of the period can no longer be changed, and an
 * erasure afterwards (a candidate whose PDP was counted) changes no reported figure; the person's data still goes,
 * since only numbers are kept. Refused for a period that has not ended or is closed already.
 */
export async function closeKpiPeriod(organisationId: string, period: string): Promise<Result<{ closure: KpiPeriodClosure }>> {
	const db = getDb();
	const kind = periodKindOf(period);
	if (!kind) return refused('Kies een maand of kwartaal om af te sluiten.');
	const meta = await newMeta();
	return db.transaction('rw', [db.kpiEntries, db.kpiClosures, db.sessions, db.pdps, db.candidates, db.tociEvaluations, db.settings], async () => {
		const problem = closeRefusal(period, todayLocal(), closedPeriods(await listKpiClosures(organisationId)));
		if (problem) return refused(problem);
		const [entries, counts] = await Promise.all([listKpiEntries(organisationId), listOrganisationCounts(organisationId)]);
		const record = { ...meta, organisationId, period, ...freezePeriod({ period, kind, entries, counted: counts.counted }) };
		const result = validateOrganisationRecord(KpiPeriodClosure, record);
		if (!result.ok) return result;
		await db.kpiClosures.add(result.value);
		return { ok: true, closure: result.value };
	});
}

/** Opens a closed period again (its values can change and are counted live again). Undo by closing it again. */
export async function reopenKpiPeriod(organisationId: string, period: string): Promise<Result> {
	const db = getDb();
	return db.transaction('rw', db.kpiClosures, db.settings, async () => {
		// Every live closure of the period goes: two tablets may each have closed it before they synced.
		const live = (await listKpiClosures(organisationId)).filter((c) => c.period === period);
		if (live.length === 0) return refused('Deze periode is niet afgesloten.');
		for (const c of live) await db.kpiClosures.put({ ...(await touched(c)), deletedAt: nowIso() });
		return { ok: true };
	});
}

/**
 * What the app counts for the organisation (see countForOrganisation): only assessment-centers linked to it
 * and the PDPs of their candidates, once per candidate and assessment-center, TOCI PDPs left out; plus how
 * many assessment-centers on this device are linked to no organisation. Sessions, PDPs and TOCI
 * conversations have no organisation index: the tables are small, so they are filtered in JS.
 */
export async function listOrganisationCounts(organisationId: string): Promise<OrganisationCounts> {
	const db = getDb();
	const [sessions, pdps, candidates, evaluations] = await Promise.all([db.sessions.toArray(), db.pdps.toArray(), db.candidates.toArray(), db.tociEvaluations.toArray()]);
	const tociPdpIds = new Set(evaluations.flatMap((e) => (e.pdpId ? [e.pdpId] : [])));
	return countForOrganisation({ organisationId, sessions, pdps, candidates, tociPdpIds });
}

export async function listCountedDates(organisationId: string): Promise<CountedDates> {
	return (await listOrganisationCounts(organisationId)).counted;
}
