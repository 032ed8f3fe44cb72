import type { ActionItem, CoachingSession, Pdp } from '../model/plan';
import type { PdpSchema } from '../rubric/pdp-schema.schema';
import { formatDateNl } from '../common/format-nl';

/**
 * The PDP as the candidate reads it: easy Dutch (B1), no assessor notes, levels or statistics. It says what the
 * candidate works towards, what they will do, when and who helps, and leaves room for both signatures. The coach's
 * document (pdp-document.ts) keeps the evidence and the follow-up history.
 */
export interface CandidatePdpDocument {
	title: string;
	candidateName: string;
	/** "Mijn doel": the job the PDP works towards, when one is known. */
	goal?: string;
	/** What the candidate works on: the competencies of the needs, in their plain names. */
	workingOn: string[];
	/** Who and what helps (the PDP's hulpbronnen), as the coach wrote them with the candidate. */
	helpers: string[];
	actions: CandidatePdpAction[];
	/** The next appointment agreed in the latest coaching session that set one; otherwise a line to fill in. */
	nextAppointment?: { date: string; note: string };
	/** The day the document was made, for next to the signatures. */
	madeOn: string;
}

export interface CandidatePdpAction {
	/** "Wat ga ik doen?" */
	what: string;
	/** "Wanneer?": the time span and the due date, in words. */
	when: string;
	/** "Wie helpt mij?" */
	who: string;
	/** "Klaar?" in plain words. */
	done: string;
}

export interface CandidatePdpInput {
	pdp: Pdp;
	actions: readonly ActionItem[];
	candidateName: string;
	schema: PdpSchema;
	competencyNames: ReadonlyMap<string, string>;
	/** The job the candidate aims at when the PDP has no functieprofiel (the intake's free text). */
	jobTarget?: string | undefined;
	/** Today, as an ISO date or date-time. */
	today: string;
}

/** A three-step status scale in words a candidate uses; other scales keep their own labels. */
const PLAIN_STATUS = ['Nog niet', 'Voor een deel', 'Klaar'] as const;

function plainStatus(schema: PdpSchema, status: string): string {
	const index = schema.statusScale.findIndex((s) => s.id === status);
	if (index < 0) return '';
	return schema.statusScale.length === PLAIN_STATUS.length ? PLAIN_STATUS[index]! : schema.statusScale[index]!.label;
}

/** The appointment set in the most recent coaching session that set one (sessions are kept oldest first). */
export function nextAppointmentOf(sessions: readonly CoachingSession[] | undefined): { date: string; note: string } | undefined {
	const latest = [...(sessions ?? [])].filter((s) => s.next).sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt)).at(-1);
	return latest?.next ? { date: formatDateNl(latest.next.date), note: latest.next.note } : undefined;
}

export function buildCandidatePdpDocument(input: CandidatePdpInput): CandidatePdpDocument {
	const { pdp, schema } = input;
	const live = input.actions.filter((a) => !a.deletedAt && a.planId === pdp.id).sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
	const names = pdp.needs.flatMap((need) => {
		// A need the coach wrote by hand has no competency: its own first line is what it is about.
		const name = need.competencyId ? (input.competencyNames.get(need.competencyId) ?? need.text.split(':')[0]!) : need.text.split('\n')[0]!;
		return name.trim() === '' ? [] : [name.trim()];
	});
	const goal = pdp.target?.job ?? input.jobTarget;
	const next = nextAppointmentOf(pdp.coachingSessions);
	return {
		title: pdp.title,
		candidateName: input.candidateName,
		...(goal && goal.trim() !== '' ? { goal: goal.trim() } : {}),
		workingOn: [...new Set(names)],
		helpers: pdp.resources.map((r) => r.text.trim()).filter((t) => t !== ''),
		actions: live.map((a) => ({
			what: a.text,
			when: [a.timespan.trim(), a.dueDate ? `klaar op ${formatDateNl(a.dueDate)}` : ''].filter((t) => t !== '').join(', '),
			who: a.who,
			done: plainStatus(schema, a.status)
		})),
		...(next ? { nextAppointment: next } : {}),
		madeOn: formatDateNl(input.today)
	};
}
