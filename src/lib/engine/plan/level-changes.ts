import type { ActionItem, AssessedLevel, Pdp, PlanNeed } from '../model/plan';
import type { CandidateReport } from '../report/candidate-report';
import type { LevelOutcome } from '../report/level-outcome';
import type { DraftAction, PdpDraft } from './draft-pdp';

/**
 * A PDP drafted before the consensus (or before it changed) rests on levels that are no longer the assessment's.
 * These functions see that, say it in Dutch and plan taking the new levels over without losing anything the coach
 * wrote: a field is replaced only while it still holds exactly what the app drafted.
 */

/** What counts as the same level: the consensus and a provisional proposal of the same level are not the same. */
export function levelKeyOf(outcome: LevelOutcome): string {
	switch (outcome.kind) {
		case 'consensus':
			return `consensus:${outcome.level}`;
		case 'combined':
			return `combined:${outcome.level ?? 'tussen'}`;
		default:
			return outcome.kind;
	}
}

/** The levels of the report as a PDP stores them when drafted. */
export function assessedLevelsOf(report: CandidateReport): AssessedLevel[] {
	return report.sections.map((s) => ({ competencyId: s.competencyId, key: levelKeyOf(s.outcome), words: s.levelText }));
}

export interface LevelChange {
	competencyId: string;
	name: string;
	/** "Matig (nog geen consensus …)". */
	was: string;
	now: string;
}

export interface AssessmentChanges {
	levels: LevelChange[];
	/** The job target the PDP was drafted against and the one the candidate now has, when these differ. */
	target?: { was: string; now: string };
}

/**
 * What changed in the assessment since the PDP was drafted. A level that is now "none" is not a change: it is what
 * someone sees who may not see the ratings yet (blind until they submitted their own), not a new finding.
 */
export function findAssessmentChanges(pdp: Pick<Pdp, 'assessedLevels' | 'target'>, report: CandidateReport): AssessmentChanges {
	if (!pdp.assessedLevels) return { levels: [] };
	const stored = new Map(pdp.assessedLevels.map((l) => [l.competencyId, l]));
	const levels = report.sections.flatMap((s): LevelChange[] => {
		const key = levelKeyOf(s.outcome);
		const before = stored.get(s.competencyId);
		if (key === 'none' || before?.key === key) return [];
		return [{ competencyId: s.competencyId, name: s.name, was: before?.words ?? 'nog niet beoordeeld', now: s.levelText }];
	});
	const nowJob = report.target?.kind === 'compared' ? report.target.comparison.job : undefined;
	const target = nowJob !== undefined && pdp.target?.job !== nowJob ? { was: pdp.target?.job ?? 'geen functieprofiel', now: nowJob } : undefined;
	return { levels, ...(target ? { target } : {}) };
}

export function hasAssessmentChanges(changes: AssessmentChanges): boolean {
	return changes.levels.length > 0 || changes.target !== undefined;
}

export interface LevelTakeOver {
	patch: Pick<Pdp, 'needs' | 'assessedLevels'> & Partial<Pick<Pdp, 'target' | 'needsBasis'>>;
	/** Suggested actions for competencies that became a need. */
	addActions: DraftAction[];
	/** Suggested actions of needs that are gone, never touched by anyone (no status, remark or edit). */
	removeActionIds: string[];
	summary: string;
}

function untouched(need: PlanNeed): boolean {
	return need.drafted !== undefined && need.text === need.drafted.text && need.evidence === need.drafted.evidence;
}

function untouchedAction(a: ActionItem): boolean {
	return a.source === 'consensus' && a.status === 'niet' && a.history.length === 0 && a.remarks === '' && a.createdAt === a.updatedAt;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Takes the levels of a fresh draft over into an existing PDP. Per need drafted from a competency:
 * - still a need: the text and evidence the app wrote are replaced by the new ones; what the coach changed stays,
 *   and the new words of the assessment are kept beside it (`drafted`), for the screen to show;
 * - no longer a need: removed when nobody touched it, otherwise kept with the assessment's new words;
 * - newly a need: added with its suggested actions.
 * Needs the coach added by hand, resources and actions with any follow-up are never touched.
 */
export function planLevelTakeOver(pdp: Pick<Pdp, 'needs'>, actions: readonly ActionItem[], draft: PdpDraft, nameOf: (competencyId: string) => string): LevelTakeOver {
	const fresh = new Map(draft.pdp.needs.filter((n) => n.competencyId).map((n) => [n.competencyId!, n]));
	const handled = new Set<string>();
	const dropped = new Set<string>();
	let updated = 0;
	let keptGone = 0;
	const needs: PlanNeed[] = [];
	for (const need of pdp.needs) {
		const id = need.competencyId;
		if (!id) {
			needs.push(need);
			continue;
		}
		const next = fresh.get(id);
		if (next) {
			handled.add(id);
			const drafted = { text: next.text, evidence: next.evidence };
			const own = !untouched(need);
			const merged = {
				...need,
				text: need.drafted && need.text === need.drafted.text ? next.text : need.text,
				evidence: need.drafted && need.evidence === need.drafted.evidence ? next.evidence : need.evidence,
				drafted
			};
			if (merged.text !== need.text || merged.evidence !== need.evidence || own) updated++;
			needs.push(merged);
		} else if (untouched(need)) {
			dropped.add(id);
		} else {
			keptGone++;
			needs.push({ ...need, drafted: { text: `${nameOf(id)}: geen nood meer volgens het assessment`, evidence: need.drafted?.evidence ?? need.evidence } });
		}
	}
	const added = draft.pdp.needs.filter((n) => !n.competencyId || !handled.has(n.competencyId));
	needs.push(...added);
	const addedIds = new Set(added.map((n) => n.competencyId));
	const addActions = draft.actions.filter((a) => addedIds.has(a.competencyId));
	const removeActionIds = actions.filter((a) => a.competencyId && dropped.has(a.competencyId) && untouchedAction(a)).map((a) => a.id);
	const parts = [
		updated > 0 ? `${count(updated, 'nood', 'noden')} bijgewerkt` : '',
		added.length > 0 ? `${count(added.length, 'nood', 'noden')} toegevoegd` : '',
		dropped.size > 0 ? `${count(dropped.size, 'nood', 'noden')} weggelaten die geen nood meer ${dropped.size === 1 ? 'is' : 'zijn'}` : '',
		keptGone > 0 ? `${count(keptGone, 'nood', 'noden')} die geen nood meer ${keptGone === 1 ? 'is' : 'zijn'}, bleef staan omdat je er zelf in schreef` : ''
	].filter((p) => p !== '');
	return {
		patch: {
			needs,
			assessedLevels: draft.pdp.assessedLevels ?? [],
			...(draft.pdp.target ? { target: draft.pdp.target } : {}),
			...(draft.pdp.needsBasis ? { needsBasis: draft.pdp.needsBasis } : {})
		},
		addActions,
		removeActionIds,
		summary: `Nieuwe niveaus overgenomen${parts.length > 0 ? `: ${parts.join('; ')}` : ''}. Wat je zelf schreef, bleef staan.`
	};
}
