import { render, screen as view } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Harness from './ScreenBoundary.fixture.svelte';

describe('ScreenBoundary', () => {
	afterEach(() => vi.restoreAllMocks());

	it('replaces a screen that throws with a Dutch message, never the error itself', () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		render(Harness, { screen: { broken: true } });
		const alert = view.getByRole('alert');
		expect(alert).toHaveTextContent('Dit scherm liep vast');
		expect(alert).toHaveTextContent('Wat al bewaard was, blijft bewaard');
		expect(alert.textContent).not.toMatch(/undefined|TypeError|properties/);
		expect(view.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
		// Whoever investigates finds the error itself in the console, with its message first.
		expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^TypeError: Cannot read properties/), expect.any(TypeError));
	});

	it('draws the screen again on "Opnieuw proberen" once the cause is gone', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const screen = { broken: true };
		render(Harness, { screen });
		screen.broken = false;
		await userEvent.click(view.getByRole('button', { name: 'Opnieuw proberen' }));
		expect(await view.findByText('Scherm in orde')).toBeInTheDocument();
		expect(view.queryByRole('alert')).toBeNull();
	});

	it('shows a healthy screen as it is', () => {
		render(Harness, { screen: { broken: false } });
		expect(view.getByText('Scherm in orde')).toBeInTheDocument();
		expect(view.queryByRole('alert')).toBeNull();
	});
});
