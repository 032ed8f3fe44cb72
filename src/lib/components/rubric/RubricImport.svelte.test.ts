import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import RubricImport from './RubricImport.svelte';
import type { RubricImportResult } from '$lib/db/rubrics.repo';
import type { RubricVersionRecord } from '$lib/db/db';

const record = { id: 'eigen@1.0.0', title: 'Eigen profiel' } as RubricVersionRecord;

describe('RubricImport', () => {
	it('reads the chosen file and lists the problems of a refused file', async () => {
		const onImport = vi.fn(async (): Promise<RubricImportResult> => ({ ok: false, problems: ['eigen.json: title: ontbreekt (verwacht tekst)'] }));
		const onImported = vi.fn();
		render(RubricImport, { onImport, onImported });
		await userEvent.upload(screen.getByLabelText('Kies een rubriekbestand (.json)'), new File(['{"kind":"x"}'], 'eigen.json', { type: 'application/json' }));
		expect(await screen.findByText('eigen.json: title: ontbreekt (verwacht tekst)')).toBeInTheDocument();
		expect(screen.getByText('Dit bestand is niet ingelezen; er is niets veranderd.')).toBeInTheDocument();
		expect(onImport).toHaveBeenCalledWith('{"kind":"x"}', 'eigen.json');
		expect(onImported).not.toHaveBeenCalled();
	});

	it('tells that a new version was stored and links to it', async () => {
		const onImport = vi.fn(async (): Promise<RubricImportResult> => ({ ok: true, record, added: true, message: 'Eigen profiel (versie 1.0.0) is toegevoegd.' }));
		const onImported = vi.fn();
		render(RubricImport, { onImport, onImported });
		await userEvent.upload(screen.getByLabelText('Kies een rubriekbestand (.json)'), new File(['{}'], 'eigen.json'));
		expect(await screen.findByText('Eigen profiel (versie 1.0.0) is toegevoegd.')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Bekijk Eigen profiel' })).toHaveAttribute('href', '/rubrieken/bekijk?versie=eigen%401.0.0');
		expect(onImported).toHaveBeenCalledWith(record);
	});

	it('shows a file name with markup as text', async () => {
		const onImport = vi.fn(async (_text: string, fileName: string): Promise<RubricImportResult> => ({ ok: false, problems: [`${fileName}: geen geldige JSON.`] }));
		render(RubricImport, { onImport });
		await userEvent.upload(screen.getByLabelText('Kies een rubriekbestand (.json)'), new File(['x'], '<img src=x onerror=alert(1)>.json'));
		expect(await screen.findByText('<img src=x onerror=alert(1)>.json: geen geldige JSON.')).toBeInTheDocument();
		expect(document.querySelector('img')).toBeNull();
	});
});
