import { liveQueryState, type LiveState } from '$lib/db/live.svelte';
import type { CellSources, ConsensusDraft } from '$lib/db/consensus.repo';
import type { ConsensusActions } from './consensus-actions';
import { handleError } from './app-problem.svelte';

type CellActions = Pick<ConsensusActions, 'cellSources' | 'loadDraft' | 'saveDraft'>;

/** Which cell of the meeting's matrix is open. */
export interface CellKey {
	candidateId: string;
	competencyId: string;
}

/**
 * What the open cell panel shows: the cell's sources, live (a note typed on another tablet appears), and the
 * decision being typed, read back so a reload loses nothing. Create it while a component initialises; it
 * follows `key` when the panel switches cells.
 */
export class ConsensusCell {
	readonly sources: LiveState<CellSources>;
	/** The stored draft of the current cell; read only once `draftLoaded`. */
	draft = $state<ConsensusDraft | undefined>(undefined);
	draftLoaded = $state(false);
	#key: () => CellKey;
	#actions: () => CellActions;

	/** `actions` is a getter: the meeting binds them to its session and rebinds them when the session changes. */
	constructor(key: () => CellKey, actions: () => CellActions) {
		this.#key = key;
		this.#actions = actions;
		// Keyed on the ids as strings: the panel's props are rebuilt on every change of the session's data.
		const candidateId = $derived(key().candidateId);
		const competencyId = $derived(key().competencyId);
		const bound = $derived(actions());
		this.sources = liveQueryState(
			() => bound.cellSources(candidateId, competencyId),
			() => [bound, candidateId, competencyId]
		);
		$effect(() => {
			const [candidate, competency] = [candidateId, competencyId];
			this.draftLoaded = false;
			handleError(
				bound.loadDraft(candidate, competency).then((d) => {
					// A slow read of the cell closed meanwhile must not fill the next cell's form.
					if (candidate !== this.#key().candidateId || competency !== this.#key().competencyId) return;
					this.draft = d;
					this.draftLoaded = true;
				})
			);
		});
	}

	/** Keeps what is typed in the current cell (never throws: a failure is shown as an app problem). */
	saveDraft(draft: ConsensusDraft): void {
		const { candidateId, competencyId } = this.#key();
		handleError(this.#actions().saveDraft(candidateId, competencyId, draft));
	}
}
