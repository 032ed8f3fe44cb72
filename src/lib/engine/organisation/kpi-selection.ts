import type { Kpi, KpiList } from '../rubric/kpi-list.schema';

/**
 * Above this many tracked KPIs the app warns. Draaiboek (KPI, valkuilen): "Te uitgebreide KPI's leiden
 * tot verminderde aandacht en onnauwkeurigheden bij de registraties". Eight is this app's reading of
 * "not too many": half of DOne's own list, what a team can register by hand each period.
 */
export const MAX_ADVISED_TRACKED_KPIS = 8;

export function warnTooManyKpis(trackedCount: number): string | undefined {
	if (trackedCount <= MAX_ADVISED_TRACKED_KPIS) return undefined;
	return `Je volgt ${trackedCount} KPI's. Het draaiboek waarschuwt: te veel KPI's leiden tot minder aandacht en onnauwkeurige registraties. Kies er liefst hoogstens ${MAX_ADVISED_TRACKED_KPIS}.`;
}

/** Tracked KPIs in list order, unknown ids dropped. */
export function selectTrackedKpis(list: KpiList, trackedIds: readonly string[]): Kpi[] {
	const set = new Set(trackedIds);
	return list.kpis.filter((k) => set.has(k.id));
}

export interface KpiPhaseGroup {
	phaseId: string;
	phaseName: string;
	kpis: Kpi[];
}

/**
 * KPIs grouped by phase in phase order. A KPI tied to several phases (doorstromingen: BVS/TBS and
 * IBO/ACTIVA) is listed under its first phase only, so it is registered once.
 */
export function groupKpisByPhase(list: KpiList, kpis: readonly Kpi[]): KpiPhaseGroup[] {
	return [...list.phases]
		.sort((a, b) => a.number - b.number)
		.map((phase) => ({ phaseId: phase.id, phaseName: phase.name, kpis: kpis.filter((k) => k.phases[0] === phase.id) }))
		.filter((g) => g.kpis.length > 0);
}

/** Ratios whose numerator and denominator are both tracked. */
export function selectTrackedRatios(list: KpiList, trackedIds: readonly string[]): KpiList['ratios'] {
	const set = new Set(trackedIds);
	return list.ratios.filter((r) => set.has(r.numerator) && set.has(r.denominator));
}
