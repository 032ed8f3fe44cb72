import type { ActionItem } from '../model/plan';
import type { TociEvaluation } from '../model/toci-evaluation';
import { compareSelfAndMentor, listTalkingPoints, type TociScale } from '../toci/compare';
import { OUTCOME_LABELS, PHASE_LABELS } from '../toci/decision';
import { carryOverOf, carryOverText } from '../toci/previous';
import { formatDateNl } from '../common/format-nl';

/**
 * One TOCI conversation on paper, for the youth and the mentor: plain Dutch, no figures. It says what was
 * agreed last time and how it went, how the youth and the mentor see each competency, what the youth can
 * already do, what was agreed for the next period and the decision, with room for three signatures.
 */
export interface TociDocument {
	youthName: string;
	date: string;
	mentorName: string;
	coachName?: string;
	previous?: { date: string; actions: { what: string; when: string; who: string; result: string }[] };
	competencies: { name: string; youth: string; mentor: string; coach?: string; mastered: boolean }[];
	/** Only competencies with a written example or observation. */
	examples: { name: string; youth: string; mentor: string }[];
	/** Where the youth and the mentor see it differently: something to talk about, not a mark. */
	talkAbout: string[];
	mastered: string[];
	actions: { what: string; when: string; who: string; competency?: string }[];
	decision?: { outcome: string; phase: string; reason: string };
	madeOn: string;
}

export interface TociDocumentInput {
	scale: TociScale;
	youthName: string;
	evaluation: TociEvaluation;
	actions: readonly ActionItem[];
	previous?: { evaluation: TociEvaluation; actions: readonly ActionItem[] } | undefined;
	/** Today, as an ISO date or date-time. */
	today: string;
}

const NOT_CHOSEN = 'niet gekozen';

export function buildTociDocument(input: TociDocumentInput): TociDocument {
	const { scale, evaluation } = input;
	const levels = [...scale.levels].sort((a, b) => a.value - b.value);
	const youthWord = (rank: number | undefined) => (rank === undefined ? NOT_CHOSEN : (levels[rank - 1]?.youthLabel ?? NOT_CHOSEN));
	const mentorWord = (rank: number | undefined) => (rank === undefined ? NOT_CHOSEN : (levels[rank - 1]?.label ?? NOT_CHOSEN));
	const rows = compareSelfAndMentor(scale, evaluation);
	const hasCoach = rows.some((r) => r.coach !== undefined);
	const names = new Map(scale.competencies.map((c) => [c.id, c.name]));
	const live = (actions: readonly ActionItem[]) => actions.filter((a) => !a.deletedAt);
	const when = (a: ActionItem) => [a.timespan.trim(), a.dueDate ? `tegen ${formatDateNl(a.dueDate)}` : ''].filter(Boolean).join(', ');
	const coachName = evaluation.coachName?.trim();
	return {
		youthName: input.youthName,
		date: formatDateNl(evaluation.date),
		mentorName: evaluation.mentorName,
		...(coachName ? { coachName } : {}),
		...(input.previous
			? {
					previous: {
						date: formatDateNl(input.previous.evaluation.date),
						actions: live(input.previous.actions).map((a) => ({ what: a.text, when: when(a), who: a.who, result: carryOverText(carryOverOf(a, evaluation)) }))
					}
				}
			: {}),
		competencies: rows.map((r) => ({
			name: r.name,
			youth: youthWord(r.self),
			mentor: mentorWord(r.mentor),
			...(hasCoach ? { coach: mentorWord(r.coach) } : {}),
			mastered: evaluation.mastered.includes(r.competencyId)
		})),
		examples: rows.filter((r) => r.selfExample.trim() || r.mentorText.trim()).map((r) => ({ name: r.name, youth: r.selfExample.trim(), mentor: r.mentorText.trim() })),
		talkAbout: listTalkingPoints(rows).map((r) =>
			(r.gap ?? 0) > 0
				? `${r.name}: jij koos "${youthWord(r.self)}", je mentor "${mentorWord(r.mentor)}". Vertel wat je deed, je mentor vertelt wat hij of zij zag.`
				: `${r.name}: jij koos "${youthWord(r.self)}", je mentor "${mentorWord(r.mentor)}". Je mentor ziet meer dan jij: dat mag je ook van jezelf zien.`
		),
		mastered: scale.competencies.filter((c) => evaluation.mastered.includes(c.id)).map((c) => c.name),
		actions: live(input.actions).map((a) => {
			const competency = a.competencyId ? names.get(a.competencyId) : undefined;
			return { what: a.text, when: when(a), who: a.who, ...(competency ? { competency } : {}) };
		}),
		...(evaluation.decision
			? { decision: { outcome: OUTCOME_LABELS[evaluation.decision.outcome], phase: PHASE_LABELS[evaluation.decision.phase], reason: evaluation.decision.reason } }
			: {}),
		madeOn: formatDateNl(input.today)
	};
}
