/**
 * Who counts, decided in this one place (next to the blind rule, visibility.ts). An assessment-center has
 * assessors (one of them the lead) and may have observers-in-training: they write notes and practice ratings
 * on the same WAKKER screens, to learn the method, and that work never counts. Not in the consensus matrix,
 * the cell panel, agreement figures, diagnostics, the dashboard, reports, PDP drafts, KPI counts or exports.
 *
 * A record is practice when it is marked so (`practice: true`, set when an observer saves it, and kept when
 * it travels in a bundle) or when its author is an observer of the session. Either is enough: the mark
 * keeps a record practice on a tablet whose session does not (yet, or any more) list the observer, and the
 * role catches a record that lost its mark. An id listed both as assessor and as observer is an observer:
 * counting a trainee by mistake is worse than leaving a judgement out until the lead fixes the set-up.
 */
export const PRACTICE_RULE =
	'Oefening: een observator in opleiding noteert en beoordeelt op dezelfde schermen, maar dat telt nergens mee (niet in de consensus, de overeenstemming, de rapporten of de exports). De oefenbeoordelingen blijven blind tot de observator ze indiende, en de assessoren zien ze niet.';

/** The roles of a session the rule reads. */
export interface SessionRoles {
	assessorIds: readonly string[];
	observerIds?: readonly string[] | undefined;
}

/** Anything an author wrote: a note, a classification or a rating. */
export interface AuthoredRecord {
	/** Absent where only the mark is known (a rating read without its author). */
	authorId?: string | undefined;
	practice?: true | undefined;
}

/** Is `id` an observer-in-training of the session (and so never a counting assessor there)? */
export function isObserverOf(roles: SessionRoles | undefined, id: string | undefined): boolean {
	return id !== undefined && (roles?.observerIds ?? []).includes(id);
}

/** The people who may act in the session ("Ik ben"): its assessors and its observers. */
export function sessionMemberIds(roles: SessionRoles): string[] {
	return [...new Set([...roles.assessorIds, ...(roles.observerIds ?? [])])];
}

/** The assessors whose judgement counts: the session's assessors, without anyone also listed as observer. */
export function countingAssessorIds(roles: SessionRoles): string[] {
	return roles.assessorIds.filter((id) => !isObserverOf(roles, id));
}

/** Is the record practice (by its mark or by its author's role)? Without roles only the mark is read. */
export function isPractice(record: AuthoredRecord, roles?: SessionRoles): boolean {
	return record.practice === true || isObserverOf(roles, record.authorId);
}

/** Does the record count as judgement? Every consumer of notes, classifications and ratings asks this. */
export function countsAsJudgement(record: AuthoredRecord, roles?: SessionRoles): boolean {
	return !isPractice(record, roles);
}

/** The records that count, and the practice ones apart. */
export function splitPractice<T extends AuthoredRecord>(records: readonly T[], roles?: SessionRoles): { counted: T[]; practice: T[] } {
	const counted: T[] = [];
	const practice: T[] = [];
	for (const r of records) (countsAsJudgement(r, roles) ? counted : practice).push(r);
	return { counted, practice };
}

/** The practice mark a new record of `authorId` gets in this session: the one place writers ask. */
export function practiceMarkFor(roles: SessionRoles | undefined, authorId: string): { practice: true } | Record<string, never> {
	return isObserverOf(roles, authorId) ? { practice: true } : {};
}
