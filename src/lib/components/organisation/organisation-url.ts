import { goto } from '$app/navigation';

/**
 * The chosen organisation and measurement live in the URL (`?org=…&meting=…`), so a reload or a shared
 * tablet comes back to the same screen.
 */
export function selectInUrl(url: URL, changes: Record<string, string | undefined>): Promise<void> {
	const next = new URL(url);
	for (const [key, value] of Object.entries(changes)) {
		if (value) next.searchParams.set(key, value);
		else next.searchParams.delete(key);
	}
	return goto(`${next.pathname}${next.search}`, { replaceState: true, keepFocus: true, noScroll: true });
}
