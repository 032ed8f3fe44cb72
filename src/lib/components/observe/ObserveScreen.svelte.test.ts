import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Candidate, Exercise } from '$lib/engine/model';
import type { NoteCoachLexicon } from '$lib/engine/rubric';
import type { NoteStore } from '$lib/state/note-autosave.svelte';
import { memoryObserveStorage } from '$lib/state/observe-storage.fixture';
import ObserveScreen from './ObserveScreen.svelte';

const meta = { createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z', vv: { d: 1 } };
const exercise: Exercise = { ...meta, id: 'e1', sessionId: 's1', name: 'Magazijn', durationMinutes: 90, instructions: 'Let op het klaarzetten.', competencyIds: [], order: 0 };
const candidates: Candidate[] = ['Cas', 'Dina'].map((name, i) => ({ ...meta, id: `c${i}`, sessionId: 's1', name, jobTarget: '', coachAssessorIds: [], code: `K${i}` }));
const lexicon: NoteCoachLexicon = {
	kind: 'note-coach',
	id: 'test',
	version: '1.0.0',
	title: 'Test',
	description: '',
	language: 'nl-BE',
	source: '',
	categories: [{ id: 'eigenschap', label: 'Persoonlijkheidskenmerk', suggestion: 'Beschrijf wat je zag.', terms: ['lui'] }]
};

function setup() {
	const created: { candidateId: string; text: string }[] = [];
	const makeStore = (candidateId: string): NoteStore => ({
		create: async (text) => {
			created.push({ candidateId, text });
			return `n${created.length}`;
		},
		save: async () => true
	});
	render(ObserveScreen, {
		exercise,
		candidates,
		notes: [],
		lexicon,
		assessorId: 'a1',
		storage: memoryObserveStorage(makeStore)
	});
	return { created };
}

describe('ObserveScreen', () => {
	it('stores a note at the first keystroke, for the selected candidate', async () => {
		const { created } = setup();
		await userEvent.type(screen.getByRole('textbox', { name: 'Notitie over Cas' }), 'Zet');
		await vi.waitFor(() => expect(created).toEqual([{ candidateId: 'c0', text: expect.stringMatching(/^Z/) }]));
	});

	it('keeps each candidate’s open note when switching', async () => {
		setup();
		await userEvent.type(screen.getByRole('textbox', { name: 'Notitie over Cas' }), 'Telt de dozen');
		await userEvent.click(screen.getByRole('tab', { name: /^Dina/ }));
		expect(screen.getByRole('textbox', { name: 'Notitie over Dina' })).toHaveValue('');
		await userEvent.click(screen.getByRole('tab', { name: /^Cas/ }));
		expect(screen.getByRole('textbox', { name: 'Notitie over Cas' })).toHaveValue('Telt de dozen');
	});

	it('gives the coach’s hint while typing, without blocking', async () => {
		setup();
		const box = screen.getByRole('textbox', { name: 'Notitie over Cas' });
		await userEvent.type(box, 'Hij is lui');
		expect(screen.getByRole('list', { name: 'Tips van de notitiecoach' })).toHaveTextContent('“lui” – Persoonlijkheidskenmerk. Beschrijf wat je zag.');
		expect(box).toHaveValue('Hij is lui');
	});

	it('moves between candidates with the arrow keys (tab pattern)', async () => {
		setup();
		screen.getByRole('tab', { name: /^Cas/ }).focus();
		await userEvent.keyboard('{ArrowRight}');
		expect(screen.getByRole('tab', { name: /^Dina/ })).toHaveAttribute('aria-selected', 'true');
		expect(screen.getByRole('tab', { name: /^Dina/ })).toHaveFocus();
		expect(screen.getByRole('textbox', { name: 'Notitie over Dina' })).toBeInTheDocument();
	});

	it('shows the instructions for the assessors on demand', () => {
		setup();
		expect(screen.getByText('Instructies voor de assessoren')).toBeInTheDocument();
		expect(screen.getByText('Let op het klaarzetten.')).toBeInTheDocument();
	});
});
