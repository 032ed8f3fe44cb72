import { SAM_LEVELS, samLevelValue } from '../rubric/sam-scale';
import type { OverviewGroup } from './candidate-report';

/** Data for the overview bar chart: one bar per competency, 1..4 on the SAM scale, none when absent. */
export interface LevelChartModel {
	labels: string[];
	values: (number | null)[];
	/** Per bar whether it is a consensus, a marked median or nothing. */
	kinds: ('consensus' | 'median' | 'none')[];
	scaleLabels: string[];
	legend: string;
}

export function buildLevelChart(overview: readonly OverviewGroup[]): LevelChartModel {
	const rows = overview.flatMap((g) => g.rows);
	return {
		labels: rows.map((r) => (r.outcome.kind === 'median' ? `${r.name} *` : r.name)),
		values: rows.map((r) => (r.outcome.kind === 'none' ? null : samLevelValue(r.outcome.level))),
		kinds: rows.map((r) => r.outcome.kind),
		scaleLabels: SAM_LEVELS.map((l) => l.label),
		legend: rows.some((r) => r.outcome.kind === 'median')
			? 'Donker: consensus. Licht met *: nog geen consensus (mediaan van de scores). Geen balk: geen niveau.'
			: 'Niveau per competentie volgens de consensus van de assessoren. Geen balk: geen niveau.'
	};
}
