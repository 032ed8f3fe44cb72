import { TIER_LABELS, type CompetencyTier } from '../rubric/competency-profile.schema';
import { ATTENTION_LEVELS, coverFacts, resolveCandidateOutcomes } from './candidate-report';
import { outcomeLevel, shortLevelLabel, type LevelOutcome } from './level-outcome';
import { describeMethod, type MethodNote } from './method-note';
import { FINAL_ADVICE_LABELS } from './final-assessment';
import { sessionCompetencies, type AgreementRow, type ReportSource } from './report-source';

export interface SessionMatrixRow {
	competencyId: string;
	name: string;
	tier: CompetencyTier;
	/** One cell per candidate, in the order of `candidates`. */
	cells: { outcome: LevelOutcome; label: string }[];
}

export interface SessionCandidateSummary {
	candidateId: string;
	name: string;
	jobTarget: string;
	noteCount: number;
	consensusCount: number;
	competencyCount: number;
	attentionNames: string[];
	/** The advice of the lead's eindbeoordeling; absent while none was chosen. */
	adviceLabel?: string | undefined;
}

/** The lead's overview: every candidate next to each other, and how far the session got. */
export interface SessionReport {
	title: string;
	cover: ReturnType<typeof coverFacts>;
	candidates: SessionCandidateSummary[];
	tiers: { tier: CompetencyTier; label: string; rows: SessionMatrixRow[] }[];
	legend: string[];
	method: MethodNote;
	/** Agreement per competency, in the order of the matrix; empty when it could not be computed. */
	agreementRows: ({ name: string } & AgreementRow)[];
}

export const SESSION_LEGEND = [
	'Niveau = consensus van de assessoren.',
	'* = nog geen consensus: gecombineerde score (gemiddelde over oefeningen en assessoren) van de ingediende scores.',
	'– = geen niveau (geen ingediende score of niet geobserveerd).'
];

export function buildSessionReport(source: ReportSource): SessionReport {
	const competencies = sessionCompetencies(source);
	const candidates = [...source.candidates].filter((c) => !c.deletedAt).sort((a, b) => a.name.localeCompare(b.name, 'nl-BE'));
	const outcomes = candidates.map((c) => resolveCandidateOutcomes(source, c.id));
	const rows: SessionMatrixRow[] = competencies.map((comp) => ({
		competencyId: comp.id,
		name: comp.name,
		tier: comp.tier,
		cells: outcomes.map((byCompetency) => {
			const outcome = byCompetency.get(comp.id)!;
			return { outcome, label: shortLevelLabel(outcome) };
		})
	}));
	const summaries = candidates.map((c, i): SessionCandidateSummary => {
		const byCompetency = outcomes[i]!;
		return {
			candidateId: c.id,
			name: c.name,
			jobTarget: c.jobTarget,
			noteCount: source.observations.filter((o) => !o.deletedAt && o.candidateId === c.id && o.text.trim() !== '').length,
			consensusCount: [...byCompetency.values()].filter((o) => o.kind === 'consensus').length,
			competencyCount: competencies.length,
			attentionNames: competencies.filter((comp) => {
				const level = outcomeLevel(byCompetency.get(comp.id)!);
				return level !== undefined && ATTENTION_LEVELS.includes(level);
			}).map((comp) => comp.name),
			adviceLabel: adviceOf(source, c.id)
		};
	});
	const tiers = (['kern', 'bijkomend', 'extra'] as const)
		.map((tier) => ({ tier, label: TIER_LABELS[tier], rows: rows.filter((r) => r.tier === tier) }))
		.filter((t) => t.rows.length > 0);
	return {
		title: `Sessierapport ${source.session.name}`,
		cover: coverFacts(source),
		candidates: summaries,
		tiers,
		legend: SESSION_LEGEND,
		agreementRows: competencies.flatMap((c) => {
			const row = source.agreement?.byCompetency?.find((r) => r.competencyId === c.id);
			return row ? [{ name: c.name, ...row }] : [];
		}),
		method: describeMethod(source, outcomes.flatMap((m) => [...m.values()]), undefined, ['combinatie van kandidaat en competentie', 'combinaties van kandidaat en competentie'])
	};
}

function adviceOf(source: ReportSource, candidateId: string): string | undefined {
	const advice = source.finalAssessments?.find((f) => !f.deletedAt && f.candidateId === candidateId)?.advice;
	return advice ? FINAL_ADVICE_LABELS[advice] : undefined;
}
