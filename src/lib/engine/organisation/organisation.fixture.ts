import { Checklist } from '../rubric/checklist.schema';
import { KpiList } from '../rubric/kpi-list.schema';
import type { ChecklistMeasurement, KpiEntry } from '../model/organisation-data';
import checklistJson from '../../../../rubrics/doorstroomklaar.json';
import kpiJson from '../../../../rubrics/kpi.json';

/** The real instrument files, so tests follow the data the app ships. */
export function loadChecklist(): Checklist {
	return Checklist.parse(checklistJson);
}

export function loadKpiList(): KpiList {
	return KpiList.parse(kpiJson);
}

const META = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', vv: { d: 1 } };
let counter = 0;
function uuid(): string {
	counter += 1;
	return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export function makeMeasurement(partial: Partial<ChecklistMeasurement> = {}): ChecklistMeasurement {
	return {
		...META,
		id: uuid(),
		organisationId: '00000000-0000-4000-8000-999999999999',
		checklistVersionId: 'doorstroomklaar@1.0.0',
		date: '2026-02-01',
		label: 'Nulmeting',
		isBaseline: true,
		participants: [],
		teamScores: {},
		reflections: {},
		...partial
	};
}

export function makeEntry(team: string, period: string, kpiId: string, value: number, deleted = false): KpiEntry {
	return {
		...META,
		id: uuid(),
		organisationId: '00000000-0000-4000-8000-999999999999',
		team,
		period,
		kpiId,
		value,
		...(deleted ? { deletedAt: '2026-01-02T00:00:00.000Z' } : {})
	};
}
