/** What pseudonymisation needs of a candidate. */
export interface PseudonymSource {
	id: string;
	name: string;
	code: string;
}

/**
 * The code shown instead of each candidate's name: their own `code`, or `K1`, `K2`, … (in the given
 * order) when none was set, so an export never falls back to the name.
 */
export function buildPseudonyms(candidates: readonly PseudonymSource[]): Map<string, string> {
	const codes = new Map<string, string>();
	candidates.forEach((c, i) => codes.set(c.id, c.code.trim() || `K${i + 1}`));
	return codes;
}

/**
 * Replaces candidate names and ids in table cells (e.g. an agreement CSV) by their codes. A name is
 * replaced wherever it occurs in a cell, longest names first so "Jan Peeters" is not half-replaced by "Jan".
 */
export function pseudonymiseCells(rows: readonly (readonly string[])[], candidates: readonly PseudonymSource[]): string[][] {
	const codes = buildPseudonyms(candidates);
	const replacements: Array<[string, string]> = [];
	for (const c of candidates) {
		const code = codes.get(c.id)!;
		if (c.name.trim()) replacements.push([c.name.trim(), code]);
		replacements.push([c.id, code]);
	}
	replacements.sort((a, b) => b[0].length - a[0].length);
	return rows.map((row) =>
		row.map((cell) => {
			let out = cell;
			for (const [from, to] of replacements) out = out.split(from).join(to);
			return out;
		})
	);
}
