/** JSON with object keys sorted: two records with the same content give the same text. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
		const sorted: Record<string, unknown> = {};
		for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
		return sorted;
	});
}

/** Same content, ignoring the fields that only say when and where it was changed. */
export function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
	const strip = ({ vv: _vv, updatedAt: _updatedAt, ...rest }: Record<string, unknown>) => rest;
	return canonicalJson(strip(a)) === canonicalJson(strip(b));
}
