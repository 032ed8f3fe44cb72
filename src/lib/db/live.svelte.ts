import { liveQuery } from 'dexie';

/** Reactive state of a Dexie live query, for components (the pattern of Dexie's own `stateQuery`). */
export interface LiveState<T> {
	readonly current: T | undefined;
	readonly isLoading: boolean;
	readonly error: unknown;
}

/**
 * Runs `query` as a Dexie liveQuery for as long as the calling component lives. The query re-runs when
 * the tables it read change. Dexie may start the query in a microtask, outside Svelte's tracking, so
 * reactive values the query uses (ids from props, filters) must be read in `deps`: when they change the
 * query is started anew. Example: `liveQueryState(() => listNotes(sessionId), () => [sessionId])`.
 */
export function liveQueryState<T>(query: () => T | Promise<T>, deps: () => unknown = () => undefined): LiveState<T> {
	let current = $state<T | undefined>(undefined);
	let isLoading = $state(true);
	let error = $state<unknown>(undefined);

	$effect(() => {
		deps();
		const subscription = liveQuery(query).subscribe({
			next: (value) => {
				current = value;
				isLoading = false;
				error = undefined;
			},
			error: (e: unknown) => {
				error = e;
				isLoading = false;
			}
		});
		return () => subscription.unsubscribe();
	});

	return {
		get current() {
			return current;
		},
		get isLoading() {
			return isLoading;
		},
		get error() {
			return error;
		}
	};
}
