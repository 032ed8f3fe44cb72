import type { ActionItem, Pdp, PlanNeed } from '../model/plan';
import type { PdpSchema } from '../rubric/pdp-schema.schema';
import { TEXT_LIMITS } from '../common/text';
import { ATTENTION_LEVELS, type CandidateReport, type CompetencySection } from '../report/candidate-report';
import { outcomeLevel } from '../report/level-outcome';
import type { ReportEvidence } from '../report/evidence';
import type { TargetComparison } from '../target/target-comparison';
import { assessedLevelsOf } from './level-changes';

/** How many notes a need quotes as evidence: enough to show the behaviour, short enough to read. */
export const MAX_EVIDENCE_NOTES_PER_NEED = 5;

export type DraftAction = Pick<ActionItem, 'text' | 'timespan' | 'who' | 'status' | 'remarks' | 'source' | 'order' | 'history'> & {
	competencyId: string;
};

export interface PdpDraft {
	pdp: Pick<Pdp, 'candidateId' | 'title' | 'needs' | 'resources' | 'target' | 'needsBasis' | 'assessedLevels'> & { sessionId?: string };
	actions: DraftAction[];
}

export interface DraftPdpInput {
	report: CandidateReport;
	candidateId: string;
	sessionId?: string | undefined;
	schema: PdpSchema;
	newId: () => string;
}

/**
 * The notes that show the need: those the assessors linked to onvoldoende or matig first, then notes
 * without a level; notes linked only to goed or zeer goed show a strength, not the need, and are left out.
 * The same sentence written by two assessors is quoted once.
 */
export function selectNeedEvidence(evidence: readonly ReportEvidence[]): ReportEvidence[] {
	const low = evidence.filter((e) => e.levelIds.some((l) => ATTENTION_LEVELS.includes(l)));
	const unlevelled = evidence.filter((e) => e.levelIds.length === 0);
	return [...low, ...unlevelled];
}

function clip(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A competency the PDP works on, with the words its need starts from. */
export interface SelectedNeed {
	section: CompetencySection;
	/** "Samenwerken: vraagt goed, nu matig: één niveau te gaan", or "Samenwerken: Matig". */
	text: string;
}

export interface NeedSelection {
	needs: SelectedNeed[];
	/** Said on the PDP, so the coach knows what the needs rest on. */
	basis: string;
	target?: { job: string; summary: string };
}

/**
 * Which competencies become needs, in which order. With a functieprofiel: the gaps against what the job asks,
 * largest first (a competency the job does not need is no need, however low). Without one: the competencies at
 * onvoldoende or matig, in the report's order, and the PDP says so.
 */
export function selectPdpNeeds(report: CandidateReport): NeedSelection {
	if (report.target?.kind === 'compared') return needsFromTarget(report, report.target.comparison);
	const needs = report.sections.flatMap((section): SelectedNeed[] => {
		const level = outcomeLevel(section.outcome);
		return level && ATTENTION_LEVELS.includes(level) ? [{ section, text: `${section.name}: ${section.levelText}` }] : [];
	});
	const why = report.target?.kind === 'missing' ? 'Het gekozen functieprofiel staat niet op dit toestel' : 'Geen functieprofiel gekozen';
	return { needs, basis: `${why}: de noden komen uit de competenties op onvoldoende of matig.` };
}

function needsFromTarget(report: CandidateReport, comparison: TargetComparison): NeedSelection {
	const sections = new Map(report.sections.map((s) => [s.competencyId, s]));
	const needs = comparison.gaps.flatMap((gap): SelectedNeed[] => {
		const section = sections.get(gap.competencyId);
		return section ? [{ section, text: `${gap.name}: ${gap.words}${gap.source === 'voorlopig' ? ' (voorlopig, nog geen consensus)' : ''}` }] : [];
	});
	return {
		needs,
		basis: `Uit de vergelijking met het functieprofiel ${comparison.job}: wat de job vraagt en nog niet bereikt is, de grootste kloof eerst.`,
		target: { job: comparison.job, summary: comparison.readiness.summary }
	};
}

/**
 * Drafts a PDP from an assessment (draaiboek: the PDP starts from the findings of the assessment):
 * every competency at onvoldoende or matig becomes a need, quoting the notes that show it, and gets the
 * suggested actions of the PDP schema. A level without consensus keeps its marking in the need's text.
 * The coach edits everything afterwards; nothing here is final.
 */
export function draftPdp({ report, candidateId, sessionId, schema, newId }: DraftPdpInput): PdpDraft {
	const needs: PlanNeed[] = [];
	const actions: DraftAction[] = [];
	const selection = selectPdpNeeds(report);
	for (const { section, text } of selection.needs) {
		const lines = [...new Set(selectNeedEvidence(section.evidence).map((e) => `${e.exerciseName}: ${e.text}`))];
		const quoted = lines.slice(0, MAX_EVIDENCE_NOTES_PER_NEED);
		const more = lines.length - quoted.length;
		const evidence = [...quoted, ...(more > 0 ? [`… en nog ${more} ${more === 1 ? 'notitie' : 'notities'} in het rapport.`] : [])].join('\n');
		const drafted = {
			text: clip(text, TEXT_LIMITS.shortText),
			evidence: clip(evidence === '' ? 'Geen notities gekoppeld aan deze competentie.' : evidence, TEXT_LIMITS.longText)
		};
		needs.push({ id: newId(), competencyId: section.competencyId, ...drafted, drafted });
		for (const suggestion of schema.suggestedActions[section.competencyId] ?? []) {
			actions.push({
				text: suggestion.text,
				timespan: suggestion.timespan ?? '',
				who: suggestion.who ?? '',
				status: 'niet',
				remarks: '',
				source: 'consensus',
				competencyId: section.competencyId,
				order: actions.length,
				history: []
			});
		}
	}
	return {
		pdp: {
			candidateId,
			...(sessionId ? { sessionId } : {}),
			title: clip(`PDP ${report.cover.candidateName}`, TEXT_LIMITS.name),
			needs,
			resources: [],
			needsBasis: clip(selection.basis, TEXT_LIMITS.shortText),
			assessedLevels: assessedLevelsOf(report),
			...(selection.target ? { target: { job: clip(selection.target.job, 120), summary: clip(selection.target.summary, TEXT_LIMITS.shortText) } } : {})
		},
		actions
	};
}
