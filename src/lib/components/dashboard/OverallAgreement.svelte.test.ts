import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { computeSessionAgreement } from '$lib/engine/diagnostics/session-agreement';
import { generateSession } from '$lib/engine/diagnostics/synthetic-session';
import OverallAgreement from './OverallAgreement.svelte';

function agreementOf(candidates: number) {
	const result = computeSessionAgreement(generateSession({ candidates, competencies: 4, exercises: 2, assessors: 3, seed: 3 }));
	if (!result.ok) throw new Error(result.reason);
	return result.value;
}

describe('OverallAgreement', () => {
	it('states how the intervals were made in one line and warns by the number of candidates', () => {
		const agreement = agreementOf(6);
		const { container } = render(OverallAgreement, { group: agreement.overall, method: agreement.interval });
		expect(screen.getByTestId('interval-method')).toHaveTextContent(
			'95%-interval: kandidaten herbemonsterd, 462 herhalingen (elke mogelijke trekking uit de 6 kandidaten één keer, met haar kans).'
		);
		expect(container.textContent).toContain('48 eenheden van 6 kandidaten');
		expect(screen.getByText(/^Gebaseerd op 48 eenheden van 6 kandidaten\. Scores over dezelfde kandidaat hangen samen/)).toBeInTheDocument();
		expect(container.textContent).not.toMatch(/slechts \d+ beoordeelde eenheden|NaN|undefined/);
	});

	it('with 30 candidates or more: random resamples with their seed, and no small-sample warning', () => {
		const agreement = agreementOf(30);
		const { container } = render(OverallAgreement, { group: agreement.overall, method: agreement.interval });
		expect(screen.getByTestId('interval-method')).toHaveTextContent('95%-interval: kandidaten herbemonsterd, 10.000 herhalingen (seed 20260101).');
		expect(container.textContent).not.toContain('Gebaseerd op');
	});
});
