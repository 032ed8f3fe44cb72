import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { buildConsensusMatrix } from '$lib/engine/consensus';
import ConsensusMatrix from './ConsensusMatrix.svelte';

const at = '2026-03-02T10:00:00.000Z';
const matrix = buildConsensusMatrix({
	candidateIds: ['c1'],
	competencyIds: ['initiatief', 'samenwerken'],
	assessorIds: ['a1', 'a2'],
	ratings: [
		{ authorId: 'a1', exerciseId: 'e1', candidateId: 'c1', competencyId: 'initiatief', level: 'onvoldoende', submittedAt: at },
		{ authorId: 'a2', exerciseId: 'e1', candidateId: 'c1', competencyId: 'initiatief', level: 'goed', submittedAt: at },
		{ authorId: 'a1', exerciseId: 'e1', candidateId: 'c1', competencyId: 'samenwerken', level: 'goed', submittedAt: at }
	],
	decisions: [{ candidateId: 'c1', competencyId: 'samenwerken', level: 'goed', reason: 'x' }]
});
const names = { candidates: { c1: '<b>Cas</b>' }, competencies: { initiatief: 'Initiatief', samenwerken: 'Samenwerken' }, assessors: { a1: 'An', a2: 'Bram' } };

describe('ConsensusMatrix', () => {
	it('shows every assessor level side by side and marks a difference of two levels', () => {
		render(ConsensusMatrix, { matrix, names, onselect: vi.fn() });
		const cell = screen.getByRole('button', { name: /Initiatief\. An: Onvoldoende, Bram: Goed\. 2 of meer niveaus verschil\. Nog geen consensus/ });
		expect(cell).toHaveTextContent('1,0 · 3,0');
		expect(cell).toHaveTextContent('≥2');
		expect(cell.closest('td')).toHaveClass('groot');
		const decided = screen.getByRole('button', { name: /Samenwerken\. An: Goed, Bram: nog niet ingediend/ });
		expect(decided).toHaveTextContent('3,0 · –');
		expect(decided).toHaveTextContent('✓ Goed');
	});

	it('shows per assessor the mean over the exercises and calls a cell eensgezind only when every level agrees', () => {
		const r = (authorId: string, exerciseId: string, competencyId: string, level: 'onvoldoende' | 'goed') => ({ authorId, exerciseId, candidateId: 'c1', competencyId, level, submittedAt: at });
		const twoExercises = buildConsensusMatrix({
			candidateIds: ['c1'],
			competencyIds: ['initiatief', 'samenwerken'],
			assessorIds: ['a1', 'a2'],
			exerciseIds: ['e1', 'e2'],
			ratings: [
				r('a1', 'e1', 'initiatief', 'onvoldoende'), r('a1', 'e2', 'initiatief', 'goed'), r('a2', 'e1', 'initiatief', 'onvoldoende'), r('a2', 'e2', 'initiatief', 'goed'),
				r('a1', 'e1', 'samenwerken', 'goed'), r('a1', 'e2', 'samenwerken', 'goed'), r('a2', 'e1', 'samenwerken', 'goed'), r('a2', 'e2', 'samenwerken', 'goed')
			],
			decisions: []
		});
		render(ConsensusMatrix, { matrix: twoExercises, names, onselect: vi.fn() });
		const split = screen.getByRole('button', { name: /Initiatief\. .*assessoren eens, oefeningen verschillen/ });
		// Onvoldoende in one exercise and Goed in the other is 2,0 (Matig), not the lower of the two.
		expect(split).toHaveTextContent('2,0 · 2,0');
		expect(split).not.toHaveTextContent('eensgezind');
		expect(screen.getByRole('button', { name: /Samenwerken\. .*eensgezind/ })).toHaveTextContent('3,0 · 3,0');
	});

	it('shows a blind cell as hidden, without the others\' levels', () => {
		const blind = buildConsensusMatrix({
			candidateIds: ['c1'],
			competencyIds: ['initiatief'],
			assessorIds: ['a1', 'a2'],
			ratings: [{ authorId: 'a1', exerciseId: 'e1', candidateId: 'c1', competencyId: 'initiatief', level: 'goed' }],
			decisions: [],
			blindCells: new Set(['c1:initiatief'])
		});
		render(ConsensusMatrix, { matrix: blind, names, onselect: vi.fn() });
		const cell = screen.getByRole('button', { name: /Initiatief\. .*verborgen tot je je eigen beoordelingen indient/ });
		expect(cell).toHaveTextContent('verborgen');
		expect(cell).not.toHaveTextContent('3,0');
	});

	it('renders names as text and reports the tapped cell', async () => {
		const onselect = vi.fn();
		render(ConsensusMatrix, { matrix, names, onselect });
		expect(screen.getByRole('rowheader', { name: '<b>Cas</b>' })).toBeInTheDocument();
		await userEvent.click(screen.getAllByRole('button')[0]!);
		expect(onselect).toHaveBeenCalledWith(expect.objectContaining({ candidateId: 'c1', competencyId: 'initiatief' }));
	});
});
