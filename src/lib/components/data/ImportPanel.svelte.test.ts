import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { BundleError, type Bundle, type ImportPreview } from '$lib/engine/exchange';
import ImportPanel from './ImportPanel.svelte';

const bundle: Bundle = {
	format: 'wakker-bundle',
	formatVersion: 1,
	kind: 'assessor-work',
	createdAt: '2026-03-06T16:00:00.000Z',
	deviceId: 'b',
	records: {},
	erasures: []
};
const zero = { add: 0, update: 0, unchanged: 0, 'keep-local': 0, conflict: 0, erased: 0, refused: 0 };
const preview: ImportPreview = {
	rows: [{ table: 'observations', label: 'Notities', counts: { ...zero, add: 12, conflict: 1 } }],
	totals: { ...zero, add: 12, conflict: 1 },
	conflicts: [{ table: 'observations', id: 'x', label: 'Notities', local: 'hier', incoming: 'daar' }],
	newErasures: 0,
	draftsLeftOut: 2,
	changesNothing: false
};
const file = () => new File(['{}'], 'werk.json', { type: 'application/json' });

function setup(read: (file: File, passphrase?: string) => Promise<unknown>) {
	const apply = vi.fn(async () => ({ preview, erasedHere: 0 }));
	render(ImportPanel, {
		read: read as never,
		preview: async () => preview,
		apply,
		describeRestore: async () => ({ rows: [], staysErased: [], leftOutRecords: 0 }),
		restore: async () => undefined
	});
	return { apply };
}

describe('ImportPanel', () => {
	it('asks for the passphrase of an encrypted file, shows the preview, then imports', async () => {
		const user = userEvent.setup();
		const read = vi.fn(async (_file: File, passphrase?: string) => (passphrase ? { status: 'ok', bundle } : { status: 'needs-passphrase' }));
		const { apply } = setup(read);
		await user.upload(screen.getByLabelText('Kies een WAKKER-bestand (.json)'), file());
		await user.type(await screen.findByLabelText('Dit bestand is versleuteld. Wachtwoord'), 'geheim123');
		await user.click(screen.getByRole('button', { name: 'Openen' }));
		expect(read).toHaveBeenLastCalledWith(expect.any(File), 'geheim123');
		expect(await screen.findByRole('heading', { name: 'Voorbeeld: Werk van een assessor' })).toBeInTheDocument();
		expect(screen.getByText(/1 conflict\(en\):/)).toBeInTheDocument();
		expect(screen.getByText(/2 beoordelingen in dit bestand zijn nog niet ingediend en worden niet ingeladen/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Inladen' }));
		expect(apply).toHaveBeenCalledWith(bundle);
		expect(await screen.findByText('Ingeladen: 12 nieuw, 0 bijgewerkt, 1 conflict(en).')).toBeInTheDocument();
	});

	it('shows why a file is refused and offers nothing to import', async () => {
		const user = userEvent.setup();
		const { apply } = setup(async () => {
			throw new BundleError('newer-version', 'Dit bestand komt uit een nieuwere versie van WAKKER. Er is niets ingeladen.');
		});
		await user.upload(screen.getByLabelText('Kies een WAKKER-bestand (.json)'), file());
		expect(await screen.findByRole('alert')).toHaveTextContent('nieuwere versie');
		expect(screen.queryByRole('button', { name: 'Inladen' })).toBeNull();
		expect(apply).not.toHaveBeenCalled();
	});
});
