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
