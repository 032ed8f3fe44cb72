import { NOT_OBSERVED, type RatingLevel } from '../model/observation';
import { SAM_LEVEL_IDS, samLevelLabel, samLevelValue, type SamLevelId } from '../rubric/sam-scale';
import { NOT_RELEVANT, type TargetJob } from '../rubric/target-profile.schema';

/**
 * A candidate's levels next to what the job target asks. The app only reads the difference out; whether someone is
 * ready for doorstroom is the lead's judgement in the eindbeoordeling.
 */

/**
 * Where a candidate's level for a competency comes from: the consensus, a provisional proposal (the combined score
 * before consensus), or nothing this viewer may see yet (blind until they submitted their own ratings).
 */
export type LevelSource = 'consensus' | 'voorlopig' | 'verborgen';

/** One competency the assessment-center measured. A competency it did not measure has no FoundLevel at all. */
export interface FoundLevel {
	readonly competencyId: string;
	/** Undefined: no level yet (nobody rated it, halfway between two levels, or hidden). */
	readonly level: RatingLevel | undefined;
	readonly source: LevelSource;
	/** With no level: the combined score lies exactly halfway ("tussen matig en goed"); the consensus decides. */
	readonly between?: string;
	/** With no level: the consensus meeting decided it could not agree ("geen consensus"). */
	readonly noConsensus?: boolean;
}

export type ComparisonStatus = 'op-niveau' | 'boven-niveau' | 'te-gaan' | 'niet-geobserveerd' | 'geen-niveau' | 'verborgen' | 'niet-gemeten';

export interface ComparisonRow {
	readonly competencyId: string;
	readonly name: string;
	readonly asks: SamLevelId;
	readonly reason: string;
	readonly found: RatingLevel | undefined;
	readonly source: LevelSource | undefined;
	readonly status: ComparisonStatus;
	/** Levels still to go (> 0), 0 at level, < 0 above; null when there is no level to compare. */
	readonly gap: number | null;
	/** "vraagt goed, nu matig: één niveau te gaan". */
	readonly words: string;
}

export interface NotRelevantRow {
	readonly competencyId: string;
	readonly name: string;
	readonly reason: string;
	readonly found: RatingLevel | undefined;
}

export interface TargetComparison {
	readonly jobId: string;
	readonly job: string;
	/** The job's sector, so PDP suggestions can fit the work ("Horeca en grootkeuken"). */
	readonly sector?: string;
	/** Competencies the job asks a level for, in the profile's order. */
	readonly rows: readonly ComparisonRow[];
	/** Competencies the job does not need: shown apart, never counted as gaps. */
	readonly notRelevant: readonly NotRelevantRow[];
	/** Rows with levels still to go, largest gap first (ties in the profile's order): the PDP's needs. */
	readonly gaps: readonly ComparisonRow[];
	/** True only when every level comes from a locked or decided consensus. */
	readonly provisional: boolean;
	readonly readiness: Readiness;
}

/**
 * A proposal the lead confirms or overrules, never a decision: `ready` only when every required competency has a
 * level at or above what the job asks; `open` lists what has no level to compare yet.
 */
export interface Readiness {
	readonly ready: boolean;
	readonly notYet: readonly string[];
	readonly open: readonly string[];
	readonly summary: string;
}

const COUNT_WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf'];
const lower = (id: SamLevelId) => samLevelLabel(id).toLowerCase();

/** The comparison for one competency in words; `found` undefined with `source` says why there is no level. */
export function describeComparison(
	asks: SamLevelId,
	found: RatingLevel | undefined,
	source?: LevelSource | 'niet-gemeten'
): { status: ComparisonStatus; gap: number | null; words: string } {
	const head = `vraagt ${lower(asks)}`;
	if (source === 'niet-gemeten') return { status: 'niet-gemeten', gap: null, words: `${head}, niet gemeten in dit assessment-center` };
	if (source === 'verborgen') return { status: 'verborgen', gap: null, words: `${head}, nog verborgen tot je je eigen beoordelingen indient` };
	if (found === undefined) return { status: 'geen-niveau', gap: null, words: `${head}, nog geen niveau` };
	if (found === NOT_OBSERVED) return { status: 'niet-geobserveerd', gap: null, words: `${head}, niet geobserveerd: nog te bekijken` };
	const gap = samLevelValue(asks) - samLevelValue(found);
	const now = `nu ${lower(found)}`;
	if (gap === 0) return { status: 'op-niveau', gap, words: `${head}, ${now}: op niveau` };
	if (gap < 0) return { status: 'boven-niveau', gap, words: `${head}, ${now}: boven wat de job vraagt` };
	return { status: 'te-gaan', gap, words: `${head}, ${now}: ${COUNT_WORDS[gap] ?? String(gap)} ${gap === 1 ? 'niveau' : 'niveaus'} te gaan` };
}

/** A competency as the comparison names it, in the competency profile's order. */
export interface NamedCompetency {
	readonly id: string;
	readonly name: string;
}

/**
 * Compares found levels with a job. `competencies` is the competency profile in its order, so tables read as the
 * profile does; a competency the job names but the profile lacks comes last, under its id.
 */
export function compareWithTarget(job: TargetJob, found: readonly FoundLevel[], competencies: readonly NamedCompetency[]): TargetComparison {
	const byId = new Map(found.map((f) => [f.competencyId, f]));
	const competencyOrder = competencies.map((c) => c.id);
	const nameOf = (id: string) => competencies.find((c) => c.id === id)?.name ?? id;
	const position = (id: string) => {
		const i = competencyOrder.indexOf(id);
		return i === -1 ? competencyOrder.length : i;
	};
	const requirements = [...job.requirements].sort((a, b) => position(a.competencyId) - position(b.competencyId));
	const rows: ComparisonRow[] = [];
	const notRelevant: NotRelevantRow[] = [];
	for (const r of requirements) {
		const f = byId.get(r.competencyId);
		if (r.level === NOT_RELEVANT) {
			notRelevant.push({ competencyId: r.competencyId, name: nameOf(r.competencyId), reason: r.reason, found: f?.level });
			continue;
		}
		const source = f ? f.source : 'niet-gemeten';
		rows.push({
			competencyId: r.competencyId,
			name: nameOf(r.competencyId),
			asks: r.level,
			reason: r.reason,
			found: f?.level,
			source: f?.level === undefined ? undefined : f.source,
			...describeComparison(r.level, f?.level, source),
			...(f?.level === undefined && f?.between ? { words: `vraagt ${lower(r.level)}, nu ${f.between}: de consensus beslist` } : {}),
			...(f?.level === undefined && f?.noConsensus ? { words: `vraagt ${lower(r.level)}, geen consensus: de assessoren werden het niet eens` } : {})
		});
	}
	const gaps = rows.filter((r) => r.status === 'te-gaan').sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0) || position(a.competencyId) - position(b.competencyId));
	const provisional = rows.some((r) => r.source !== 'consensus' && r.status !== 'niet-gemeten');
	return { jobId: job.id, job: job.job, sector: job.sector, rows, notRelevant, gaps, provisional, readiness: readinessOf(job.job, rows, gaps, provisional) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function readinessOf(job: string, rows: readonly ComparisonRow[], gaps: readonly ComparisonRow[], provisional: boolean): Readiness {
	const open = rows.filter((r) => r.gap === null).map((r) => r.competencyId);
	const notMeasured = rows.filter((r) => r.status === 'niet-gemeten').length;
	const noLevel = open.length - notMeasured;
	const notYet = gaps.map((r) => r.competencyId);
	const ready = notYet.length === 0 && open.length === 0 && rows.length > 0;
	const basis = provisional ? ' (voorlopig: nog niet alles is in consensus beslist)' : '';
	const summary = ready
		? `Alle competenties die ${job} vraagt, zijn op niveau${basis}.`
		: [
				notYet.length > 0 ? `${plural(notYet.length, 'competentie is', 'competenties zijn')} nog niet op het niveau dat ${job} vraagt` : '',
				noLevel > 0 ? `${plural(noLevel, 'competentie heeft', 'competenties hebben')} nog geen niveau om te vergelijken` : '',
				notMeasured > 0 ? `${plural(notMeasured, 'competentie', 'competenties')} die de job vraagt, ${notMeasured === 1 ? 'werd' : 'werden'} niet gemeten` : ''
			]
				.filter((s) => s !== '')
				.join('; ') + `${basis}.`;
	return { ready, notYet, open, summary };
}

/** The rows a table shows, and apart the ones the job asks but the assessment-center did not measure. */
export function splitByMeasured(comparison: TargetComparison): { measured: ComparisonRow[]; unmeasured: ComparisonRow[] } {
	return {
		measured: comparison.rows.filter((r) => r.status !== 'niet-gemeten'),
		unmeasured: comparison.rows.filter((r) => r.status === 'niet-gemeten')
	};
}

/** One step of the SAM scale in a comparison chart: reached by the candidate, asked by the job, or neither. */
export interface ScaleStep {
	readonly level: SamLevelId;
	readonly reached: boolean;
	readonly asked: boolean;
}

/**
 * The row of a comparison as a chart draws it, one step per SAM level: steps up to the found level are filled, steps
 * up to the asked level are outlined, so a gap shows as outlined steps left empty. "Niet geobserveerd" or no level
 * fills nothing.
 */
export function comparisonScale(asks: SamLevelId, found: RatingLevel | undefined): ScaleStep[] {
	const reached = found === undefined || found === NOT_OBSERVED ? 0 : samLevelValue(found);
	return SAM_LEVEL_IDS.map((level) => ({ level, reached: samLevelValue(level) <= reached, asked: samLevelValue(level) <= samLevelValue(asks) }));
}
