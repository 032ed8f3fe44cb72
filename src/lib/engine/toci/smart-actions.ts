import { checkSmart, SMART_LABELS, type SmartHint } from '../plan/check-smart';
import type { SmartRules } from '../rubric/pdp-schema.schema';

/**
 * Seed 000: "Via SMART-geformuleerde acties leggen we concrete doelstellingen voor de komende periode vast."
 * The PDP's SMART check applied to the actions of one TOCI conversation: hints, never a block.
 */
export interface TociActionCheck {
	actionId: string;
	hints: SmartHint[];
	/** Labels of the criteria not met yet, e.g. ["Meetbaar", "Tijdsgebonden"]. */
	missing: string[];
}

export function checkTociActions(
	actions: readonly { id: string; text: string; timespan: string; who: string; dueDate?: string | undefined }[],
	rules: SmartRules
): { checks: TociActionCheck[]; allSmart: boolean } {
	const checks = actions.map((a) => {
		const hints = checkSmart(a, rules);
		return { actionId: a.id, hints, missing: hints.filter((h) => !h.met).map((h) => SMART_LABELS[h.criterion]) };
	});
	return { checks, allSmart: checks.length > 0 && checks.every((c) => c.missing.length === 0) };
}
