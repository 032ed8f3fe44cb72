import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Classification, Observation, Rating } from '$lib/engine/model';
import type { Competency } from '$lib/engine/rubric';
import CompetencyRating from './CompetencyRating.svelte';

const meta = { createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z', vv: { d: 1 } };
const ids = { sessionId: 's', exerciseId: 'e', candidateId: 'c', authorId: 'a' };
const competency: Competency = {
	id: 'initiatief',
	name: 'Initiatief',
	tier: 'kern',
	definition: 'Zelfstandig werken.',
	provenance: 'draaiboek',
	indicators: [
		{ id: 'werk-zien', behaviour: 'Werk zien', levels: { onvoldoende: 'Ziet geen werk', matig: 'Ziet soms werk', goed: 'Ziet werk', 'zeer-goed': 'Ziet altijd werk' } }
	]
};
const notes: Observation[] = ['o1', 'o2', 'o3'].map((id, i) => ({ ...meta, ...ids, id, text: `Notitie ${i + 1}`, observedAt: `2026-03-02T09:0${i}:00.000Z` }));
const link = (observationId: string, levelId: Classification['levelId']): Classification => ({
	...meta,
	...ids,
	id: `l-${observationId}`,
	observationId,
	competencyId: 'initiatief',
	indicatorId: 'werk-zien',
	levelId
});
const links = [link('o1', 'goed'), link('o2', 'goed'), link('o3', 'matig')];
const rating = (over: Partial<Rating>): Rating => ({ ...meta, ...ids, id: 'r1', competencyId: 'initiatief', level: 'goed', evidenceObservationIds: ['o1'], ...over });

describe('CompetencyRating', () => {
	it('counts the linked notes per level and proposes the lower median as a hint', () => {
		render(CompetencyRating, { competency, notes, links, rating: undefined, exerciseEndedAt: '2026-03-02T10:00:00.000Z', locked: false, onrate: vi.fn(), onclear: vi.fn() });
		expect(screen.getByText(/3 notities gekoppeld: 1 × matig, 2 × goed/)).toBeInTheDocument();
		expect(screen.getByText('Voorstel uit je notities: Goed')).toBeInTheDocument();
	});

	it('takes the linked notes as evidence when a level is chosen', async () => {
		const onrate = vi.fn();
		render(CompetencyRating, { competency, notes, links, rating: undefined, exerciseEndedAt: '2026-03-02T10:00:00.000Z', locked: false, onrate, onclear: vi.fn() });
		await userEvent.click(screen.getByRole('radio', { name: 'Matig' }));
		expect(onrate).toHaveBeenCalledWith('matig', ['o1', 'o2', 'o3']);
	});

	it('marks a level without evidence and one given before the exercise ended', () => {
		render(CompetencyRating, {
			competency,
			notes,
			links,
			rating: rating({ evidenceObservationIds: [], updatedAt: '2026-03-02T09:30:00.000Z' }),
			exerciseEndedAt: '2026-03-02T10:00:00.000Z',
			locked: false,
			onrate: vi.fn(),
			onclear: vi.fn()
		});
		const flags = screen.getByRole('list', { name: 'Aandachtspunten bij dit oordeel' });
		expect(flags).toHaveTextContent('Geen notitie als bewijs gekoppeld');
		expect(flags).toHaveTextContent('vóór het einde van de oefening');
	});

	it('shows no marks for a well-founded rating after the exercise', () => {
		render(CompetencyRating, { competency, notes, links, rating: rating({ updatedAt: '2026-03-02T10:05:00.000Z' }), exerciseEndedAt: '2026-03-02T10:00:00.000Z', locked: false, onrate: vi.fn(), onclear: vi.fn() });
		expect(screen.queryByRole('list', { name: 'Aandachtspunten bij dit oordeel' })).toBeNull();
		expect(screen.getByRole('checkbox', { name: /Notitie 1/ })).toBeChecked();
	});

	it('cannot be changed once submitted', () => {
		render(CompetencyRating, { competency, notes, links, rating: rating({ submittedAt: '2026-03-02T10:10:00.000Z' }), exerciseEndedAt: '2026-03-02T10:00:00.000Z', locked: true, onrate: vi.fn(), onclear: vi.fn() });
		for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
		expect(screen.queryByRole('button', { name: 'Oordeel wissen' })).toBeNull();
	});

	it('highlights the cells the notes point at in the SAM grid', async () => {
		const { container } = render(CompetencyRating, { competency, notes, links, rating: undefined, exerciseEndedAt: undefined, locked: false, onrate: vi.fn(), onclear: vi.fn() });
		await userEvent.click(screen.getByRole('button', { name: 'SAM-rooster tonen' }));
		const hits = [...container.querySelectorAll('td.hit')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim());
		expect(hits).toEqual(['Ziet soms werk 1 notitie', 'Ziet werk 2 notities']);
	});
});
