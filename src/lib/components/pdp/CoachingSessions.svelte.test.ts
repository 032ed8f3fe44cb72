import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { ActionItem, CoachingSession } from '$lib/engine/model';
import CoachingSessions from './CoachingSessions.svelte';

function action(text: string, order: number): ActionItem {
	return {
		id: crypto.randomUUID(),
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		vv: { d: 1 },
		planId: '00000000-0000-4000-8000-000000000001',
		planType: 'pdp',
		text,
		timespan: '4 weken',
		who: 'Zoë',
		status: 'niet',
		remarks: '',
		source: 'manual',
		order,
		history: []
	};
}

const earlier: CoachingSession = {
	id: '00000000-0000-4000-8000-000000000009',
	date: '2026-11-03',
	agreed: 'Zoë belt zelf de werkgevers.',
	next: { date: '2026-11-17', note: '14 uur, kantoor' },
	recordedAt: '2026-11-03T15:00:00.000Z'
};

describe('CoachingSessions', () => {
	it('lists earlier conversations with what was agreed and the next appointment', () => {
		render(CoachingSessions, { sessions: [earlier], actions: [], today: '2026-12-04', onsave: vi.fn() });
		const card = screen.getByRole('heading', { name: 'Gesprek van 3 november 2026' }).closest('li')!;
		expect(within(card).getByText('Zoë belt zelf de werkgevers.')).toBeInTheDocument();
		expect(within(card).getByText(/17 november 2026, 14 uur, kantoor/)).toBeInTheDocument();
	});

	it('saves a conversation on its own day, with per action only what changed, and the next appointment', async () => {
		const user = userEvent.setup();
		const onsave = vi.fn(async () => ({ ok: true as const }));
		const [bel, cv] = [action('Bel 3 werkgevers', 0), action('Cv nalezen', 1)];
		render(CoachingSessions, { sessions: [], actions: [bel, cv], today: '2026-12-04', onsave });
		const date = screen.getByLabelText('Datum van het gesprek');
		expect(date).toHaveValue('2026-12-04');
		expect(date).toHaveAttribute('max', '2026-12-04');
		await user.clear(date);
		await user.type(date, '2026-12-01');
		await user.click(screen.getByRole('radiogroup', { name: 'Voltooid? in dit gesprek, actie 1' }).querySelector('input[value="deels"]')!);
		await user.type(screen.getByLabelText('Opmerking bij actie 1'), 'Twee gebeld');
		await user.type(screen.getByLabelText('Wat spraken jullie af?'), 'Volgende week de derde.');
		await user.type(screen.getByLabelText('Volgende afspraak'), '2026-12-15');
		await user.click(screen.getByRole('button', { name: 'Gesprek bewaren' }));
		expect(onsave).toHaveBeenCalledWith({
			date: '2026-12-01',
			agreed: 'Volgende week de derde.',
			next: { date: '2026-12-15', note: '' },
			updates: [{ actionId: bel.id, status: 'deels', remark: 'Twee gebeld' }]
		});
		expect(screen.getByRole('status')).toHaveTextContent('Coachinggesprek van 1 december 2026 bewaard.');
		expect(screen.getByLabelText('Wat spraken jullie af?')).toHaveValue('');
	});

	it('shows the refusal and keeps what was typed', async () => {
		const user = userEvent.setup();
		const onsave = vi.fn(async () => ({ ok: false as const, problems: ['Het gesprek ligt in de toekomst (1/5/2035): kies een datum tot vandaag.'] }));
		render(CoachingSessions, { sessions: [], actions: [], today: '2026-12-04', onsave });
		await user.type(screen.getByLabelText('Wat spraken jullie af?'), 'Iets');
		await user.click(screen.getByRole('button', { name: 'Gesprek bewaren' }));
		expect(screen.getByRole('alert')).toHaveTextContent('in de toekomst');
		expect(screen.getByLabelText('Wat spraken jullie af?')).toHaveValue('Iets');
	});
});
