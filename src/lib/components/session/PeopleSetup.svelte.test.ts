import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Assessor } from '$lib/engine/model';
import PeopleSetup from './PeopleSetup.svelte';

const meta = { createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z', deviceId: 'd', vv: { d: 1 } };
const person = (id: string, name: string): Assessor => ({ ...meta, id, name });

describe('PeopleSetup for assessors', () => {
	it('asks for the lead first when there is nobody yet', () => {
		render(PeopleSetup, { role: 'assessor', people: [], leadId: undefined, onadd: vi.fn(async () => []), onremove: vi.fn(), onlead: vi.fn() });
		expect(screen.getByText(/Begin met de hoofdassessor/)).toBeInTheDocument();
		expect(screen.queryByText(/observator in opleiding/)).not.toBeInTheDocument();
	});

	it('marks the lead, lets another become lead, and removes by name', async () => {
		const onlead = vi.fn();
		const onremove = vi.fn();
		render(PeopleSetup, { role: 'assessor', people: [person('a1', 'An'), person('a2', 'Bert')], leadId: 'a1', onadd: vi.fn(async () => []), onremove, onlead });
		const radios = screen.getAllByRole('radio', { name: 'Hoofdassessor' });
		expect(radios.map((r) => (r as HTMLInputElement).checked)).toEqual([true, false]);
		await userEvent.click(radios[1]!);
		expect(onlead).toHaveBeenCalledWith('a2');
		await userEvent.click(screen.getByRole('button', { name: 'Bert weghalen' }));
		expect(onremove).toHaveBeenCalledWith('a2');
		expect(screen.queryByText('Oefening')).not.toBeInTheDocument();
	});

	it('clears the name once it is added, and keeps it with the Dutch reason when refused', async () => {
		const onadd = vi.fn(async (name: string) => (name.length > 5 ? ['De naam is te lang.'] : []));
		render(PeopleSetup, { role: 'assessor', people: [], leadId: undefined, onadd, onremove: vi.fn(), onlead: vi.fn() });
		const field = screen.getByLabelText('Naam van de assessor');
		await userEvent.type(field, 'Annemarie');
		await userEvent.click(screen.getByRole('button', { name: 'Assessor toevoegen' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Niet toegevoegd: De naam is te lang.');
		expect(field).toHaveValue('Annemarie');
		await userEvent.clear(field);
		await userEvent.type(field, 'An');
		await userEvent.click(screen.getByRole('button', { name: 'Assessor toevoegen' }));
		expect(field).toHaveValue('');
	});
});
