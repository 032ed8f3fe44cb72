import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import type { ActionItem } from '$lib/engine/model';
import { fixturePdpSchema } from '$lib/engine/report/report.fixture';
import ActionFollowUp from './ActionFollowUp.svelte';

function action(partial: Partial<ActionItem>): ActionItem {
	return {
		id: crypto.randomUUID(),
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		vv: { d: 1 },
		planId: '00000000-0000-4000-8000-000000000001',
		planType: 'pdp',
		text: 'Proberen beter samen te werken',
		timespan: '',
		who: '',
		status: 'niet',
		remarks: '',
		source: 'toci',
		order: 0,
		history: [],
		...partial
	};
}

describe('ActionFollowUp', () => {
	it('gives gentle SMART tips for what is missing and shows the history', () => {
		const a = action({ history: [{ at: '2026-04-01T10:00:00.000Z', status: 'deels', remark: '<b>half</b> gedaan' }] });
		render(ActionFollowUp, { actions: [a], schema: fixturePdpSchema() });
		const card = screen.getByRole('heading', { name: /^Actie 1:/ }).closest('li')!;
		expect(within(card).getByText('uit TOCI')).toBeInTheDocument();
		expect(within(card).getByText(/Begin met een werkwoord/)).toBeInTheDocument();
		expect(within(card).getByText(/Wie doet het\?/)).toBeInTheDocument();
		const history = within(card).getByRole('table', { name: 'Geschiedenis van actie 1' });
		expect(within(history).getByText('1 april 2026')).toBeInTheDocument();
		expect(within(history).getByText('<b>half</b> gedaan')).toBeInTheDocument();
	});

	it('dates a follow-up with the day of its coaching session, not the day it was typed in', () => {
		const a = action({ history: [{ at: '2026-04-20T10:00:00.000Z', date: '2026-04-14', status: 'volledig', remark: '' }] });
		render(ActionFollowUp, { actions: [a], schema: fixturePdpSchema() });
		expect(within(screen.getByRole('table', { name: 'Geschiedenis van actie 1' })).getByText('14 april 2026')).toBeInTheDocument();
	});
});
