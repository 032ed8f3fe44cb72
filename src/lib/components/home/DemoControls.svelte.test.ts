import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import DemoControls from './DemoControls.svelte';
import type { LoadDemoResult } from '$lib/db/demo';

const SESSION_ID = '6f0c8e4a-1b2c-4d3e-8f90-123456789abc';
const loaded: LoadDemoResult = {
	sessionId: SESSION_ID,
	added: true,
	counts: { sessions: 1, assessors: 3, exercises: 3, candidates: 6, assignments: 54, observations: 561, classifications: 514, ratings: 342 }
};

describe('DemoControls', () => {
	it('loads the demo and reports what was loaded', async () => {
		const onload = vi.fn(async () => loaded);
		render(DemoControls, { demoSessionId: undefined, onload, onremove: vi.fn() });
		expect(screen.queryByRole('button', { name: 'Demo-assessment verwijderen' })).toBeNull();
		await userEvent.click(screen.getByRole('button', { name: 'Demo-assessment laden' }));
		expect(onload).toHaveBeenCalledOnce();
		expect(screen.getByRole('status')).toHaveTextContent('Het demo-assessment staat klaar: 6 kandidaten, 3 assessoren, 3 oefeningen, 561 notities en 342 beoordelingen.');
	});

	it('links to the demo session and asks inline before removing', async () => {
		const onremove = vi.fn(async () => ({ removed: { sessions: 1 } }));
		render(DemoControls, { demoSessionId: SESSION_ID, onload: vi.fn(), onremove });
		expect(screen.getByRole('link', { name: 'Open het demo-assessment' })).toHaveAttribute('href', `/sessies/${SESSION_ID}`);

		await userEvent.click(screen.getByRole('button', { name: 'Demo-assessment verwijderen' }));
		expect(onremove).not.toHaveBeenCalled();
		const confirm = screen.getByRole('button', { name: 'Ja, demo verwijderen' });
		expect(confirm).toHaveFocus();
		await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
		expect(screen.queryByRole('button', { name: 'Ja, demo verwijderen' })).toBeNull();
		expect(screen.getByRole('button', { name: 'Demo-assessment verwijderen' })).toHaveFocus();

		await userEvent.click(screen.getByRole('button', { name: 'Demo-assessment verwijderen' }));
		await userEvent.click(screen.getByRole('button', { name: 'Ja, demo verwijderen' }));
		expect(onremove).toHaveBeenCalledOnce();
		expect(screen.getByRole('status')).toHaveTextContent('Het demo-assessment is verwijderd.');
	});

	it('shows a failure in Dutch, without internals, and keeps the buttons usable', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const onload = vi.fn(async () => {
			throw new DOMException('Encountered full disk while opening backing store', 'QuotaExceededError');
		});
		render(DemoControls, { demoSessionId: undefined, onload, onremove: vi.fn() });
		await userEvent.click(screen.getByRole('button', { name: 'Demo-assessment laden' }));
		expect(screen.getByRole('status')).toHaveTextContent('Het demo-assessment kon niet geladen worden. Je eigen gegevens zijn niet aangeraakt');
		expect(screen.getByRole('status').textContent).not.toMatch(/Quota|disk|backing/);
		expect(screen.getByRole('button', { name: 'Demo-assessment laden' })).toBeEnabled();
	});

	it('waits with the buttons until it is known whether the demo is there', () => {
		render(DemoControls, { demoSessionId: null, onload: vi.fn(), onremove: vi.fn() });
		expect(screen.getByRole('button', { name: 'Demo-assessment laden' })).toBeDisabled();
	});
});
