import type { AssessmentSession, Assessor, Candidate, Exercise } from '../model/session';
import type { Classification, ConsensusDecision, Observation, Rating } from '../model/observation';
import type { FinalAssessment } from '../model/final-assessment';
import type { CompetencyProfile, Competency } from '../rubric/competency-profile.schema';
import type { TargetJobEntry } from '../target/candidate-target';

/** What the agreement engine says about the session, already worded in Dutch. */
export interface AgreementNote {
	/** One sentence per statistic, with its interpretation. */
	lines: string[];
	/** Per competency, for the lead's session report; figures already written the Flemish way. */
	byCompetency?: AgreementRow[];
}

export interface AgreementRow {
	competencyId: string;
	/** How often at least two assessors scored the same candidate, competency and exercise. */
	pairs: number;
	exact: string;
	withinOne: string;
	alpha: string;
}

/** Everything of one session a report is made from; the route reads it once from the database. */
export interface ReportSource {
	session: AssessmentSession;
	profile: CompetencyProfile;
	exercises: readonly Exercise[];
	assessors: readonly Assessor[];
	candidates: readonly Candidate[];
	observations: readonly Observation[];
	classifications: readonly Classification[];
	ratings: readonly Rating[];
	consensus: readonly ConsensusDecision[];
	/** The functieprofielen jobs stored here that candidates' job targets may point at. */
	targetJobs?: readonly TargetJobEntry[];
	/** The eindbeoordelingen written by the lead (absent in sources made before they existed). */
	finalAssessments?: readonly FinalAssessment[] | undefined;
	/** Absent when the agreement could not be computed; the report then says so. */
	agreement?: AgreementNote | undefined;
	generatedAt: string;
}

const TIER_ORDER = { kern: 0, bijkomend: 1, extra: 2 } as const;

/**
 * The competencies the session measured, grouped kern → bijkomend → extra and in profile order within a
 * tier. A session without its own selection measures the whole profile.
 */
export function sessionCompetencies(source: Pick<ReportSource, 'session' | 'profile'>): Competency[] {
	const chosen = new Set(source.session.competencyIds);
	const all = source.profile.competencies.filter((c) => chosen.size === 0 || chosen.has(c.id));
	return all
		.map((c, index) => ({ c, index }))
		.sort((a, b) => TIER_ORDER[a.c.tier] - TIER_ORDER[b.c.tier] || a.index - b.index)
		.map(({ c }) => c);
}

export function isLive<T extends { deletedAt?: string | undefined }>(record: T): boolean {
	return !record.deletedAt;
}

/** Groups records by a key, skipping soft-deleted ones. */
export function groupBy<T extends { deletedAt?: string | undefined }>(records: readonly T[], key: (record: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const record of records) {
		if (record.deletedAt) continue;
		const k = key(record);
		const list = groups.get(k);
		if (list) list.push(record);
		else groups.set(k, [record]);
	}
	return groups;
}
