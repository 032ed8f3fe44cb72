import type { SmartRules } from '../rubric/pdp-schema.schema';

export type SmartCriterion = 'concrete' | 'measurable' | 'deadline' | 'who';

export interface SmartHint {
	criterion: SmartCriterion;
	met: boolean;
	/** The gentle hint from the rules, shown only when the criterion is not met. */
	hint: string;
}

export interface SmartCheckInput {
	text: string;
	timespan: string;
	who: string;
	dueDate?: string | undefined;
}

/** Lower case without diacritics, so "beëindigen" matches "beeindigen" and rules stay simple to write. */
export function normalizeWords(text: string): string {
	return ` ${text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;
}

/** A marker matches at the start of a word; multi-word markers ("per week") match as a phrase. */
function containsMarker(normalized: string, markers: readonly string[]): boolean {
	return markers.some((m) => {
		const marker = normalizeWords(m).trim();
		return marker !== '' && normalized.includes(` ${marker}`);
	});
}

/**
 * SMART check of one action (TOCI practice: Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdsgebonden),
 * reduced to what text can show: a concrete verb and no vague words, something countable, a deadline,
 * and someone who does it. The words are data (pdp.json `smart`); the result is a hint, never a block.
 */
export function checkSmart(action: SmartCheckInput, rules: SmartRules): SmartHint[] {
	const text = normalizeWords(action.text);
	const timing = normalizeWords(`${action.timespan} ${action.text}`);
	const concrete = containsMarker(text, rules.concreteVerbs) && !containsMarker(text, rules.vagueWords);
	const measurable = /\d/.test(action.text) || containsMarker(text, rules.measurableMarkers);
	const deadline = Boolean(action.dueDate) || /\d/.test(action.timespan) || containsMarker(timing, rules.deadlineMarkers);
	const who = action.who.trim() !== '';
	return [
		{ criterion: 'concrete', met: concrete, hint: rules.hints.concrete },
		{ criterion: 'measurable', met: measurable, hint: rules.hints.measurable },
		{ criterion: 'deadline', met: deadline, hint: rules.hints.deadline },
		{ criterion: 'who', met: who, hint: rules.hints.who }
	];
}

export const SMART_LABELS: Record<SmartCriterion, string> = {
	concrete: 'Concreet',
	measurable: 'Meetbaar',
	deadline: 'Tijdsgebonden',
	who: 'Wie'
};
