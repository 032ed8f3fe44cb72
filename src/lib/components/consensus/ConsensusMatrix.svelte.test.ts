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
		expect(cell).toHaveTextContent('1 · 3');
		expect(cell).toHaveTextContent('≥2');
		expect(cell.closest('td')).toHaveClass('groot');
		const decided = screen.getByRole('button', { name: /Samenwerken\. An: Goed, Bram: nog niet ingediend/ });
		expect(decided).toHaveTextContent('3 · –');
		expect(decided).toHaveTextContent('✓ Goed');
	});

	it('renders names as text and reports the tapped cell', async () => {
		const onselect = vi.fn();
		render(ConsensusMatrix, { matrix, names, onselect });
		expect(screen.getByRole('rowheader', { name: '<b>Cas</b>' })).toBeInTheDocument();
		await userEvent.click(screen.getAllByRole('button')[0]!);
		expect(onselect).toHaveBeenCalledWith(expect.objectContaining({ candidateId: 'c1', competencyId: 'initiatief' }));
	});
});
