import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import FinalAssessmentForm from './FinalAssessmentForm.svelte';

const rows = [
	{ competencyId: 'initiatief', name: 'Initiatief', level: 'goed' as const },
	{ competencyId: 'samenwerken', name: 'Samenwerken', level: 'matig' as const },
	{ competencyId: 'nauwkeurigheid', name: 'Nauwkeurigheid', level: 'zeer-goed' as const }
];

function setUp() {
	const onsave = vi.fn(async () => ({ ok: true as const, value: null }));
	render(FinalAssessmentForm, { candidateId: 'c1', candidateName: 'Cas', rows, assessment: undefined, writtenBy: undefined, writtenOn: undefined, onsave });
	return onsave;
}

describe('FinalAssessmentForm', () => {
	it('proposes goed and zeer goed as sterke punten and matig as groeipunt', () => {
		setUp();
		const strengths = screen.getByRole('group', { name: 'Sterke punten' });
		const growth = screen.getByRole('group', { name: 'Groeipunten' });
		expect(screen.getByRole('checkbox', { name: /Initiatief/ })).toBeChecked();
		expect(strengths).toHaveTextContent('Initiatief (goed)');
		expect(strengths).toHaveTextContent('Nauwkeurigheid (zeer goed)');
		expect(growth).toHaveTextContent('Samenwerken (matig)');
		expect(screen.getByText('Nog nodig voor het rapport: een advies en een motivatie.')).toBeInTheDocument();
	});

	it('saves the advice at once, the motivation as typed and a point taken off', async () => {
		const onsave = setUp();
		await userEvent.click(screen.getByRole('radio', { name: /Bijna doorstroomklaar/ }));
		expect(onsave).toHaveBeenCalledWith({ advice: 'bijna-doorstroomklaar' });
		expect(await screen.findByText('Advies bewaard.')).toBeInTheDocument();
		await userEvent.type(screen.getByLabelText('Motivatie'), 'Ziet zelf werk');
		await waitFor(() => expect(onsave).toHaveBeenLastCalledWith({ motivation: 'Ziet zelf werk' }), { timeout: 500 });
		await userEvent.click(screen.getByRole('checkbox', { name: /Nauwkeurigheid/ }));
		expect(onsave).toHaveBeenLastCalledWith({ strengthIds: ['initiatief'] });
	});

	it('shows a refused save in Dutch', async () => {
		const onsave = vi.fn(async () => ({ ok: false as const, problems: ['Alleen de hoofdassessor schrijft de eindbeoordeling.'] }));
		render(FinalAssessmentForm, { candidateId: 'c1', candidateName: 'Cas', rows, assessment: undefined, writtenBy: undefined, writtenOn: undefined, onsave });
		await userEvent.click(screen.getByRole('radio', { name: /^Doorstroomklaar/ }));
		expect(await screen.findByRole('alert')).toHaveTextContent('Alleen de hoofdassessor schrijft de eindbeoordeling.');
	});
});
