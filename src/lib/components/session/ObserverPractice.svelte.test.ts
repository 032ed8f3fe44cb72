import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import SessionHeader from './SessionHeader.svelte';
import PeopleSetup from './PeopleSetup.svelte';
import RateScreen from '$lib/components/rate/RateScreen.svelte';
import type { AssessmentSession, Assessor } from '$lib/engine/model';

const at = '2026-03-02T10:00:00.000Z';
const meta = { createdAt: at, updatedAt: at, deviceId: 'd', vv: {} };
const person = (id: string, name: string): Assessor => ({ id, name, ...meta }) as Assessor;
const AN = person('a1', 'An Peeters');
const OLGA = person('o1', 'Olga Janssens');
const session = {
	id: 's1',
	...meta,
	name: 'AC voorjaar',
	location: 'Gent',
	days: [],
	rubricVersionId: 'done-profiel@1.0.0',
	competencyIds: ['initiatief'],
	assessorIds: [AN.id],
	leadAssessorId: AN.id,
	observerIds: [OLGA.id]
} as unknown as AssessmentSession;

function header(currentId: string | undefined) {
	return render(SessionHeader, { session, assessors: [AN], observers: [OLGA], currentId, title: 'Beoordelen: Magazijn', onassessor: vi.fn(async () => ({ ok: true as const })) });
}

describe('an observer-in-training on the session screens', () => {
	it('is listed under "Ik ben" apart, marked as oefening', () => {
		header(undefined);
		const group = screen.getByRole('group', { name: 'Observator in opleiding (oefening)' });
		expect(within(group).getByRole('option', { name: 'Olga Janssens (oefening)' })).toBeInTheDocument();
	});

	it('sees every screen clearly marked as practice, and an assessor does not', () => {
		const { unmount } = header(OLGA.id);
		const note = screen.getByRole('note', { name: 'Oefening' });
		expect(note).toHaveTextContent('Je notities en beoordelingen tellen nergens mee en de assessoren zien ze niet.');
		unmount();
		header(AN.id);
		expect(screen.queryByRole('note', { name: 'Oefening' })).toBeNull();
	});

	it('rates with practice texts: submitting opens nothing for the assessors', () => {
		render(RateScreen, {
			exercise: { id: 'e1' },
			candidates: [],
			competencies: [],
			notes: [],
			classifications: [],
			ratings: [],
			assessorId: OLGA.id,
			assessors: [AN],
			practice: true,
			onrate: vi.fn(async () => []),
			onclear: vi.fn(async () => []),
			onsubmit: vi.fn(async () => [])
		});
		expect(screen.getByText(/Oefening, blind/)).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: 'Oefening indienen' })).toBeInTheDocument();
		expect(screen.getByText(/Het indienen opent niets voor de assessoren/)).toBeInTheDocument();
	});

	it('set-up names observers besides the assessors, and refuses a bad name in Dutch', async () => {
		const onadd = vi.fn(async (name: string) => (name.trim() ? [] : ['Naam mag niet leeg zijn.']));
		const onremove = vi.fn();
		render(PeopleSetup, { role: 'observer', people: [OLGA], onadd, onremove });
		await userEvent.click(screen.getByRole('button', { name: 'Observator toevoegen' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Niet toegevoegd: Naam mag niet leeg zijn.');
		await userEvent.type(screen.getByLabelText('Naam van de observator in opleiding'), 'Sam');
		await userEvent.click(screen.getByRole('button', { name: 'Observator toevoegen' }));
		expect(onadd).toHaveBeenLastCalledWith('Sam');
		await userEvent.click(screen.getByRole('button', { name: 'Olga Janssens weghalen als observator' }));
		expect(onremove).toHaveBeenCalledWith(OLGA.id);
	});
});
