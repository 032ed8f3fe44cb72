import type { Checklist } from '../rubric/checklist.schema';
import type { ChecklistMeasurement } from '../model/organisation-data';
import type { ActionItem } from '../model/plan';
import { computeItemSpread, rankWeakestItems, resolveAllScores, summariseScores, type ResolvedItemScore } from './checklist-scoring';
import { computeChangeVsBaseline, computeOverallChange, describeOverallChange, formatDelta, type ItemChange } from './checklist-change';
import { actionStatusSymbol } from './action-status';
import { formatDateNumericNl, formatNumberNl } from '../common/format-nl';

export interface ChecklistReportRow {
	number: number;
	text: string;
	score: string;
	spread: string;
	change: string;
}

/** Everything a checklist report shows, as ready-to-print Dutch strings (the PDF only lays it out). */
export interface ChecklistReport {
	title: string;
	organisationName: string;
	measurementLabel: string;
	date: string;
	isBaseline: boolean;
	baselineLabel: string | undefined;
	participants: string[];
	scaleNote: string;
	mean: string;
	rows: ChecklistReportRow[];
	/** The mean change per item against the nulmeting; undefined for the nulmeting itself. */
	overallChange: string | undefined;
	/** The team scores agreed where colleagues differed, with the reason they gave. */
	agreed: { number: number; text: string; score: string; reason: string }[];
	weakest: string[];
	reflections: { question: string; answer: string }[];
	actions: { text: string; timespan: string; who: string; status: string; remarks: string }[];
}

export interface ChecklistReportInput {
	checklist: Checklist;
	organisationName: string;
	measurement: ChecklistMeasurement;
	baseline: ChecklistMeasurement | undefined;
	actions: readonly ActionItem[];
}

export function buildChecklistReport(input: ChecklistReportInput): ChecklistReport {
	const { checklist, measurement } = input;
	const scores = resolveAllScores(measurement, checklist);
	const compareWith = input.baseline && input.baseline.id !== measurement.id ? input.baseline : undefined;
	const changes: ItemChange[] | undefined = compareWith ? computeChangeVsBaseline(resolveAllScores(compareWith, checklist), scores) : undefined;
	const summary = summariseScores(scores);
	return {
		title: checklist.title,
		organisationName: input.organisationName,
		measurementLabel: measurement.label || formatDateNumericNl(measurement.date),
		date: formatDateNumericNl(measurement.date),
		isBaseline: compareWith === undefined,
		baselineLabel: compareWith ? `${compareWith.label || 'Nulmeting'} (${formatDateNumericNl(compareWith.date)})` : undefined,
		participants: measurement.participants.map((p) => p.name),
		scaleNote: `Schaal ${checklist.scale.min} (${checklist.scale.minLabel}) tot ${checklist.scale.max} (${checklist.scale.maxLabel}).`,
		mean: summary.mean === undefined ? `niet te berekenen (${summary.meanMissingReason})` : `${formatNumberNl(summary.mean, 1)} (${summary.scored} van ${summary.total} items)`,
		rows: scores.map((s, i) => ({
			number: s.number,
			text: s.text,
			score: describeScore(s),
			spread: describeSpread(measurement, s.itemId),
			change: changes ? describeChange(changes[i]!) : '—'
		})),
		overallChange: changes ? describeOverallChange(computeOverallChange(changes)) : undefined,
		agreed: checklist.items.flatMap((item) => {
			const team = measurement.teamScores[item.id];
			return team ? [{ number: item.number, text: item.text, score: String(team.score), reason: team.reason.trim() || '(geen reden genoteerd)' }] : [];
		}),
		weakest: rankWeakestItems(scores)
			.slice(0, 3)
			.map((s) => `${s.number}. ${s.text} (${s.score})`),
		reflections: checklist.reflectionQuestions.map((q) => ({ question: q.text, answer: measurement.reflections[q.id]?.trim() || '(niet ingevuld)' })),
		actions: [...input.actions]
			.filter((a) => a.deletedAt === undefined)
			.sort((a, b) => a.order - b.order)
			.map((a) => ({ text: a.text, timespan: a.timespan, who: a.who, status: actionStatusSymbol(a.status), remarks: a.remarks }))
	};
}

function describeScore(s: ResolvedItemScore): string {
	return s.score === undefined ? `geen score (${s.missingReason})` : String(s.score);
}

function describeSpread(measurement: ChecklistMeasurement, itemId: string): string {
	if (measurement.participants.length < 2) return '—';
	const spread = computeItemSpread(measurement, itemId);
	if (spread.min === undefined) return 'nog niet gescoord';
	const base = spread.min === spread.max ? `${spread.min}` : `${spread.min}–${spread.max}`;
	// In words, not an arrow: the PDF font has no glyph for "↔" and printed a box.
	return spread.disagreement ? `${base} (laagst: ${spread.lowest.join(', ')}; hoogst: ${spread.highest.join(', ')})` : base;
}

function describeChange(c: ItemChange): string {
	return c.delta === undefined ? `— (${c.missingReason})` : formatDelta(c.delta);
}
