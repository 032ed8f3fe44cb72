/**
 * A measured sign of one of the draaiboek's assessor pitfalls (DOne draaiboek, "Observeren en kwalificeren",
 * Valkuilen). It is a prompt for the consensus discussion, not a verdict about an assessor.
 */
export type FlagKind =
	| 'overwaarderen'
	| 'onderwaarderen'
	| 'toegeeflijkheid'
	| 'extreme-scores-vermijden'
	| 'halo'
	| 'onenigheid';

export interface RaterFlag {
	readonly kind: FlagKind;
	/** The pitfall in the draaiboek's own words. */
	readonly pitfall: string;
	readonly assessorId?: string;
	readonly candidateId?: string;
	readonly competencyId?: string;
	readonly exerciseId?: string;
	/** What was measured, in Dutch with the numbers. */
	readonly evidence: string;
	/** The numbers behind the evidence, for charts and reports. */
	readonly figures: Readonly<Record<string, number>>;
	/** A question for the discussion, starting with "Bespreek:". */
	readonly prompt: string;
}

/** The draaiboek's wording of each pitfall (Valkuilen, "Observeren en kwalificeren"). */
export const PITFALLS: Readonly<Record<FlagKind, string>> = {
	overwaarderen: 'Overwaarderen',
	onderwaarderen: 'Onderwaarderen',
	toegeeflijkheid: 'Toegeeflijkheid (de hulpverlenersfout)',
	'extreme-scores-vermijden': 'Extreme scores willen vermijden',
	// Not named as such in the draaiboek; the closest pitfall is judging on an overall impression formed too quickly.
	halo: 'Te snel oordelen (één algemene indruk kleurt alle competenties: halo-effect)',
	// The draaiboek's advice: every indicator must mean the same for all assessors.
	onenigheid: 'Elke indicator moet voor alle assessoren hetzelfde betekenen'
};

/** Names to show; ids are used when a name is unknown. */
export interface DisplayNames {
	readonly assessors?: Readonly<Record<string, string>>;
	readonly candidates?: Readonly<Record<string, string>>;
	readonly competencies?: Readonly<Record<string, string>>;
	readonly exercises?: Readonly<Record<string, string>>;
}

export function nameOf(names: Readonly<Record<string, string>> | undefined, id: string): string {
	return names?.[id] ?? id;
}
