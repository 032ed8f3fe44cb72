import type { CountedDates } from './kpi-table';

/** The parts of an assessment-center the KPI counts look at. */
export interface CountableSession {
	id: string;
	organisationId?: string | undefined;
	deletedAt?: string | undefined;
	createdAt: string;
	days: readonly { date: string }[];
}

export interface CountablePdp {
	id: string;
	candidateId: string;
	sessionId?: string | undefined;
	createdAt: string;
	deletedAt?: string | undefined;
}

export interface CountableCandidate {
	id: string;
	sessionId?: string | undefined;
}

export interface OrganisationCounts {
	counted: CountedDates;
	/** Assessment-centers on this device (not deleted) linked to no organisation: they count for none. */
	unlinkedSessions: number;
}

/** Local calendar date (`2026-03-14`) of an ISO date-time, so a PDP made at 0:30 in Brussels counts on that day. */
export function localDateOf(isoDateTime: string): string {
	const d = new Date(isoDateTime);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** When an assessment-center was held: its first day, or the day it was created when it has no days. */
export function sessionDateOf(session: CountableSession): string {
	return session.days.map((d) => d.date).sort()[0] ?? localDateOf(session.createdAt);
}

/**
 * What the app counts for one organisation, from the device's records:
 * - assessments: each assessment-center linked to this organisation, once, at its first day;
 * - PDPs: one per candidate per assessment-center of this organisation, dated by the earliest PDP made
 *   (the same one the PDP screens open, so a second draft of the same PDP is not a second PDP).
 * Records linked to no organisation count for none: a device can serve several organisations, and a
 * figure that goes to a funder must not include another organisation's work.
 * TOCI PDPs (of youths followed without an assessment-center, or a PDP a TOCI conversation added actions
 * to) are left out: this KPI is "PDP's opgemaakt na het assessment" (fase 2.1), and a youth is linked to
 * no organisation, so a TOCI PDP cannot be placed under one.
 */
export function countForOrganisation(input: {
	organisationId: string;
	sessions: readonly CountableSession[];
	pdps: readonly CountablePdp[];
	candidates: readonly CountableCandidate[];
	/** PDP ids that TOCI conversations added their actions to. */
	tociPdpIds: ReadonlySet<string>;
}): OrganisationCounts {
	const live = input.sessions.filter((s) => !s.deletedAt);
	const ours = new Set(live.filter((s) => s.organisationId === input.organisationId).map((s) => s.id));
	const candidateSession = new Map(input.candidates.map((c) => [c.id, c.sessionId]));
	const firstPdp = new Map<string, string>();
	for (const p of input.pdps) {
		if (p.deletedAt || input.tociPdpIds.has(p.id)) continue;
		const sessionId = p.sessionId ?? candidateSession.get(p.candidateId);
		if (!sessionId || !ours.has(sessionId)) continue;
		const key = `${p.candidateId}|${sessionId}`;
		const seen = firstPdp.get(key);
		if (seen === undefined || p.createdAt < seen) firstPdp.set(key, p.createdAt);
	}
	return {
		counted: {
			assessments: live.filter((s) => ours.has(s.id)).map(sessionDateOf),
			pdps: [...firstPdp.values()].map(localDateOf).sort()
		},
		unlinkedSessions: live.filter((s) => !s.organisationId).length
	};
}
