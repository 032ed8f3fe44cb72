import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ConsensusForm from './ConsensusForm.svelte';

function setUp(overrides: Partial<{ locked: boolean; recorded: { level: 'goed'; reason: string } }> = {}) {
	const onsave = vi.fn(async () => ({ ok: true as const, value: null }));
	const ondraft = vi.fn();
	render(ConsensusForm, { title: 'Cas – Initiatief', initial: { reason: '' }, locked: false, ondraft, onsave, ...overrides });
	return { onsave, ondraft };
}

describe('ConsensusForm', () => {
	it('requires a level and a reason before anything is saved', async () => {
		const { onsave } = setUp();
		await userEvent.click(screen.getByRole('button', { name: 'Consensus vastleggen' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Kies het consensusniveau.');
		expect(screen.getByRole('alert')).toHaveTextContent('Geef een korte reden');
		expect(onsave).not.toHaveBeenCalled();
	});

	it('saves the chosen level with the reason and says so', async () => {
		const { onsave } = setUp();
		await userEvent.click(screen.getByLabelText('3 · Goed'));
		await userEvent.type(screen.getByLabelText(/^Reden/), 'Notitie 4 toont het.');
		await userEvent.click(screen.getByRole('button', { name: 'Consensus vastleggen' }));
		expect(onsave).toHaveBeenCalledWith('goed', 'Notitie 4 toont het.');
		expect(await screen.findByText('Consensus vastgelegd.')).toBeInTheDocument();
	});

	it('keeps what is typed as a draft within 300 ms', async () => {
		const { ondraft } = setUp();
		await userEvent.type(screen.getByLabelText(/^Reden/), 'Half');
		await waitFor(() => expect(ondraft).toHaveBeenLastCalledWith({ level: undefined, reason: 'Half' }), { timeout: 300 });
	});

	it('is read-only when the consensus is locked', () => {
		setUp({ locked: true, recorded: { level: 'goed', reason: 'x' } });
		expect(screen.getByText('De consensus is vergrendeld: alleen lezen.')).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /Consensus/ })).toBeNull();
		expect(screen.getByLabelText('3 · Goed')).toBeDisabled();
		expect(screen.getByLabelText(/^Reden/)).toBeDisabled();
	});
});
