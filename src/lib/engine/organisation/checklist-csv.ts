import type { Checklist } from '../rubric/checklist.schema';
import type { ChecklistMeasurement } from '../model/organisation-data';
import { resolveAllScores } from './checklist-scoring';
import { computeChangeVsBaseline } from './checklist-change';
import type { TableCell } from '../export/table';

const SOURCE_LABELS = { team: 'teamscore', single: 'één deelnemer', unanimous: 'iedereen eens' } as const;

/**
 * One row per item: the colleagues' own scores, the score that counts, how it was reached, and the
 * change against the nulmeting (empty when either score is missing, never 0).
 */
export function buildChecklistCsvRows(input: {
	checklist: Checklist;
	organisationName: string;
	measurement: ChecklistMeasurement;
	baseline: ChecklistMeasurement | undefined;
}): TableCell[][] {
	const { checklist, measurement } = input;
	const scores = resolveAllScores(measurement, checklist);
	const baseline = input.baseline && input.baseline.id !== measurement.id ? input.baseline : undefined;
	const changes = baseline ? computeChangeVsBaseline(resolveAllScores(baseline, checklist), scores) : undefined;
	const header: TableCell[] = [
		'Organisatie',
		'Meting',
		'Datum',
		'Nr',
		'Item',
		...measurement.participants.map((p) => `Score ${p.name}`),
		'Score',
		'Hoe bepaald',
		'Reden teamscore',
		'Nulmeting',
		'Verschil met nulmeting'
	];
	const rows = scores.map((s, i): TableCell[] => [
		input.organisationName,
		measurement.label,
		measurement.date,
		s.number,
		s.text,
		...measurement.participants.map((p) => p.scores[s.itemId]),
		s.score,
		s.source ? SOURCE_LABELS[s.source] : s.missingReason,
		measurement.teamScores[s.itemId]?.reason,
		changes?.[i]?.baseline,
		changes?.[i]?.delta
	]);
	return [header, ...rows];
}
