import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import StorageStatus from './StorageStatus.svelte';

describe('StorageStatus', () => {
	it('says plainly what a browser without the storage API means, and where to make a back-up', () => {
		render(StorageStatus, {
			estimate: { ok: false, reason: 'Deze browser geeft geen schatting van de gebruikte opslag.' },
			persisted: undefined,
			onrequestpersist: vi.fn()
		});
		const text = document.querySelector('.storage')!.textContent!.replace(/\s+/g, ' ');
		expect(text).toContain('deze browser zegt niet hoeveel de app bewaart en belooft niet dat de gegevens blijven staan');
		expect(text).not.toContain('onbekend');
		expect(screen.getByRole('link', { name: 'Gegevens' })).toHaveAttribute('href', '/gegevens');
		expect(screen.queryByRole('button')).toBeNull();
	});

	it('shows the usage and offers to ask for persistent storage where the browser has the API', () => {
		render(StorageStatus, {
			estimate: { ok: true, usageBytes: 2_000_000, quotaBytes: 0, usedShare: undefined },
			persisted: false,
			onrequestpersist: vi.fn()
		});
		expect(document.querySelector('.storage')!.textContent!.replace(/\s+/g, ' ')).toMatch(/Opslag: .* gebruikt, blijvend bewaard: nee\./);
		expect(screen.getByRole('button', { name: 'Vraag blijvende opslag' })).toBeInTheDocument();
	});
});
