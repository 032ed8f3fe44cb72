/**
 * JSON with object keys sorted at every level, so the same content always gives the same text
 * (and the same hash), whatever order the keys were written in.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value !== null && typeof value === 'object') {
		const sorted: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) {
			const child = (value as Record<string, unknown>)[key];
			if (child !== undefined) sorted[key] = sortKeys(child);
		}
		return sorted;
	}
	return value;
}

/** SHA-256 (hex) of the canonical JSON: two rubric files with the same content have the same hash. */
export async function hashContent(value: unknown): Promise<string> {
	const bytes = new TextEncoder().encode(canonicalJson(value));
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
