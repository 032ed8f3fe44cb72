import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import AssessorSwitch from './AssessorSwitch.svelte';

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
	const onchange = (id: string) => {
		stored.push(id);
		void view.rerender({ assessors, currentId: id, onchange });
	};
	const view = render(AssessorSwitch, { assessors, currentId, onchange });
	return { stored };
}

describe('AssessorSwitch', () => {
	it('keeps the disabled placeholder after a choice, so the options never shift', async () => {
		const stored: string[] = [];
		const onchange = vi.fn((id: string) => stored.push(id));
		const { rerender } = render(AssessorSwitch, { assessors, currentId: undefined, onchange });
		expect(shownName()).toBe('Kies je naam');
		expect(select().options[0]).toBeDisabled();

		await userEvent.selectOptions(select(), AN.name);
		expect(onchange).toHaveBeenLastCalledWith(AN.id);
		await rerender({ assessors, currentId: AN.id, onchange });
		expect([...select().options].map((o) => o.textContent)).toEqual(['Kies je naam', AN.name, YOUSSEF.name, LIES.name]);
		expect(select().options[0]).toBeDisabled();
		expect(shownName()).toBe(AN.name);

		await userEvent.selectOptions(select(), YOUSSEF.name);
		expect(onchange).toHaveBeenLastCalledWith(YOUSSEF.id);
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
		const onchange = vi.fn();
		render(AssessorSwitch, { assessors, currentId: AN.id, onchange });
		await userEvent.selectOptions(select(), YOUSSEF.name);
		expect(onchange).toHaveBeenCalledWith(YOUSSEF.id);
		expect(shownName()).toBe(AN.name);
		expect(select().value).toBe(AN.id);
	});

	it('follows a choice that is taken later, after a question', async () => {
		let take: () => void = () => undefined;
		const onchange = vi.fn((id: string) => {
			take = () => void view.rerender({ assessors, currentId: id, onchange });
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
		render(AssessorSwitch, { assessors, currentId: 'gone', onchange: vi.fn() });
		expect(shownName()).toBe('Kies je naam');
		expect(select().value).toBe('');
	});
});
