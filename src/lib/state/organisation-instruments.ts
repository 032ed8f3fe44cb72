import type { Checklist, KpiList } from '$lib/engine/rubric';
import { getChecklist, getKpiList, getLatestRubric } from '$lib/db/rubrics.repo';
import { UserMessageError } from '$lib/engine/common/user-message-error';

/** The doorstroomklaar checklist and the KPI list are stored rubrics (id@version), like every instrument. */
export const CHECKLIST_RUBRIC_ID = 'doorstroomklaar';
export const KPI_RUBRIC_ID = 'kpi';

export interface LoadedInstrument<T> {
	key: string;
	content: T;
}

/** The newest stored version of the checklist; a measurement keeps the key it was scored with. */
export async function loadLatestChecklist(): Promise<LoadedInstrument<Checklist>> {
	const record = await getLatestRubric(CHECKLIST_RUBRIC_ID);
	const content = record ? await getChecklist(record.id) : undefined;
	if (!record || !content) throw new UserMessageError('De doorstroomklaar-checklist is niet gevonden bij de rubrieken.');
	return { key: record.id, content };
}

/** The checklist version a measurement was scored with (falls back to the newest when it is unknown). */
export async function loadChecklistVersion(key: string): Promise<Checklist | undefined> {
	return getChecklist(key);
}

export async function loadLatestKpiList(): Promise<LoadedInstrument<KpiList>> {
	const record = await getLatestRubric(KPI_RUBRIC_ID);
	const content = record ? await getKpiList(record.id) : undefined;
	if (!record || !content) throw new UserMessageError('De KPI-lijst is niet gevonden bij de rubrieken.');
	return { key: record.id, content };
}
