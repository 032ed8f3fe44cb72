import { SAM_ATTENTION_LEVELS, SAM_LEVEL_IDS, samLevelLabel, type SamLevelId } from '../rubric/sam-scale';
import { TIER_LABELS, type Competency, type CompetencyTier } from '../rubric/competency-profile.schema';
import { collectEvidence, indexEvidence, type EvidenceIndex, type ReportEvidence } from './evidence';
import { describeLevelOutcome, outcomeLevel, resolveLevelOutcome, type LevelOutcome } from './level-outcome';
import { groupBy, sessionCompetencies, type ReportSource } from './report-source';
import { describeMethod, type MethodNote } from './method-note';
import { formatDateNl } from '../common/format-nl';
import type { Candidate } from '../model/session';
import { candidateTarget, type CandidateTarget } from '../target/candidate-target';
import { foundFromOutcomes } from '../target/found-levels';
import { agreedLevels, describeFinalAssessment, type FinalAssessmentText } from './final-assessment';

/** One indicator row of the SAM grid, read at one level. */
export interface SamRowAtLevel {
	behaviour: string;
	description: string;
}

export interface CompetencySection {
	competencyId: string;
	name: string;
	tier: CompetencyTier;
	definition: string;
	sensitive: boolean;
	outcome: LevelOutcome;
	levelText: string;
	evidence: ReportEvidence[];
	/** The SAM description of the level reached (empty when there is no level). */
	samRows: SamRowAtLevel[];
}

export interface OverviewRow {
	competencyId: string;
	name: string;
	outcome: LevelOutcome;
	levelText: string;
}

export interface OverviewGroup {
	tier: CompetencyTier;
	label: string;
	rows: OverviewRow[];
}

/** A groeipunt: a competency to work on, with what the next level looks like so the PDP has a direction. */
export interface GrowthPoint {
	competencyId: string;
	name: string;
	levelText: string;
	nextLevelLabel: string;
	nextLevelRows: SamRowAtLevel[];
}

export interface CandidateReport {
	title: string;
	cover: {
		candidateName: string;
		jobTarget: string;
		sessionName: string;
		location: string;
		dates: string[];
		exercises: string[];
		assessors: string[];
		rubricVersion: string;
		generatedOn: string;
	};
	overview: OverviewGroup[];
	sections: CompetencySection[];
	/** Sterke punten: competencies at goed or zeer goed, what the candidate can build on. */
	strengths: OverviewRow[];
	/** Groeipunten: competencies at onvoldoende or matig, with the next level to grow towards. */
	growthPoints: GrowthPoint[];
	/** Until the consensus is locked every level may still change: the report says "voorlopig" on every page. */
	provisional: boolean;
	/** The levels next to what the job target's functieprofiel asks; absent when no functieprofiel is chosen. */
	target?: CandidateTarget;
	method: MethodNote;
	/** The lead's eindbeoordeling; absent while none is written. */
	finalAssessment?: FinalAssessmentText | undefined;
}

/** Levels that make a competency a groeipunt (draaiboek: onvoldoende and matig). */
export const ATTENTION_LEVELS = SAM_ATTENTION_LEVELS;

export function samRowsAt(competency: Competency, level: SamLevelId): SamRowAtLevel[] {
	return competency.indicators.map((row) => ({ behaviour: row.behaviour, description: row.levels[level] }));
}

/** Per competency of the session: the level outcome of one candidate (consensus, else the marked combined score). */
export function resolveCandidateOutcomes(source: ReportSource, candidateId: string): Map<string, LevelOutcome> {
	const consensus = new Map(
		source.consensus.filter((d) => !d.deletedAt && d.candidateId === candidateId).map((d) => [d.competencyId, d])
	);
	const ratings = groupBy(
		source.ratings.filter((r) => r.candidateId === candidateId),
		(r) => r.competencyId
	);
	return new Map(
		sessionCompetencies(source).map((c) => [c.id, resolveLevelOutcome(consensus.get(c.id), ratings.get(c.id) ?? [])])
	);
}

function buildSection(competency: Competency, outcome: LevelOutcome, index: EvidenceIndex, source: ReportSource, candidateId: string): CompetencySection {
	const level = outcomeLevel(outcome);
	return {
		competencyId: competency.id,
		name: competency.name,
		tier: competency.tier,
		definition: competency.definition,
		sensitive: competency.sensitive ?? false,
		outcome,
		levelText: describeLevelOutcome(outcome),
		evidence: collectEvidence(
			index,
			source.classifications.filter((c) => c.candidateId === candidateId && c.competencyId === competency.id),
			source.ratings.filter((r) => r.candidateId === candidateId && r.competencyId === competency.id)
		),
		samRows: level ? samRowsAt(competency, level) : []
	};
}

export function sessionDates(source: ReportSource): string[] {
	return [...source.session.days].sort((a, b) => a.date.localeCompare(b.date)).map((d) => (d.label.trim() ? `${formatDateNl(d.date)} (${d.label.trim()})` : formatDateNl(d.date)));
}

export function coverFacts(source: ReportSource) {
	return {
		sessionName: source.session.name,
		location: source.session.location,
		dates: sessionDates(source),
		exercises: [...source.exercises].filter((e) => !e.deletedAt).sort((a, b) => a.order - b.order).map((e) => e.name),
		assessors: source.session.assessorIds.map((id) => source.assessors.find((a) => a.id === id)?.name ?? 'onbekende assessor'),
		rubricVersion: `${source.profile.title} (${source.session.rubricVersionId})`,
		generatedOn: formatDateNl(source.generatedAt)
	};
}

/**
 * Rapporteren: the candidate's final report as data: cover, overview per tier, one section per
 * competency (level, observed behaviour, SAM description), sterke punten and groeipunten, the lead's
 * eindbeoordeling, and how the scores were reached, in plain Dutch for the candidate and coach. Levels without consensus are shown as the marked combined score, never as a decision.
 */
export function buildCandidateReport(source: ReportSource, candidate: Candidate): CandidateReport {
	const competencies = sessionCompetencies(source);
	const outcomes = resolveCandidateOutcomes(source, candidate.id);
	const index = indexEvidence(
		source.observations.filter((o) => o.candidateId === candidate.id),
		source.exercises,
		source.assessors
	);
	const sections = competencies.map((c) => buildSection(c, outcomes.get(c.id)!, index, source, candidate.id));
	const rows: OverviewRow[] = sections.map((s) => ({ competencyId: s.competencyId, name: s.name, outcome: s.outcome, levelText: s.levelText }));
	const overview = (['kern', 'bijkomend', 'extra'] as const)
		.map((tier) => ({ tier, label: TIER_LABELS[tier], rows: rows.filter((_, i) => sections[i]!.tier === tier) }))
		.filter((g) => g.rows.length > 0);
	// The lead's eindbeoordeling chooses the sterke punten and groeipunten; without one they follow the levels.
	const chosen = liveFinalAssessment(source, candidate.id);
	const strengths = rows.filter((r) => {
		const level = outcomeLevel(r.outcome);
		return chosen ? chosen.strengthIds.includes(r.competencyId) : level !== undefined && !ATTENTION_LEVELS.includes(level);
	});
	const growthPoints = competencies.flatMap((c): GrowthPoint[] => {
		const outcome = outcomes.get(c.id)!;
		const level = outcomeLevel(outcome);
		if (!level || !ATTENTION_LEVELS.includes(level)) return [];
		if (chosen && !chosen.growthPointIds.includes(c.id)) return [];
		const next = SAM_LEVEL_IDS[SAM_LEVEL_IDS.indexOf(level) + 1]!;
		return [{ competencyId: c.id, name: c.name, levelText: describeLevelOutcome(outcome), nextLevelLabel: samLevelLabel(next), nextLevelRows: samRowsAt(c, next) }];
	});
	return {
		title: `Assessmentrapport ${candidate.name}`,
		cover: { candidateName: candidate.name, jobTarget: candidate.jobTarget, ...coverFacts(source) },
		overview,
		sections,
		strengths,
		growthPoints,
		provisional: !source.session.consensusLock,
		...targetOf(source, candidate, outcomes),
		method: describeMethod(source, [...outcomes.values()], candidate.id),
		finalAssessment: finalAssessmentOf(source, candidate.id, competencies)
	};
}

function targetOf(source: ReportSource, candidate: Candidate, outcomes: ReadonlyMap<string, LevelOutcome>): { target?: CandidateTarget } {
	const target = candidateTarget(candidate, source.targetJobs ?? [], foundFromOutcomes(outcomes), source.profile.competencies);
	return target ? { target } : {};
}

/** The comparison with the job target the candidate report shows, without building the whole report. */
export function reportTargetOf(source: ReportSource, candidate: Candidate): CandidateTarget | undefined {
	return targetOf(source, candidate, resolveCandidateOutcomes(source, candidate.id)).target;
}

function finalAssessmentOf(source: ReportSource, candidateId: string, competencies: readonly Competency[]): FinalAssessmentText | undefined {
	const assessment = liveFinalAssessment(source, candidateId);
	if (!assessment) return undefined;
	const names = new Map(competencies.map((c) => [c.id, c.name]));
	const levels = agreedLevels(source.consensus, candidateId, competencies.map((c) => c.id));
	return describeFinalAssessment(assessment, levels, (id) => names.get(id) ?? id, source.assessors);
}

function liveFinalAssessment(source: ReportSource, candidateId: string) {
	return source.finalAssessments?.find((f) => !f.deletedAt && f.candidateId === candidateId);
}
