import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import BlindStatus from './BlindStatus.svelte';

const names = { assessors: { a1: 'An Peeters', a2: 'Bram Wouters' }, exercises: { e1: 'Magazijn' } };
const magazijn = { exerciseId: 'e1', assessorIds: ['a1', 'a2'], submittedIds: ['a1'], absentIds: [], viewerMaySee: false };

describe('BlindStatus', () => {
	it('says which exercise is still blind and who submitted it: status, not content', () => {
		render(BlindStatus, { blindExercises: [magazijn], viewerId: 'a2', names, what: 'de rapporten' });
		const status = screen.getByRole('region', { name: 'Nog blind' });
		expect(status.textContent).toContain('In de rapporten zie je van deze oefeningen alleen je eigen werk');
		expect(status.textContent).toContain('Magazijn: ingediend door An Peeters; nog niet door Bram Wouters.');
	});

	it('tells a tablet with nobody chosen that it waits for every assessor', () => {
		render(BlindStatus, { blindExercises: [magazijn], viewerId: undefined, names, what: 'de overeenstemming en de export' });
		expect(screen.getByRole('region', { name: 'Nog blind' }).textContent).toContain('pas als elke assessor ervan heeft ingediend');
	});

	it('shows nothing when nothing is blind', () => {
		render(BlindStatus, { blindExercises: [], viewerId: 'a1', names, what: 'de rapporten' });
		expect(screen.queryByRole('region', { name: 'Nog blind' })).toBeNull();
	});
});
