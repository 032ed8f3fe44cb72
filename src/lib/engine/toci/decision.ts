import { DOORSTROOM_OUTCOMES } from '../model/toci-evaluation';

export type DoorstroomOutcome = (typeof DOORSTROOM_OUTCOMES)[number];
export type TociPhase = 'arbeidsbereid' | 'arbeidsrijp';

/** Ghent practice (seed 000): "klaar voor doorstroom naar een andere stageplaats of een OAO?" */
export const OUTCOME_LABELS: Record<DoorstroomOutcome, string> = {
	blijven: 'Blijven op de huidige stageplaats',
	'volgende-stageplaats': 'Doorstromen naar een volgende stageplaats',
	'stage-naar-oao': 'Van stage naar een overeenkomst alternerende opleiding (OAO)'
};

/** Seed 000: arbeidsbereid = klaar om te werken, nog niet arbeidsrijp (stage); arbeidsrijp = OAO. */
export const PHASE_LABELS: Record<TociPhase, string> = {
	arbeidsbereid: 'Arbeidsbereid (stage)',
	arbeidsrijp: 'Arbeidsrijp (OAO)'
};

export interface DecisionDraft {
	outcome?: DoorstroomOutcome | undefined;
	phase?: TociPhase | undefined;
	reason: string;
}

export interface DecisionCheck {
	/** Blocking problems in Dutch: the decision is not stored while there are any. */
	errors: string[];
	/** Points to reconsider; storing is allowed. */
	warnings: string[];
}

/**
 * A doorstroom decision needs an outcome, a phase and a reason. Seed 000: the step to an OAO is made
 * "wanneer we de jongere voldoende arbeidsrijp beschouwen", so OAO with phase arbeidsbereid is questioned.
 */
export function checkDoorstroomDecision(draft: DecisionDraft): DecisionCheck {
	const errors: string[] = [];
	const warnings: string[] = [];
	if (!draft.outcome) errors.push('Kies of de jongere blijft of doorstroomt.');
	if (!draft.phase) errors.push('Kies de fase: arbeidsbereid of arbeidsrijp.');
	if (!draft.reason.trim()) errors.push('Geef een reden voor het besluit.');
	if (draft.outcome === 'stage-naar-oao' && draft.phase === 'arbeidsbereid')
		warnings.push('Een OAO past bij een jongere die arbeidsrijp is. Is de fase juist gekozen?');
	return { errors, warnings };
}
