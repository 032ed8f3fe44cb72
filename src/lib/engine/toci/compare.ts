import type { TociAnswer } from '../model/toci-evaluation';

/**
 * Ghent practice (seed 000): "We leggen hier de ervaring/beoordeling van de mentor naast. Dit gesprek maakt
 * duidelijk of de jongere de competentie reeds onder de knie heeft." A difference of one level or more
 * between the youth and the mentor is worth talking about; it is not a score of agreement.
 */
export const TALKING_POINT_DIFFERENCE = 1;

export interface TociScale {
	levels: readonly { id: string; value: number; label: string; youthLabel: string }[];
	competencies: readonly { id: string; name: string }[];
}

export type SelfMentorGap = 'zelf-hoger' | 'zelf-lager' | 'gelijk' | 'onvolledig';

export interface TociComparisonRow {
	competencyId: string;
	name: string;
	self?: number | undefined;
	mentor?: number | undefined;
	coach?: number | undefined;
	/** Self minus mentor, in steps on the scale. */
	gap?: number | undefined;
	kind: SelfMentorGap;
	talkingPoint?: string | undefined;
	selfExample: string;
	mentorText: string;
	coachText: string;
}

export interface TociAnswers {
	self: Readonly<Record<string, TociAnswer>>;
	mentor: Readonly<Record<string, TociAnswer>>;
	coach: Readonly<Record<string, TociAnswer>>;
}

/** Position of a level on the scale (1-based rank), so gaps are in steps even when values skip numbers. */
export function levelRank(scale: TociScale, levelId: string | undefined): number | undefined {
	if (!levelId) return undefined;
	const sorted = [...scale.levels].sort((a, b) => a.value - b.value);
	const i = sorted.findIndex((l) => l.id === levelId);
	return i < 0 ? undefined : i + 1;
}

function talkingPointFor(kind: SelfMentorGap, gap: number, name: string): string | undefined {
	if (Math.abs(gap) < TALKING_POINT_DIFFERENCE) return undefined;
	const steps = Math.abs(gap) === 1 ? '1 stap' : `${Math.abs(gap)} stappen`;
	if (kind === 'zelf-hoger')
		return `${name}: de jongere schat zich ${steps} hoger in dan de mentor. Vraag naar het voorbeeld van de jongere en wat de mentor zag.`;
	return `${name}: de jongere schat zich ${steps} lager in dan de mentor. Benoem wat goed gaat: de jongere mag zichzelf ook waarderen.`;
}

/** Self-evaluation next to the mentor's (and coach's) judgement, per competency, with talking points. */
export function compareSelfAndMentor(scale: TociScale, answers: TociAnswers): TociComparisonRow[] {
	return scale.competencies.map((c) => {
		const self = levelRank(scale, answers.self[c.id]?.levelId);
		const mentor = levelRank(scale, answers.mentor[c.id]?.levelId);
		const coach = levelRank(scale, answers.coach[c.id]?.levelId);
		const base = {
			competencyId: c.id,
			name: c.name,
			self,
			mentor,
			coach,
			selfExample: answers.self[c.id]?.text ?? '',
			mentorText: answers.mentor[c.id]?.text ?? '',
			coachText: answers.coach[c.id]?.text ?? ''
		};
		if (self === undefined || mentor === undefined) return { ...base, kind: 'onvolledig' as const };
		const gap = self - mentor;
		const kind: SelfMentorGap = gap > 0 ? 'zelf-hoger' : gap < 0 ? 'zelf-lager' : 'gelijk';
		return { ...base, gap, kind, talkingPoint: talkingPointFor(kind, gap, c.name) };
	});
}

/** The talking points of a comparison, largest gap first (then in instrument order). */
export function listTalkingPoints(rows: readonly TociComparisonRow[]): TociComparisonRow[] {
	return rows
		.map((row, index) => ({ row, index }))
		.filter((x) => x.row.talkingPoint)
		.sort((a, b) => Math.abs(b.row.gap ?? 0) - Math.abs(a.row.gap ?? 0) || a.index - b.index)
		.map((x) => x.row);
}

/** How far the youth got with the self-evaluation: competencies with a level chosen. */
export function countAnswered(scale: TociScale, answers: Readonly<Record<string, TociAnswer>>): { answered: number; total: number } {
	return { answered: scale.competencies.filter((c) => answers[c.id]?.levelId).length, total: scale.competencies.length };
}
