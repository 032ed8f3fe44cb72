import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { ActionItem } from '$lib/engine/model';
import ActionTable from './ActionTable.svelte';
import { AUTOSAVE_DELAY_MS } from './debounced-saver';

function action(partial: Partial<ActionItem>): ActionItem {
	return {
		id: crypto.randomUUID(),
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		vv: { d: 1 },
		planId: '00000000-0000-4000-8000-000000000001',
		planType: 'pdp',
		text: 'Cv herschrijven',
		timespan: '2 weken',
		who: 'Cas',
		status: 'niet',
		remarks: '',
		source: 'manual',
		order: 0,
		history: [],
		...partial
	};
}

function handlers() {
	return {
		onadd: vi.fn(async () => ({ ok: true as const })),
		onupdate: vi.fn(async () => ({ ok: true as const })),
		onstatus: vi.fn(async () => undefined),
		ondelete: vi.fn(async () => undefined),
		onrestore: vi.fn(async () => undefined)
	};
}

describe('ActionTable', () => {
	it('shows the draaiboek columns and user text as text', () => {
		render(ActionTable, { actions: [action({ text: '<script>alert(1)</script>' })], caption: 'Acties', ...handlers() });
		const headers = screen.getAllByRole('columnheader').map((h) => h.textContent?.trim());
		expect(headers.slice(0, 5)).toEqual(['Concrete acties', 'Tijdspanne', 'Wie?', 'Voltooid? (− / +/− / +)', 'Opmerkingen']);
		expect(screen.getByLabelText('Concrete actie 1')).toHaveValue('<script>alert(1)</script>');
		expect(document.querySelector('script')).toBeNull();
	});

	it('saves a typed cell after a short pause, with the last value only', async () => {
		const h = handlers();
		const a = action({});
		render(ActionTable, { actions: [a], caption: 'Acties', ...h });
		const user = userEvent.setup();
		await user.type(screen.getByLabelText('Wie voert actie 1 uit'), ' en coach');
		await new Promise((r) => setTimeout(r, AUTOSAVE_DELAY_MS + 100));
		expect(h.onupdate).toHaveBeenCalledTimes(1);
		expect(h.onupdate).toHaveBeenCalledWith(a.id, { who: 'Cas en coach' });
	});

	it('reports − / +/− / + as a status', async () => {
		const h = handlers();
		const a = action({});
		render(ActionTable, { actions: [a], caption: 'Acties', ...h });
		const group = screen.getByRole('radiogroup', { name: 'Voltooid? actie 1' });
		expect(within(group).getByRole('radio', { name: 'niet voltooid' })).toBeChecked();
		await userEvent.setup().click(within(group).getByRole('radio', { name: 'deels voltooid' }));
		expect(h.onstatus).toHaveBeenCalledWith(a.id, 'deels');
	});

	it('refuses an empty new action with a Dutch message and adds a filled one', async () => {
		const h = handlers();
		render(ActionTable, { actions: [], caption: 'Acties', ...h });
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Beschrijf eerst de concrete actie.');
		expect(h.onadd).not.toHaveBeenCalled();
		await user.type(screen.getByLabelText('Concrete actie'), 'Bedrijfsbezoek plannen');
		await user.type(screen.getByLabelText('Wie?'), 'Els');
		await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
		expect(h.onadd).toHaveBeenCalledWith({ text: 'Bedrijfsbezoek plannen', timespan: '', who: 'Els' });
		expect(screen.getByLabelText('Concrete actie')).toHaveValue('');
	});

	it('deletes with an undo', async () => {
		const h = handlers();
		const a = action({});
		render(ActionTable, { actions: [a], caption: 'Acties', ...h });
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Actie 1 verwijderen' }));
		expect(h.ondelete).toHaveBeenCalledWith(a.id);
		await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
		expect(h.onrestore).toHaveBeenCalledWith(a.id);
	});
});
