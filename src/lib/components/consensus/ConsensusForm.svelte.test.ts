import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ConsensusForm from './ConsensusForm.svelte';

import type { CellDecision } from '$lib/engine/consensus';

function setUp(overrides: Partial<{ locked: boolean; recorded: CellDecision; waiting: string; onwithdraw: () => Promise<{ ok: true; value: null }> }> = {}) {
	const onsave = vi.fn(async () => ({ ok: true as const, value: null }));
	const ondraft = vi.fn();
	render(ConsensusForm, { title: 'Cas – Initiatief', initial: { reason: '' }, locked: false, ondraft, onsave, ...overrides });
	return { onsave, ondraft };
}

describe('ConsensusForm', () => {
	it('requires a level and a reason before anything is saved', async () => {
		const { onsave } = setUp();
		await userEvent.click(screen.getByRole('button', { name: 'Consensus vastleggen' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Kies het consensusniveau, of "Geen consensus".');
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
		setUp({ locked: true, recorded: { kind: 'level', level: 'goed', value: 3, reason: 'x', acceptedUnanimous: false } });
		expect(screen.getByText('De consensus is vergrendeld: alleen lezen.')).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /Consensus/ })).toBeNull();
		expect(screen.getByLabelText('3 · Goed')).toBeDisabled();
		expect(screen.getByLabelText(/^Reden/)).toBeDisabled();
	});

	it('records "geen consensus" only with a reason why', async () => {
		const { onsave } = setUp();
		await userEvent.click(screen.getByLabelText('Geen consensus'));
		await userEvent.click(screen.getByRole('button', { name: 'Consensus vastleggen' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Geef een reden waarom er geen consensus is.');
		expect(onsave).not.toHaveBeenCalled();
		await userEvent.type(screen.getByLabelText('Reden (verplicht): waarom is er geen consensus?'), 'An en Bert lezen notitie 3 anders.');
		await userEvent.click(screen.getByRole('button', { name: 'Consensus vastleggen' }));
		expect(onsave).toHaveBeenCalledWith('geen-consensus', 'An en Bert lezen notitie 3 anders.');
		expect(await screen.findByText('Vastgelegd: geen consensus.')).toBeInTheDocument();
	});

	it('cannot decide while an assessor is still awaited, and says who', () => {
		const { onsave } = setUp({ waiting: 'Nog te wachten op Bert (Fiets, klad).' });
		expect(screen.getByRole('status')).toHaveTextContent('Deze cel kan nog niet beslist worden. Nog te wachten op Bert (Fiets, klad).');
		expect(screen.getByLabelText('3 · Goed')).toBeDisabled();
		expect(screen.queryByRole('button', { name: 'Consensus vastleggen' })).toBeNull();
		expect(onsave).not.toHaveBeenCalled();
	});

	it('shows a cell taken over as eensgezind with its reason and undoes it', async () => {
		const onwithdraw = vi.fn(async () => ({ ok: true as const, value: null }));
		setUp({ recorded: { kind: 'level', level: 'goed', value: 3, reason: 'eensgezind: alle assessoren (An, Bert) gaven Goed in elke oefening.', acceptedUnanimous: true }, onwithdraw });
		expect(screen.getByText(/Overgenomen als eensgezind: eensgezind: alle assessoren \(An, Bert\)/)).toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: 'Overname ongedaan maken' }));
		expect(onwithdraw).toHaveBeenCalled();
		expect(await screen.findByText('Besluit ingetrokken: de cel is weer open.')).toBeInTheDocument();
	});
});
