/** What a conversation needs to be placed in time. */
export interface DatedEvaluation {
	id: string;
	date: string;
	createdAt: string;
	deletedAt?: string | undefined;
	actionIds?: readonly string[] | undefined;
}

const inTime = (a: DatedEvaluation, b: DatedEvaluation) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * The conversation before this one (by date, then by when it was made): its SMART actions open the next
 * conversation. Deleted conversations do not count.
 */
export function previousEvaluationOf<T extends DatedEvaluation>(evaluations: readonly T[], current: DatedEvaluation): T | undefined {
	return evaluations
		.filter((e) => !e.deletedAt && e.id !== current.id && inTime(e, current) < 0)
		.sort(inTime)
		.at(-1);
}

export type ReviewStatus = 'gedaan' | 'deels' | 'niet-gedaan';

/** Words for the review of a previous action, said to the youth and the mentor. */
export const REVIEW_LABELS: Record<ReviewStatus, string> = {
	gedaan: 'Gedaan',
	deels: 'Deels gedaan',
	'niet-gedaan': 'Niet gedaan'
};

/** The PDP's "Voltooid?" status (− / +/− / +) for a review in words. */
export const REVIEW_TO_STATUS = { gedaan: 'volledig', deels: 'deels', 'niet-gedaan': 'niet' } as const satisfies Record<ReviewStatus, string>;

export interface CarryOver {
	status: ReviewStatus;
	/** This conversation took the action over: it stays one PDP row, followed up further. */
	carried: boolean;
}

/** How a previous conversation's action stands in this one. */
export function carryOverOf(action: { id: string; status: string }, current: Pick<DatedEvaluation, 'actionIds'>): CarryOver {
	const status: ReviewStatus = action.status === 'volledig' ? 'gedaan' : action.status === 'deels' ? 'deels' : 'niet-gedaan';
	return { status, carried: (current.actionIds ?? []).includes(action.id) };
}

/** "Niet gedaan, meegenomen naar het volgende gesprek". */
export function carryOverText(c: CarryOver): string {
	return c.carried ? `${REVIEW_LABELS[c.status]}, meegenomen naar het volgende gesprek` : REVIEW_LABELS[c.status];
}
