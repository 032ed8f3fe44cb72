import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ScoreInput from './ScoreInput.svelte';

const props = { name: 'score-x', legend: '13. Mijn organisatie is actief bezig met netwerking', min: 0, max: 6, minLabel: 'totaal niet', maxLabel: 'volledig' };

describe('ScoreInput', () => {
	it('offers 0..6 as a named radio group with the end labels', () => {
		render(ScoreInput, { ...props, value: undefined, onchange: () => {} });
		const group = screen.getByRole('group', { name: props.legend });
		expect(group).toBeInTheDocument();
		const radios = screen.getAllByRole('radio');
		expect(radios.map((r) => r.getAttribute('aria-label'))).toEqual(['0 – totaal niet', '1', '2', '3', '4', '5', '6 – volledig']);
		expect(radios.every((r) => !(r as HTMLInputElement).checked)).toBe(true);
	});

	it('shows the current score as checked', () => {
		render(ScoreInput, { ...props, value: 4, onchange: () => {} });
		expect(screen.getByRole('radio', { name: '4' })).toBeChecked();
	});

	it('reports a chosen segment as a score', async () => {
		const onchange = vi.fn();
		render(ScoreInput, { ...props, value: undefined, onchange });
		const user = userEvent.setup();
		await user.click(screen.getByRole('radio', { name: '6 – volledig' }));
		expect(onchange).toHaveBeenLastCalledWith(6);
		await user.click(screen.getByRole('radio', { name: '2' }));
		expect(onchange).toHaveBeenLastCalledWith(2);
	});
});
