import { detectCentralTendency } from './central-tendency';
import type { DisplayNames, RaterFlag } from './flags';
import { detectHalo } from './halo';
import { detectHotSpots } from './hot-spots';
import { detectLeniency, type RaterOffset } from './leniency';
import { computeSessionAgreementFromMatrix, type SessionAgreement, type SessionAgreementOptions } from './session-agreement';
import { buildSessionMatrix, SAM_CATEGORIES, type SessionRating } from './session-ratings';

export interface SessionDiagnostics {
	readonly flags: RaterFlag[];
	/** Where there was too little data to measure a pitfall, said in Dutch (no flag is raised on too little data). */
	readonly notes: string[];
	readonly offsets: RaterOffset[];
	readonly agreement: SessionAgreement;
}

export interface DiagnoseOptions extends SessionAgreementOptions {
	readonly names?: DisplayNames;
	/** Assessors who also coach a candidate (Candidate.coachAssessorIds), keyed by candidate id. */
	readonly coachesByCandidate?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The draaiboek's assessor pitfalls, measured on one session's ratings: leniency and severity, leniency towards one
 * candidate, avoiding extreme scores, halo, and the competencies/exercises with least agreement.
 */
export function diagnoseSession(
	ratings: readonly SessionRating[],
	options: DiagnoseOptions = {}
): { ok: true; value: SessionDiagnostics } | { ok: false; reason: string } {
	const built = buildSessionMatrix(ratings, options.categories ?? SAM_CATEGORIES);
	if (!built.ok) return built;
	const session = built.value;
	const agreement = computeSessionAgreementFromMatrix(session, options);
	const leniency = detectLeniency(session, {
		names: options.names,
		coachesByCandidate: options.coachesByCandidate,
		...(options.resamples !== undefined ? { resamples: options.resamples } : {}),
		...(options.seed !== undefined ? { seed: options.seed } : {})
	});
	const central = detectCentralTendency(session, options.names);
	const halo = detectHalo(session, options.names);
	const hotSpots = detectHotSpots(agreement, options.names);
	const notes = [...leniency.notes, ...central.notes, ...halo.notes, ...hotSpots.notes];
	if (session.duplicates > 0) notes.push(`${session.duplicates} dubbele beoordeling(en): telkens telt de laatste.`);
	return {
		ok: true,
		value: {
			flags: [...leniency.flags, ...central.flags, ...halo.flags, ...hotSpots.flags],
			notes,
			offsets: leniency.offsets,
			agreement
		}
	};
}
