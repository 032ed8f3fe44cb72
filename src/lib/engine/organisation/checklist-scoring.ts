import type { Checklist } from '../rubric/checklist.schema';
import type { ChecklistMeasurement } from '../model/organisation-data';

/**
 * Colleagues whose scores on one item differ by this many points or more should talk it through
 * (draaiboek: "Organiseer een breed overleg binnen de organisatie rond doorstroom"; a 2-point gap on a
 * 0–6 scale is a third of the scale, more than a matter of taste).
 */
export const DISAGREEMENT_THRESHOLD = 2;

export interface ParticipantScore {
	participantId: string;
	name: string;
	score: number;
}

/** How the colleagues scored one item. */
export interface ItemSpread {
	itemId: string;
	scores: ParticipantScore[];
	min: number | undefined;
	max: number | undefined;
	/** max − min; undefined when nobody scored the item. */
	range: number | undefined;
	/** True when colleagues differ by DISAGREEMENT_THRESHOLD or more: worth a conversation. */
	disagreement: boolean;
	/** Who gave the lowest and the highest score (only filled when there is a disagreement). */
	lowest: string[];
	highest: string[];
}

export type ScoreSource = 'team' | 'single' | 'unanimous';

/** The score that counts for an item in a measurement, and where it comes from. */
export interface ResolvedItemScore {
	itemId: string;
	number: number;
	text: string;
	score: number | undefined;
	source: ScoreSource | undefined;
	/** Why no score yet, in Dutch; undefined when there is a score. */
	missingReason: string | undefined;
}

export function computeItemSpread(measurement: Pick<ChecklistMeasurement, 'participants'>, itemId: string): ItemSpread {
	const scores: ParticipantScore[] = [];
	for (const p of measurement.participants) {
		const score = p.scores[itemId];
		if (score !== undefined) scores.push({ participantId: p.id, name: p.name, score });
	}
	if (scores.length === 0)
		return { itemId, scores, min: undefined, max: undefined, range: undefined, disagreement: false, lowest: [], highest: [] };
	const values = scores.map((s) => s.score);
	const min = Math.min(...values);
	const max = Math.max(...values);
	const disagreement = max - min >= DISAGREEMENT_THRESHOLD;
	return {
		itemId,
		scores,
		min,
		max,
		range: max - min,
		disagreement,
		lowest: disagreement ? scores.filter((s) => s.score === min).map((s) => s.name) : [],
		highest: disagreement ? scores.filter((s) => s.score === max).map((s) => s.name) : []
	};
}

/**
 * A starting point for the team's agreed score: the median of the colleagues' scores, rounded down
 * on a tie so nobody is pushed upward without a conversation. Undefined when nobody scored.
 */
export function suggestTeamScore(spread: ItemSpread): number | undefined {
	const values = spread.scores.map((s) => s.score).sort((a, b) => a - b);
	if (values.length === 0) return undefined;
	const mid = Math.floor((values.length - 1) / 2);
	return values[mid];
}

/**
 * The score that counts: the agreed team score; else the only colleague's score; else the common score
 * when everyone gave the same. Colleagues who differ must agree a team score first.
 */
export function resolveItemScore(
	measurement: Pick<ChecklistMeasurement, 'participants' | 'teamScores'>,
	item: Checklist['items'][number]
): ResolvedItemScore {
	const base = { itemId: item.id, number: item.number, text: item.text };
	const team = measurement.teamScores[item.id];
	if (team) return { ...base, score: team.score, source: 'team', missingReason: undefined };
	const spread = computeItemSpread(measurement, item.id);
	if (spread.scores.length === 0) return { ...base, score: undefined, source: undefined, missingReason: 'nog niet gescoord' };
	const scoredBy = spread.scores.length;
	if (measurement.participants.length === 1 && scoredBy === 1) return { ...base, score: spread.scores[0]!.score, source: 'single', missingReason: undefined };
	if (scoredBy === measurement.participants.length && spread.range === 0) return { ...base, score: spread.min, source: 'unanimous', missingReason: undefined };
	if (scoredBy < measurement.participants.length)
		return { ...base, score: undefined, source: undefined, missingReason: `nog niet door iedereen gescoord (${scoredBy} van ${measurement.participants.length})` };
	return { ...base, score: undefined, source: undefined, missingReason: 'collega’s verschillen: spreek een teamscore af' };
}

export function resolveAllScores(measurement: Pick<ChecklistMeasurement, 'participants' | 'teamScores'>, checklist: Checklist): ResolvedItemScore[] {
	return checklist.items.map((item) => resolveItemScore(measurement, item));
}

/** Items with a score, weakest first (ties in checklist order): where an action plan starts. */
export function rankWeakestItems(scores: ResolvedItemScore[]): (ResolvedItemScore & { score: number })[] {
	return scores
		.filter((s): s is ResolvedItemScore & { score: number } => s.score !== undefined)
		.sort((a, b) => a.score - b.score || a.number - b.number);
}

export interface ChecklistSummary {
	scored: number;
	total: number;
	/** Mean of the scored items; undefined (with reason) when none is scored. */
	mean: number | undefined;
	meanMissingReason: string | undefined;
}

export function summariseScores(scores: ResolvedItemScore[]): ChecklistSummary {
	const values = scores.flatMap((s) => (s.score === undefined ? [] : [s.score]));
	if (values.length === 0) return { scored: 0, total: scores.length, mean: undefined, meanMissingReason: 'nog geen enkel item gescoord' };
	return { scored: values.length, total: scores.length, mean: values.reduce((a, b) => a + b, 0) / values.length, meanMissingReason: undefined };
}
