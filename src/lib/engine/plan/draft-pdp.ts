import type { ActionItem, Pdp, PlanNeed } from '../model/plan';
import type { PdpSchema, SuggestedAction } from '../rubric/pdp-schema.schema';
import { slugify, TEXT_LIMITS } from '../common/text';
import { ATTENTION_LEVELS, type CandidateReport, type CompetencySection } from '../report/candidate-report';
import { outcomeLevel } from '../report/level-outcome';
import type { ReportEvidence } from '../report/evidence';
import type { TargetComparison } from '../target/target-comparison';
import { assessedLevelsOf } from './level-changes';

/** How many notes a need quotes as evidence: enough to show the behaviour, short enough to read. */
export const MAX_EVIDENCE_NOTES_PER_NEED = 5;
/**
 * A PDP works on a few needs at a time: more than five makes a plan nobody follows (and a 26,000 px page). The rest
 * stay in the report; the PDP says how many were left out.
 */
export const MAX_PDP_NEEDS = 5;
/** Suggested actions per need: a starting point to choose from with the candidate, not a to-do list. */
export const MAX_ACTIONS_PER_NEED = 3;

/** What a suggestion's `fits` is compared with: the job target's id and sector. */
export interface JobFit {
	jobId: string;
	sector?: string | undefined;
}

/** "Horeca en grootkeuken", "horeca  en Grootkeuken" → one key: case, accents and spacing do not matter. */
function fitKey(text: string): string {
	return slugify(text);
}

/**
 * The suggestions for one competency that fit the job: those tagged for this job or its sector first, then the ones
 * for any job; an action tagged for other work only is left out. Without a job target only untagged ones fit.
 */
export function selectSuggestions(suggestions: readonly SuggestedAction[], job: JobFit | undefined, max = MAX_ACTIONS_PER_NEED): SuggestedAction[] {
	const keys = job ? new Set([fitKey(job.jobId), ...(job.sector ? [fitKey(job.sector)] : [])]) : new Set<string>();
	const forThisJob = suggestions.filter((s) => s.fits?.some((f) => keys.has(fitKey(f))));
	const forAnyJob = suggestions.filter((s) => !s.fits);
	return [...forThisJob, ...forAnyJob].slice(0, max);
}

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
	/** The job the suggested actions must fit. */
	fit?: JobFit;
}

/**
 * Which competencies become needs, in which order. With a functieprofiel: the gaps against what the job asks,
 * largest first (a competency the job does not need is no need, however low). Without one: the competencies at
 * onvoldoende or matig, in the report's order, and the PDP says so.
 */
export function selectPdpNeeds(report: CandidateReport): NeedSelection {
	if (report.target?.kind === 'compared') return needsFromTarget(report, report.target.comparison);
	// Onvoldoende before matig (the larger gap first), the report's order within each.
	const low = report.sections.flatMap((section): (SelectedNeed & { rank: number })[] => {
		const level = outcomeLevel(section.outcome);
		return level && ATTENTION_LEVELS.includes(level) ? [{ section, text: `${section.name}: ${section.levelText}`, rank: ATTENTION_LEVELS.indexOf(level) }] : [];
	});
	const needs = [...low].sort((a, b) => a.rank - b.rank).map(({ section, text }) => ({ section, text }));
	const why = report.target?.kind === 'missing' ? 'Het gekozen functieprofiel staat niet op dit toestel' : 'Geen functieprofiel gekozen';
	return { needs: needs.slice(0, MAX_PDP_NEEDS), basis: `${why}: de noden komen uit de competenties op onvoldoende of matig, de laagste eerst${leftOut(needs.length)}.` };
}

/** ", de 5 grootste; nog 3 andere staan in het rapport" when not every candidate need fits on the PDP. */
function leftOut(count: number): string {
	const more = count - MAX_PDP_NEEDS;
	return more > 0 ? `; het PDP neemt er ${MAX_PDP_NEEDS}, nog ${more} ${more === 1 ? 'andere staat' : 'andere staan'} in het rapport` : '';
}

function needsFromTarget(report: CandidateReport, comparison: TargetComparison): NeedSelection {
	const sections = new Map(report.sections.map((s) => [s.competencyId, s]));
	const needs = comparison.gaps.flatMap((gap): SelectedNeed[] => {
		const section = sections.get(gap.competencyId);
		return section ? [{ section, text: `${gap.name}: ${gap.words}${gap.source === 'voorlopig' ? ' (voorlopig, nog geen consensus)' : ''}` }] : [];
	});
	return {
		needs: needs.slice(0, MAX_PDP_NEEDS),
		basis: `Uit de vergelijking met het functieprofiel ${comparison.job}: wat de job vraagt en nog niet bereikt is, de grootste kloof eerst${leftOut(needs.length)}.`,
		target: { job: comparison.job, summary: comparison.readiness.summary },
		fit: { jobId: comparison.jobId, sector: comparison.sector }
	};
}

/**
 * Drafts a PDP from an assessment (draaiboek: the PDP starts from the findings of the assessment):
 * the largest gaps (at most MAX_PDP_NEEDS) become needs, quoting the notes that show it, each with at most
 * MAX_ACTIONS_PER_NEED suggested actions of the PDP schema that fit the job target's work. A level without consensus keeps its marking in the need's text.
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
		for (const suggestion of selectSuggestions(schema.suggestedActions[section.competencyId] ?? [], selection.fit)) {
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
