import { Organisation, KpiPeriod } from '$lib/engine/model';
import { validateOrganisationRecord, type SaveResult } from '$lib/engine/organisation/validate-record';
import { futurePeriodMessage, isFuturePeriod } from '$lib/engine/organisation/kpi-period';
import { localDay } from '$lib/engine/common/plausible-date';
import { getDb } from './db';
import { newMeta, nowIso, touched } from './record-meta';

/** Creates an organisation; a bad name is refused with a Dutch message and nothing is stored. */
export async function createOrganisation(name: string): Promise<SaveResult<Organisation>> {
	const record = { ...(await newMeta()), name: name.trim(), kpiTracked: [] };
	const result = validateOrganisationRecord(Organisation, record);
	if (result.ok) await getDb().organisations.add(result.value);
	return result;
}

export async function getOrganisation(id: string): Promise<Organisation | undefined> {
	const org = await getDb().organisations.get(id);
	return org && !org.deletedAt ? org : undefined;
}

/** Organisations not deleted, by name. */
export async function listOrganisations(): Promise<Organisation[]> {
	const all = await getDb().organisations.orderBy('name').toArray();
	return all.filter((o) => !o.deletedAt);
}

type OrganisationPatch = Partial<Pick<Organisation, 'name' | 'kpiTracked' | 'kpiBaselinePeriod'>>;

async function updateOrganisation(id: string, patch: OrganisationPatch | ((current: Organisation) => OrganisationPatch)): Promise<SaveResult<Organisation>> {
	const db = getDb();
	return db.transaction('rw', db.organisations, db.settings, async () => {
		const current = await db.organisations.get(id);
		if (!current || current.deletedAt) return { ok: false, problems: ['Deze organisatie bestaat niet (meer).'] };
		const next: Record<string, unknown> = { ...(await touched(current)), ...(typeof patch === 'function' ? patch(current) : patch) };
		for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
		const result = validateOrganisationRecord(Organisation, next);
		if (result.ok) await db.organisations.put(result.value);
		return result;
	});
}

export function renameOrganisation(id: string, name: string): Promise<SaveResult<Organisation>> {
	return updateOrganisation(id, { name: name.trim() });
}

/** Which KPIs the organisation tracks (ids of the KPI list), without duplicates. */
export function setTrackedKpis(id: string, kpiIds: readonly string[]): Promise<SaveResult<Organisation>> {
	return updateOrganisation(id, { kpiTracked: [...new Set(kpiIds)] });
}

/**
 * Starts or stops tracking one KPI. Read and written in one transaction, so quick taps on several
 * checkboxes never undo each other. `order` (the KPI list's ids) keeps the stored list in list order.
 */
export function setKpiTracked(id: string, kpiId: string, tracked: boolean, order: readonly string[]): Promise<SaveResult<Organisation>> {
	return updateOrganisation(id, (current) => {
		const set = new Set(current.kpiTracked);
		if (tracked) set.add(kpiId);
		else set.delete(kpiId);
		const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
		return { kpiTracked: [...set].sort((a, b) => rank(a) - rank(b)) };
	});
}

/** The nulmeting period of the KPIs (`2026-01` or `2026-Q1`); its kind sets the period kind of registration. */
export async function setKpiBaselinePeriod(id: string, period: string): Promise<SaveResult<Organisation>> {
	const check = KpiPeriod.safeParse(period);
	if (!check.success) return { ok: false, problems: [`Nulmetingsperiode ${check.error.issues[0]?.message ?? 'is ongeldig'}.`] };
	// A nulmeting is measured, so it cannot lie after today.
	if (isFuturePeriod(period, localDay(new Date(nowIso())))) return { ok: false, problems: [`Nulmeting: ${futurePeriodMessage(period)}`] };
	return updateOrganisation(id, { kpiBaselinePeriod: period });
}

/** Soft delete: measurements and KPI entries stay, so an undo brings everything back. */
export async function deleteOrganisation(id: string): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.organisations, db.settings, async () => {
		const current = await db.organisations.get(id);
		if (current && !current.deletedAt) await db.organisations.put({ ...(await touched(current)), deletedAt: nowIso() });
	});
}
