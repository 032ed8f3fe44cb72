import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import type { NoteCoachLexicon } from '$lib/engine/rubric';
import NoteCoachText from './NoteCoachText.svelte';

const lexicon: NoteCoachLexicon = {
	kind: 'note-coach',
	id: 'notitiecoach-test',
	version: '1.0.0',
	title: 'Test',
	description: '',
	language: 'nl-BE',
	source: '',
	categories: [
		{ id: 'eigenschap', label: 'Persoonlijkheidskenmerk', suggestion: 'Beschrijf wat je zag of hoorde.', terms: ['lui', 'ongemotiveerd*'] },
		{ id: 'veralgemening', label: 'Veralgemening', suggestion: 'Hoe vaak precies, en wanneer?', terms: ['altijd', 'af en toe'] }
	]
};

describe('NoteCoachText', () => {
	it('marks interpreting words and gives one line of advice per kind', () => {
		const { container } = render(NoteCoachText, { text: 'Hij is lui en altijd ongemotiveerd. Af en toe lui.', lexicon });
		expect([...container.querySelectorAll('mark')].map((m) => m.firstChild?.textContent)).toEqual(['lui', 'altijd', 'ongemotiveerd', 'Af en toe', 'lui']);
		const hints = screen.getByRole('list', { name: 'Tips van de notitiecoach' });
		expect(hints.querySelectorAll('li')).toHaveLength(2);
		expect(hints).toHaveTextContent('“lui”, “ongemotiveerd” – Persoonlijkheidskenmerk. Beschrijf wat je zag of hoorde.');
		expect(hints).toHaveTextContent('“altijd”, “Af en toe” – Veralgemening.');
	});

	it('shows descriptive text without marks or advice', () => {
		const { container } = render(NoteCoachText, { text: 'Zet 12 dozen op de kar.', lexicon });
		expect(container.querySelectorAll('mark')).toHaveLength(0);
		expect(screen.queryByRole('list')).toBeNull();
		expect(container).toHaveTextContent('Zet 12 dozen op de kar.');
	});

	it('renders typed HTML as text', () => {
		const { container } = render(NoteCoachText, { text: '<script>alert(1)</script> <b>lui</b>', lexicon });
		expect(container.querySelector('script')).toBeNull();
		expect(container.querySelector('b')).toBeNull();
		expect(container).toHaveTextContent('<script>alert(1)</script> <b>lui');
	});

	it('works without a lexicon (not loaded yet)', () => {
		const { container } = render(NoteCoachText, { text: 'Hij is lui.', lexicon: undefined });
		expect(container.querySelectorAll('mark')).toHaveLength(0);
		expect(container).toHaveTextContent('Hij is lui.');
	});
});
