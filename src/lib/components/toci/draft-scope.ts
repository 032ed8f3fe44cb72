import { getContext, setContext } from 'svelte';

/**
 * Field ids repeat between records ("coach-name" on every TOCI conversation), so a text kept aside on this device
 * is keyed by the record around it too: a form sets the scope (e.g. the conversation's id) for the fields inside.
 */
const KEY = Symbol('draft-scope');

export function setDraftScope(scope: () => string): void {
	setContext(KEY, scope);
}

/** The scope set by a form around this field, or '' outside one. */
export function draftScope(): string {
	return getContext<(() => string) | undefined>(KEY)?.() ?? '';
}
