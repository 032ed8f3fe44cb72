import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import CandidateSetup from './CandidateSetup.svelte';
import type { Candidate } from '$lib/engine/model';

const candidate: Candidate = {
	id: '6f0c8e4a-1b2c-4d3e-8f90-123456789abc',
	createdAt: '2026-03-02T09:00:00.000Z',
	updatedAt: '2026-03-02T09:00:00.000Z',
	vv: { d1: 1 },
	sessionId: '7f0c8e4a-1b2c-4d3e-8f90-123456789abc',
	name: 'Cas Peeters',
	jobTarget: 'magazijnier',
	coachAssessorIds: [],
	code: 'K1'
};

function renderSetup() {
	const ondelete = vi.fn(async () => {});
	const onrestore = vi.fn(async () => {});
	render(CandidateSetup, {
		candidates: [candidate],
		assessors: [],
		override: undefined,
		onadd: vi.fn(async () => []),
		onupdate: vi.fn(async () => []),
		ondelete,
		onrestore,
		onoverride: vi.fn(async () => [])
	});
	return { ondelete, onrestore };
}

describe('CandidateSetup', () => {
	it('asks before deleting a candidate; cancelling deletes nothing and gives focus back', async () => {
		const { ondelete } = renderSetup();
		await userEvent.click(screen.getByRole('button', { name: 'Cas Peeters verwijderen' }));
		expect(ondelete).not.toHaveBeenCalled();
		expect(screen.getByRole('alert')).toHaveTextContent('Alle notities, beoordelingen en de consensus over Cas Peeters verdwijnen');
		expect(screen.getByRole('button', { name: 'Ja, Cas Peeters verwijderen' })).toHaveFocus();
		await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
		expect(ondelete).not.toHaveBeenCalled();
		expect(screen.getByRole('button', { name: 'Cas Peeters verwijderen' })).toHaveFocus();
	});

	it('deletes after confirmation and offers an undo that restores the candidate', async () => {
		const { ondelete, onrestore } = renderSetup();
		await userEvent.click(screen.getByRole('button', { name: 'Cas Peeters verwijderen' }));
		await userEvent.click(screen.getByRole('button', { name: 'Ja, Cas Peeters verwijderen' }));
		expect(ondelete).toHaveBeenCalledWith(candidate.id);
		expect(screen.getByRole('status')).toHaveTextContent('Cas Peeters verwijderd.');
		await userEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
		expect(onrestore).toHaveBeenCalledWith(candidate.id);
		expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
	});
});
