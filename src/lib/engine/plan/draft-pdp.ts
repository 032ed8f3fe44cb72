import type { ActionItem, Pdp, PlanNeed } from '../model/plan';
import type { PdpSchema } from '../rubric/pdp-schema.schema';
import { TEXT_LIMITS } from '../common/text';
import { ATTENTION_LEVELS, type CandidateReport } from '../report/candidate-report';
import { outcomeLevel } from '../report/level-outcome';
import type { ReportEvidence } from '../report/evidence';

/** How many notes a need quotes as evidence: enough to show the behaviour, short enough to read. */
export const MAX_EVIDENCE_NOTES_PER_NEED = 5;

export type DraftAction = Pick<ActionItem, 'text' | 'timespan' | 'who' | 'status' | 'remarks' | 'source' | 'order' | 'history'> & {
	competencyId: string;
};

export interface PdpDraft {
	pdp: Pick<Pdp, 'candidateId' | 'title' | 'needs' | 'resources'> & { sessionId?: string };
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

/**
 * Drafts a PDP from an assessment (draaiboek: the PDP starts from the findings of the assessment):
 * every competency at onvoldoende or matig becomes a need, quoting the notes that show it, and gets the
 * suggested actions of the PDP schema. A level without consensus keeps its marking in the need's text.
 * The coach edits everything afterwards; nothing here is final.
 */
export function draftPdp({ report, candidateId, sessionId, schema, newId }: DraftPdpInput): PdpDraft {
	const needs: PlanNeed[] = [];
	const actions: DraftAction[] = [];
	for (const section of report.sections) {
		const level = outcomeLevel(section.outcome);
		if (!level || !ATTENTION_LEVELS.includes(level)) continue;
		const lines = [...new Set(selectNeedEvidence(section.evidence).map((e) => `${e.exerciseName}: ${e.text}`))];
		const quoted = lines.slice(0, MAX_EVIDENCE_NOTES_PER_NEED);
		const more = lines.length - quoted.length;
		const evidence = [...quoted, ...(more > 0 ? [`… en nog ${more} ${more === 1 ? 'notitie' : 'notities'} in het rapport.`] : [])].join('\n');
		needs.push({
			id: newId(),
			competencyId: section.competencyId,
			text: clip(`${section.name}: ${section.levelText}`, TEXT_LIMITS.shortText),
			evidence: clip(evidence === '' ? 'Geen notities gekoppeld aan deze competentie.' : evidence, TEXT_LIMITS.longText)
		});
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
			resources: []
		},
		actions
	};
}
