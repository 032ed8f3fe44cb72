import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import EstimateCell from './EstimateCell.svelte';

describe('EstimateCell', () => {
	it('shows a defined value with its interval in Dutch notation', () => {
		render(EstimateCell, { estimate: { ok: true, value: 0.7349 }, interval: { lower: { ok: true, value: 0.61 }, upper: { ok: true, value: 0.8 } } });
		expect(screen.getByText('0,73')).toBeInTheDocument();
		expect(screen.getByText('[0,61; 0,80]')).toBeInTheDocument();
	});
	it('shows an undefined value as undefined with the reason, never a number', () => {
		const { container } = render(EstimateCell, { estimate: { ok: false, reason: 'alle beoordelingen vallen in één categorie' } });
		expect(screen.getByText('niet bepaald')).toBeInTheDocument();
		expect(screen.getByText('alle beoordelingen vallen in één categorie')).toBeInTheDocument();
		expect(container.textContent).not.toMatch(/NaN|\d/);
	});
	it('shows shares as percentages', () => {
		render(EstimateCell, { estimate: { ok: true, value: 0.394 }, as: 'share' });
		expect(screen.getByText('39%')).toBeInTheDocument();
	});
});
