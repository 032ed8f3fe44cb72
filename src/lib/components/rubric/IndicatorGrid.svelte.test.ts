import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import IndicatorGrid from './IndicatorGrid.svelte';

const rows = [
	{ id: 'werk-zien', behaviour: 'Werk zien', levels: { onvoldoende: 'a1', matig: 'a2', goed: 'a3', 'zeer-goed': 'a4' } },
	{ id: 'melden', behaviour: 'Melden', levels: { onvoldoende: 'b1', matig: 'b2', goed: 'b3', 'zeer-goed': 'b4' } }
];

describe('IndicatorGrid', () => {
	it('is a table with a row header per behaviour and one cell per SAM level, in order', () => {
		render(IndicatorGrid, { competencyName: 'Initiatief', rows });
		const table = screen.getByRole('table', { name: 'Gedragsindicatoren Initiatief' });
		expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Gedrag', 'Onvoldoende', 'Matig', 'Goed', 'Zeer goed']);
		expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Werk zien', 'Melden']);
		expect(within(table).getAllByRole('cell').map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'Onvoldoende a1', 'Matig a2', 'Goed a3', 'Zeer goed a4', 'Onvoldoende b1', 'Matig b2', 'Goed b3', 'Zeer goed b4'
		]);
	});
});
