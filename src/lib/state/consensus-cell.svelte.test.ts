import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { CellSources, ConsensusDraft } from '$lib/db/consensus.repo';
import { ConsensusCell, type CellKey } from './consensus-cell.svelte';
import { consensusActions, type ConsensusStore } from './consensus-actions';

const NO_SOURCES: CellSources = { observations: [], classifications: [], ratings: [] };
const keyOf = (candidateId: string, competencyId: string) => `${candidateId}:${competencyId}`;

/** A store in memory; `draftGate` holds a draft read back until the test lets it through. */
function memoryStore(drafts: Record<string, ConsensusDraft> = {}) {
	const stored = new Map(Object.entries(drafts));
	const gates = new Map<string, () => void>();
	let recordOk = true;
	const store = {
		recordConsensus: async () => (recordOk ? { ok: true as const, value: undefined } : { ok: false as const, problems: ['Geef een reden.'] }),
		loadCellSources: async () => NO_SOURCES,
		loadConsensusDraft: (_s: string, candidateId: string, competencyId: string) => {
			const key = keyOf(candidateId, competencyId);
			if (!key.startsWith('slow')) return Promise.resolve(stored.get(key));
			return new Promise<ConsensusDraft | undefined>((resolve) => gates.set(key, () => resolve(stored.get(key))));
		},
		saveConsensusDraft: async (_s: string, candidateId: string, competencyId: string, draft: ConsensusDraft) => {
			stored.set(keyOf(candidateId, competencyId), draft);
		},
		clearConsensusDraft: async (_s: string, candidateId: string, competencyId: string) => {
			stored.delete(keyOf(candidateId, competencyId));
		}
	} as unknown as ConsensusStore;
	return { store, stored, release: (key: string) => gates.get(key)?.(), refuse: () => (recordOk = false) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function openCell(store: ConsensusStore, first: CellKey) {
	let key = $state(first);
	const actions = consensusActions('sessie', 'an', { samenwerken: 'Samenwerken' }, store);
	let cell!: ConsensusCell;
	const stop = $effect.root(() => {
		cell = new ConsensusCell(() => key, () => actions);
	});
	return { cell, actions, moveTo: (next: CellKey) => (key = next), stop };
}

describe('the open consensus cell', () => {
	it('reads back the draft typed before a reload, and the next cell its own', async () => {
		const { store } = memoryStore({ 'kim:samenwerken': { level: 'goed', reason: 'Helpt collega’s' } });
		const { cell, moveTo, stop } = openCell(store, { candidateId: 'kim', competencyId: 'samenwerken' });
		flushSync();
		await settle();
		expect(cell.draftLoaded).toBe(true);
		expect(cell.draft).toEqual({ level: 'goed', reason: 'Helpt collega’s' });
		expect(cell.sources.current).toEqual(NO_SOURCES);

		moveTo({ candidateId: 'tom', competencyId: 'samenwerken' });
		flushSync();
		expect(cell.draftLoaded).toBe(false);
		await settle();
		expect(cell.draftLoaded).toBe(true);
		expect(cell.draft).toBeUndefined();
		stop();
	});

	it('does not fill the next cell with a draft that arrives after its cell was left', async () => {
		const { store, release } = memoryStore({ 'slow:samenwerken': { level: 'matig', reason: 'Van de vorige cel' } });
		const { cell, moveTo, stop } = openCell(store, { candidateId: 'slow', competencyId: 'samenwerken' });
		flushSync();
		moveTo({ candidateId: 'tom', competencyId: 'samenwerken' });
		flushSync();
		await settle();
		release('slow:samenwerken');
		await settle();
		expect(cell.draft).toBeUndefined();
		expect(cell.draftLoaded).toBe(true);
		stop();
	});

	it('keeps what is typed, and forgets it once the cell is decided', async () => {
		const { store, stored } = memoryStore();
		const { cell, actions, stop } = openCell(store, { candidateId: 'kim', competencyId: 'samenwerken' });
		flushSync();
		cell.saveDraft({ level: 'zeer-goed', reason: 'Neemt het voortouw' });
		await settle();
		expect(stored.get('kim:samenwerken')).toEqual({ level: 'zeer-goed', reason: 'Neemt het voortouw' });

		expect((await actions.decide('kim', 'samenwerken', 'zeer-goed', 'Neemt het voortouw')).ok).toBe(true);
		expect(stored.has('kim:samenwerken')).toBe(false);
		stop();
	});

	it('keeps the draft when the decision is refused', async () => {
		const { store, stored, refuse } = memoryStore({ 'kim:samenwerken': { level: 'goed', reason: '' } });
		const { actions, stop } = openCell(store, { candidateId: 'kim', competencyId: 'samenwerken' });
		refuse();
		expect((await actions.decide('kim', 'samenwerken', 'goed', '')).ok).toBe(false);
		expect(stored.get('kim:samenwerken')).toEqual({ level: 'goed', reason: '' });
		stop();
	});
});
