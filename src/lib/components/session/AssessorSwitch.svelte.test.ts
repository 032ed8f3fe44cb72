import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import AssessorSwitch from './AssessorSwitch.svelte';
import { CurrentAssessors } from '$lib/state/current-assessor.svelte';
import type { AssessorChoice } from '$lib/engine/identity/pin';

const TAKEN: AssessorChoice = { ok: true };

const AN = { id: 'a1', name: 'An Peeters' };
const YOUSSEF = { id: 'a2', name: 'Youssef El Amrani' };
const LIES = { id: 'a3', name: 'Lies Maes' };
const assessors = [AN, YOUSSEF, LIES];

function select(): HTMLSelectElement {
	return screen.getByLabelText('Ik ben:');
}

function shownName(): string {
	const el = select();
	return el.options[el.selectedIndex]?.textContent ?? '';
}

/** Renders the switch with an owner that stores every choice, as the session pages do. */
function renderStoring(currentId: string | undefined) {
	const stored: string[] = [];
	const onchange = async (id: string) => {
		stored.push(id);
		await view.rerender({ assessors, currentId: id, onchange });
		return TAKEN;
	};
	const view = render(AssessorSwitch, { assessors, currentId, onchange });
	return { stored };
}

describe('AssessorSwitch', () => {
	it('keeps the disabled placeholder after a choice, so the options never shift', async () => {
		const stored: string[] = [];
		const onchange = vi.fn(async (id: string) => (stored.push(id), TAKEN));
		const { rerender } = render(AssessorSwitch, { assessors, currentId: undefined, onchange });
		expect(shownName()).toBe('Kies je naam');
		expect(select().options[0]).toBeDisabled();

		await userEvent.selectOptions(select(), AN.name);
		expect(onchange).toHaveBeenLastCalledWith(AN.id, { name: AN.name });
		await rerender({ assessors, currentId: AN.id, onchange });
		expect([...select().options].map((o) => o.textContent)).toEqual(['Kies je naam', AN.name, YOUSSEF.name, LIES.name]);
		expect(select().options[0]).toBeDisabled();
		expect(shownName()).toBe(AN.name);

		await userEvent.selectOptions(select(), YOUSSEF.name);
		expect(onchange).toHaveBeenLastCalledWith(YOUSSEF.id, { name: YOUSSEF.name });
		await rerender({ assessors, currentId: YOUSSEF.id, onchange });
		expect(shownName()).toBe(YOUSSEF.name);
		expect(select().value).toBe(YOUSSEF.id);
		expect(stored).toEqual([AN.id, YOUSSEF.id]);
	});

	it('shows the stored assessor after every switch, back and forth', async () => {
		const { stored } = renderStoring(undefined);
		for (const person of [AN, YOUSSEF, AN, LIES, YOUSSEF]) {
			await userEvent.selectOptions(select(), person.name);
			await vi.waitFor(() => expect(select().value).toBe(person.id));
			expect(shownName()).toBe(person.name);
		}
		expect(stored).toEqual([AN.id, YOUSSEF.id, AN.id, LIES.id, YOUSSEF.id]);
	});

	it('stays on the stored assessor when the choice is not taken', async () => {
		const onchange = vi.fn(async () => TAKEN);
		render(AssessorSwitch, { assessors, currentId: AN.id, onchange });
		await userEvent.selectOptions(select(), YOUSSEF.name);
		expect(onchange).toHaveBeenCalledWith(YOUSSEF.id, { name: YOUSSEF.name });
		expect(shownName()).toBe(AN.name);
		expect(select().value).toBe(AN.id);
	});

	it('follows a choice that is taken later, after a question', async () => {
		let take: () => void = () => undefined;
		const onchange = vi.fn(async (id: string) => {
			take = () => void view.rerender({ assessors, currentId: id, onchange });
			return TAKEN;
		});
		const view = render(AssessorSwitch, { assessors, currentId: AN.id, onchange });
		await userEvent.selectOptions(select(), YOUSSEF.name);
		expect(shownName()).toBe(AN.name);
		take();
		await vi.waitFor(() => expect(shownName()).toBe(YOUSSEF.name));
	});

	it('keeps the keyboard on the switch after a choice', async () => {
		renderStoring(AN.id);
		select().focus();
		await userEvent.selectOptions(select(), LIES.name);
		await vi.waitFor(() => expect(select().value).toBe(LIES.id));
		expect(select()).toHaveFocus();
	});

	it('shows the placeholder when the stored id is not one of the assessors', () => {
		render(AssessorSwitch, { assessors, currentId: 'gone', onchange: vi.fn(async () => TAKEN) });
		expect(shownName()).toBe('Kies je naam');
		expect(select().value).toBe('');
	});

	describe('with a PIN on a name', () => {
		/** The real controller, with its storage and the PINs in memory: Youssef protected his name with 2580. */
		async function renderWithPins(now = () => 0) {
			const chosen = new Map<string, string | undefined>([['gent', AN.id]]);
			const current = new CurrentAssessors(
				{ get: async (s) => chosen.get(s), set: async (s, id) => void chosen.set(s, id) },
				{ has: async (id) => id === YOUSSEF.id, verify: async (id, pin) => id === YOUSSEF.id && pin === '2580' },
				now
			);
			await current.load('gent');
			const onchange = async (id: string, options: { pin?: string; name: string }) => {
				const result = await current.choose('gent', id, options);
				await view.rerender({ assessors, currentId: current.chosenIn('gent'), onchange });
				return result;
			};
			const view = render(AssessorSwitch, { assessors, currentId: AN.id, onchange });
			return { chosen };
		}

		it('asks the PIN, keeps the stored name until it is right, and then takes the protected one', async () => {
			const { chosen } = await renderWithPins();
			await userEvent.selectOptions(select(), YOUSSEF.name);
			expect(await screen.findByRole('alert')).toHaveTextContent('Youssef El Amrani beveiligde de naam met een pincode');
			expect(shownName()).toBe(AN.name);
			const pin = screen.getByLabelText(`Pincode van ${YOUSSEF.name}`);
			expect(pin).toHaveFocus();
			await userEvent.type(pin, '1111');
			await userEvent.click(screen.getByRole('button', { name: 'Bevestig' }));
			expect(await screen.findByText(/Deze pincode klopt niet/)).toBeInTheDocument();
			expect(chosen.get('gent')).toBe(AN.id);
			expect(shownName()).toBe(AN.name);
			await userEvent.type(screen.getByLabelText(`Pincode van ${YOUSSEF.name}`), '2580');
			await userEvent.click(screen.getByRole('button', { name: 'Bevestig' }));
			await vi.waitFor(() => expect(shownName()).toBe(YOUSSEF.name));
			expect(chosen.get('gent')).toBe(YOUSSEF.id);
			expect(screen.queryByLabelText(`Pincode van ${YOUSSEF.name}`)).toBeNull();
		});

		it('a name without a PIN is taken at once, and cancelling the PIN keeps the stored name', async () => {
			const { chosen } = await renderWithPins();
			await userEvent.selectOptions(select(), YOUSSEF.name);
			await userEvent.click(await screen.findByRole('button', { name: 'Annuleer' }));
			expect(screen.queryByRole('alert')).toBeNull();
			expect(chosen.get('gent')).toBe(AN.id);
			await userEvent.selectOptions(select(), LIES.name);
			await vi.waitFor(() => expect(shownName()).toBe(LIES.name));
			expect(chosen.get('gent')).toBe(LIES.id);
		});

		it('after five wrong PINs the tablet waits 30 seconds, even for the right one', async () => {
			let clock = 0;
			const { chosen } = await renderWithPins(() => clock);
			await userEvent.selectOptions(select(), YOUSSEF.name);
			for (let i = 0; i < 5; i++) {
				await userEvent.type(await screen.findByLabelText(`Pincode van ${YOUSSEF.name}`), '9999');
				await userEvent.click(screen.getByRole('button', { name: 'Bevestig' }));
			}
			expect(await screen.findByText(/Te veel foute pogingen. Wacht 30 seconden/)).toBeInTheDocument();
			await userEvent.type(screen.getByLabelText(`Pincode van ${YOUSSEF.name}`), '2580');
			await userEvent.click(screen.getByRole('button', { name: 'Bevestig' }));
			expect(chosen.get('gent')).toBe(AN.id);
			clock = 30_001;
			await userEvent.type(screen.getByLabelText(`Pincode van ${YOUSSEF.name}`), '2580');
			await userEvent.click(screen.getByRole('button', { name: 'Bevestig' }));
			await vi.waitFor(() => expect(chosen.get('gent')).toBe(YOUSSEF.id));
		});
	});
	it('says who the app writes as only once the choice is stored', async () => {
		let store!: () => void;
		const stored = new Promise<void>((resolve) => (store = resolve));
		const onchange = async (id: string) => {
			await stored;
			await view.rerender({ assessors, currentId: id, onchange });
			return TAKEN;
		};
		const view = render(AssessorSwitch, { assessors, currentId: undefined, onchange });
		await userEvent.selectOptions(select(), YOUSSEF.name);
		// Tapped, not yet stored: a reload now would not show Youssef, so nothing claims it.
		expect(screen.getByRole('status')).toHaveTextContent('');
		store();
		await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Opgeslagen: je werkt als Youssef El Amrani.'));
	});
});
