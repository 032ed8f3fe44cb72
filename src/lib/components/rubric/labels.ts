import type { Provenance } from '$lib/engine/rubric';
import type { RubricVersionRecord } from '$lib/db/db';

/** What a user needs to know about where a text comes from: may it be used as is, or replaced? */
export const PROVENANCE_LABELS: Record<Provenance, string> = {
	draaiboek: 'uit het draaiboek',
	gent: 'uit de Gentse praktijk',
	project: 'geschreven voor deze app: vervang door je eigen instrument',
	user: 'van je eigen organisatie'
};

export const ORIGIN_LABELS: Record<RubricVersionRecord['origin'], string> = {
	builtin: 'ingebouwd',
	imported: 'zelf geïmporteerd'
};

/** The detail page of a stored rubric version. */
export function rubricVersionHref(key: string): string {
	return `/rubrieken/bekijk?versie=${encodeURIComponent(key)}`;
}
