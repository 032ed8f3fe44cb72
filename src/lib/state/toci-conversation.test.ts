import { describe, expect, it, vi } from 'vitest';
import { tociConversationHandlers, type TociStorage } from './toci-conversation.svelte';

function fakeStorage(): TociStorage {
	const ok = vi.fn(async () => ({ ok: true as const, value: {} as never }));
	const none = vi.fn(async () => undefined);
	return {
		saveAnswer: ok,
		updateEvaluation: ok,
		setMastered: ok,
		saveDecision: ok,
		saveTociDraft: none,
		clearTociDraft: none,
		addTociAction: ok,
		removeTociAction: ok,
		updateAction: ok,
		carryOverTociAction: ok,
		reviewTociAction: ok
	} as unknown as TociStorage;
}

describe('the TOCI conversation controller', () => {
	it('sends every change of the screen to the storage it was given, for this conversation', async () => {
		const storage = fakeStorage();
		const h = tociConversationHandlers('e1', storage);
		await h.answer('self', 'stiptheid', { levelId: 'altijd' });
		expect(storage.saveAnswer).toHaveBeenCalledWith('e1', 'self', 'stiptheid', { levelId: 'altijd' });
		await h.setCoachName('Ilse');
		expect(storage.updateEvaluation).toHaveBeenCalledWith('e1', { coachName: 'Ilse' });
		await h.review('a1', 'deels');
		expect(storage.reviewTociAction).toHaveBeenCalledWith('e1', 'a1', 'deels');
		await h.carryOver('a1', true);
		expect(storage.carryOverTociAction).toHaveBeenCalledWith('e1', 'a1', true);
		await h.removeAction('a1');
		expect(storage.removeTociAction).toHaveBeenCalledWith('e1', 'a1');
	});

	it('keeps a typed decision as a draft and stores it; an empty action draft is forgotten', async () => {
		const storage = fakeStorage();
		const h = tociConversationHandlers('e1', storage);
		await h.decide({ outcome: 'blijven', reason: 'Nog even' });
		expect(storage.saveTociDraft).toHaveBeenCalledWith('decision', 'e1', { outcome: 'blijven', phase: '', reason: 'Nog even' });
		expect(storage.saveDecision).toHaveBeenCalledWith('e1', { outcome: 'blijven', reason: 'Nog even' });
		await h.saveActionDraft({ text: '', who: '' });
		expect(storage.clearTociDraft).toHaveBeenCalledWith('new-action', 'e1');
		await h.saveActionDraft({ text: 'Bus' });
		expect(storage.saveTociDraft).toHaveBeenCalledWith('new-action', 'e1', { text: 'Bus' });
	});
});
