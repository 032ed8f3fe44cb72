import { SAM_LEVELS } from '../rubric/sam-scale';
import { outcomeValue, type LevelOutcome } from './level-outcome';
import type { OverviewGroup } from './candidate-report';

/** Data for the overview bar chart: one bar per competency, 1..4 on the SAM scale, none when absent. */
export interface LevelChartModel {
	labels: string[];
	values: (number | null)[];
	/** Per bar whether it is a consensus, a marked combined score or nothing. */
	kinds: LevelOutcome['kind'][];
	scaleLabels: string[];
	legend: string;
}

export function buildLevelChart(overview: readonly OverviewGroup[]): LevelChartModel {
	const rows = overview.flatMap((g) => g.rows);
	return {
		labels: rows.map((r) => (r.outcome.kind === 'combined' ? `${r.name} *` : r.outcome.kind === 'no-consensus' ? `${r.name} (geen consensus)` : r.name)),
		values: rows.map((r) => outcomeValue(r.outcome) ?? null),
		kinds: rows.map((r) => r.outcome.kind),
		scaleLabels: SAM_LEVELS.map((l) => l.label),
		legend: rows.some((r) => r.outcome.kind === 'combined')
			? 'Donker: consensus. Licht met *: nog geen consensus (gecombineerde score: gemiddelde over oefeningen en assessoren). Geen balk: geen niveau.'
			: 'Niveau per competentie volgens de consensus van de assessoren. Geen balk: geen niveau.'
	};
}
