import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { computeSessionAgreement } from '$lib/engine/diagnostics/session-agreement';
import { generateSession } from '$lib/engine/diagnostics/synthetic-session';
import GroupTable from './GroupTable.svelte';

describe('GroupTable', () => {
	it('states the interval convention and the small-sample reason once, with a short warning and the candidates per row', () => {
		const result = computeSessionAgreement(generateSession({ candidates: 6, competencies: 3, exercises: 2, assessors: 3, seed: 3 }));
		if (!result.ok) throw new Error(result.reason);
		const agreement = result.value;
		const rows = agreement.byCompetency.map((r) => ({ ...r, key: r.competencyId, name: r.competencyId }));
		const { container } = render(GroupTable, { id: 'by-competency', title: 'Per competentie', what: 'Competentie', rows, method: agreement.interval });
		expect(screen.getByText(/^95%-interval: kandidaten herbemonsterd, 462 herhalingen \(elke mogelijke trekking/)).toBeInTheDocument();
		expect(screen.getAllByText(/^Rijen met minder dan 30 kandidaten zijn een ruwe indicatie/)).toHaveLength(1);
		const body = container.querySelectorAll('tbody tr');
		expect(body).toHaveLength(3);
		for (const tr of body) {
			const row = within(tr as HTMLElement);
			expect(row.getByText(/van 12, 6 kandidaten/)).toBeInTheDocument();
			expect(row.getByText('⚠ Slechts 6 kandidaten: een ruwe indicatie.')).toBeInTheDocument();
			expect(tr.textContent).not.toContain('Gebaseerd op');
		}
	});
});
