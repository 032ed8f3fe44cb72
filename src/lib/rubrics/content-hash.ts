import { canonicalJson } from '$lib/engine/exchange/canonical';

/** Key order does not matter: the same content always gives the same text, and so the same hash. */
export { canonicalJson };

/** SHA-256 (hex) of the canonical JSON: two rubric files with the same content have the same hash. */
export async function hashContent(value: unknown): Promise<string> {
	const bytes = new TextEncoder().encode(canonicalJson(value));
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
