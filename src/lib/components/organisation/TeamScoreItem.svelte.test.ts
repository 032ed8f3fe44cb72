import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { computeItemSpread, suggestTeamScore } from '$lib/engine/organisation/checklist-scoring';
import { loadChecklist, makeMeasurement } from '$lib/engine/organisation/organisation.fixture';
import TeamScoreItem from './TeamScoreItem.svelte';

const checklist = loadChecklist();
const item = checklist.items[0]!;
const measurement = makeMeasurement({
	participants: [
		{ id: '00000000-0000-4000-8000-aaaaaaaaaaa1', name: 'An', scores: { [item.id]: 1 } },
		{ id: '00000000-0000-4000-8000-aaaaaaaaaaa2', name: 'Bram', scores: { [item.id]: 4 } },
		{ id: '00000000-0000-4000-8000-aaaaaaaaaaa3', name: 'Cas', scores: { [item.id]: 3 } }
	]
});
const spread = computeItemSpread(measurement, item.id);

describe('TeamScoreItem', () => {
	it('shows the spread but chooses no team score before the team does', async () => {
		const onagree = vi.fn(async () => ({ ok: true as const }));
		render(TeamScoreItem, { checklist, item, spread, suggestion: suggestTeamScore(spread), agreed: undefined, onagree });
		expect(screen.getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
		expect(screen.getByText(/middelste score: 3 \(alleen een vertrekpunt, kies samen\)/)).toBeInTheDocument();
		expect(screen.getByText(/An \(1\) tegenover Bram \(4\)/)).toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: 'Teamscore vastleggen' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Kies eerst een teamscore.');
		expect(onagree).not.toHaveBeenCalled();
		await userEvent.click(screen.getByRole('radio', { name: '2' }));
		await userEvent.type(screen.getByLabelText(/Waarom deze teamscore/), 'Visie staat op papier, nog niet in de praktijk');
		await userEvent.click(screen.getByRole('button', { name: 'Teamscore vastleggen' }));
		expect(onagree).toHaveBeenCalledWith({ score: 2, reason: 'Visie staat op papier, nog niet in de praktijk' });
	});

	it('shows an agreed score as chosen', () => {
		render(TeamScoreItem, { checklist, item, spread, suggestion: 3, agreed: { score: 2, reason: 'r' }, onagree: vi.fn() });
		expect(screen.getByRole('radio', { name: '2' })).toBeChecked();
		expect(screen.queryByText(/middelste score/)).not.toBeInTheDocument();
	});
});
