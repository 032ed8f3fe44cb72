import { TEXT_LIMITS } from '../common/text';
import type { Checklist } from '../rubric/checklist.schema';
import type { ItemSpread } from './checklist-scoring';

export type TeamScoreCheck = { ok: true; score: number; reason: string } | { ok: false; message: string };

/**
 * Checks an agreed team score before it is stored. Where colleagues differ by the disagreement
 * threshold the reason is required: the conversation is the point, and the reason is its trace.
 */
export function checkTeamScore(input: { score: number; reason: string }, scale: Checklist['scale'], spread: ItemSpread): TeamScoreCheck {
	if (!Number.isInteger(input.score) || input.score < scale.min || input.score > scale.max)
		return { ok: false, message: `Kies een teamscore van ${scale.min} tot ${scale.max}.` };
	const reason = input.reason.trim();
	if (reason.length > TEXT_LIMITS.shortText) return { ok: false, message: `De reden is te lang (maximaal ${TEXT_LIMITS.shortText} tekens).` };
	if (spread.disagreement && reason.length === 0)
		return { ok: false, message: 'Jullie scores verschillen sterk: noteer kort waarom jullie voor deze teamscore kiezen.' };
	return { ok: true, score: input.score, reason };
}

/** Checks one colleague's score for one item. */
export function checkItemScore(score: number, scale: Checklist['scale']): string | undefined {
	if (!Number.isInteger(score) || score < scale.min || score > scale.max) return `Een score is een geheel getal van ${scale.min} tot ${scale.max}.`;
	return undefined;
}
