import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AutosaveText from './AutosaveText.svelte';

describe('AutosaveText', () => {
	it('saves what is typed within 300 ms and says so', async () => {
		const onsave = vi.fn(async () => ({ ok: true as const, value: null }));
		render(AutosaveText, { id: 'x', label: 'Mijn voorbeeld', value: '', maxlength: 2000, onsave });
		await userEvent.type(screen.getByLabelText('Mijn voorbeeld'), 'Op tijd');
		await waitFor(() => expect(onsave).toHaveBeenLastCalledWith('Op tijd'), { timeout: 300 });
		expect(await screen.findByText('Bewaard')).toBeInTheDocument();
		expect(onsave.mock.calls.length).toBeLessThan('Op tijd'.length);
	});

	it('shows the Dutch problem when the save is refused', async () => {
		const onsave = vi.fn(async () => ({ ok: false as const, problems: ['De tekst is te lang (maximaal 2000 tekens).'] }));
		render(AutosaveText, { id: 'y', label: 'Wat zag je?', value: 'begin', maxlength: 2000, onsave });
		await userEvent.type(screen.getByLabelText('Wat zag je?'), '!');
		expect(await screen.findByText('De tekst is te lang (maximaal 2000 tekens).')).toBeInTheDocument();
	});

	it('saves a pending change when the page is hidden', async () => {
		const onsave = vi.fn(async () => ({ ok: true as const, value: null }));
		render(AutosaveText, { id: 'z', label: 'Reden', value: '', maxlength: 2000, onsave });
		await userEvent.type(screen.getByLabelText('Reden'), 'a', { delay: null });
		window.dispatchEvent(new Event('pagehide'));
		expect(onsave).toHaveBeenCalledWith('a');
	});
});
