import { KpiEntry } from '$lib/engine/model';
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
	return db.transaction('rw', db.kpiEntries, db.settings, async () => {
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

/** Empties one cell (soft delete): "not entered" is not the same as 0. */
export async function clearKpiValue(input: Omit<KpiValueInput, 'value'>): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.kpiEntries, db.settings, async () => {
		const rows = await db.kpiEntries.where('[organisationId+period]').equals([input.organisationId, input.period]).toArray();
		for (const e of rows.filter((e) => !e.deletedAt && teamKey(e.team) === teamKey(input.team) && e.kpiId === input.kpiId))
			await db.kpiEntries.put({ ...(await touched(e)), deletedAt: nowIso() });
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
