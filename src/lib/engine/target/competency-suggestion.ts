import { samLevelLabel, samLevelValue, type SamLevelId } from '../rubric/sam-scale';
import { NOT_RELEVANT, type TargetJob } from '../rubric/target-profile.schema';

/**
 * Set-up: the competencies the candidates' job targets ask for, as a suggestion for what the exercises observe.
 * The lead chooses; the draaiboek warns against observing what no job target needs ("overload aan informatie").
 */
export interface CompetencySuggestion {
	readonly competencyId: string;
	/** The highest level any of the jobs asks. */
	readonly highest: SamLevelId;
	/** The jobs that ask it, in the order given. */
	readonly jobs: readonly string[];
	/** "Magazijnmedewerker vraagt goed; Keukenhulp vraagt matig". */
	readonly words: string;
}

export interface SuggestionSet {
	/** Asked by at least one job and not chosen yet: most jobs first, then the highest level asked. */
	readonly toAdd: readonly CompetencySuggestion[];
	/** Chosen, but no job target asks it (it is "niet van belang" for all of them, or they do not name it). */
	readonly notAsked: readonly string[];
}

export function suggestCompetencies(jobs: readonly TargetJob[], chosen: readonly string[], profileOrder: readonly string[]): SuggestionSet {
	const asked = new Map<string, { highest: SamLevelId; jobs: string[]; parts: string[] }>();
	for (const job of jobs) {
		for (const r of job.requirements) {
			if (r.level === NOT_RELEVANT) continue;
			const entry = asked.get(r.competencyId) ?? { highest: r.level, jobs: [], parts: [] };
			if (samLevelValue(r.level) > samLevelValue(entry.highest)) entry.highest = r.level;
			entry.jobs.push(job.job);
			entry.parts.push(`${job.job} vraagt ${samLevelLabel(r.level).toLowerCase()}`);
			asked.set(r.competencyId, entry);
		}
	}
	const position = (id: string) => {
		const i = profileOrder.indexOf(id);
		return i === -1 ? profileOrder.length : i;
	};
	const toAdd = [...asked]
		.filter(([id]) => !chosen.includes(id))
		.map(([competencyId, e]) => ({ competencyId, highest: e.highest, jobs: e.jobs, words: e.parts.join('; ') }))
		.sort((a, b) => b.jobs.length - a.jobs.length || samLevelValue(b.highest) - samLevelValue(a.highest) || position(a.competencyId) - position(b.competencyId));
	const notAsked = jobs.length === 0 ? [] : chosen.filter((id) => !asked.has(id));
	return { toAdd, notAsked };
}
