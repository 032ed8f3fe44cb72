import { formatSignedNl } from '../common/format-nl';
import type { ResolvedItemScore } from './checklist-scoring';

/** Change of one item against the nulmeting (baseline). */
export interface ItemChange {
	itemId: string;
	number: number;
	text: string;
	baseline: number | undefined;
	current: number | undefined;
	/** current − baseline; undefined (with reason) when either score is missing. */
	delta: number | undefined;
	missingReason: string | undefined;
}

export function computeChangeVsBaseline(baseline: ResolvedItemScore[], current: ResolvedItemScore[]): ItemChange[] {
	const byId = new Map(baseline.map((b) => [b.itemId, b]));
	return current.map((c) => {
		const b = byId.get(c.itemId);
		const base = { itemId: c.itemId, number: c.number, text: c.text, baseline: b?.score, current: c.score };
		if (b?.score === undefined) return { ...base, delta: undefined, missingReason: 'geen score in de nulmeting' };
		if (c.score === undefined) return { ...base, delta: undefined, missingReason: 'geen score in deze meting' };
		return { ...base, delta: c.score - b.score, missingReason: undefined };
	});
}

/** "+2", "−1", "0": a signed change for tables and reports (with a real minus sign). */
export function formatDelta(delta: number): string {
	if (delta > 0) return `+${delta}`;
	if (delta < 0) return `−${Math.abs(delta)}`;
	return '0';
}

/** The overall change against the nulmeting: the mean change over the items scored in both measurements. */
export interface OverallChange {
	/** Mean of the item changes; undefined when no item has a score in both. */
	mean: number | undefined;
	/** Items scored in both measurements (the mean is over these). */
	paired: number;
	total: number;
}

/**
 * Mean of the per-item changes, not the difference of the two means: an item scored only once would move a
 * difference of means without anything having changed.
 */
export function computeOverallChange(changes: readonly ItemChange[]): OverallChange {
	const deltas = changes.flatMap((c) => (c.delta === undefined ? [] : [c.delta]));
	return { mean: deltas.length === 0 ? undefined : deltas.reduce((a, b) => a + b, 0) / deltas.length, paired: deltas.length, total: changes.length };
}

/** "+0,8 gemiddeld over 12 van 13 items (die in beide metingen een score hebben)", in Dutch. */
export function describeOverallChange(change: OverallChange): string {
	if (change.mean === undefined) return 'niet te berekenen: geen item heeft een score in beide metingen';
	const signed = formatSignedNl(change.mean, 1);
	const over = change.paired === change.total ? `alle ${change.total} items` : `${change.paired} van ${change.total} items (die in beide metingen een score hebben)`;
	return `${signed} punt gemiddeld per item, over ${over}`;
}
