import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { ActionItem, TociEvaluation } from '$lib/engine/model';
import { buildTociProgress } from '$lib/engine/toci';
import AutosaveText from './AutosaveText.svelte';
import PreviousActions from './PreviousActions.svelte';
import EvaluationList from './EvaluationList.svelte';
import ProgressView from './ProgressView.svelte';

const ok = async () => ({ ok: true as const, value: null });

function action(id: string, text: string, status: ActionItem['status']): ActionItem {
	return {
		id,
		createdAt: '2026-03-01T10:00:00Z',
		updatedAt: '2026-03-01T10:00:00Z',
		vv: { d: 1 },
		planId: 'pdp1',
		planType: 'pdp',
		text,
		timespan: '4 weken',
		who: 'Yasmine',
		status,
		remarks: '',
		source: 'toci',
		order: 0,
		history: []
	};
}

function evaluation(id: string, date: string, extra: Partial<TociEvaluation> = {}): TociEvaluation {
	return {
		id,
		createdAt: `${date}T10:00:00Z`,
		updatedAt: `${date}T10:00:00Z`,
		vv: { d: 1 },
		candidateId: 'y1',
		instrumentVersionId: 'toci@1.0.0',
		date,
		mentorName: 'Mo',
		self: {},
		mentor: {},
		coach: {},
		mastered: [],
		...extra
	};
}

describe('a long example', () => {
	it('shows how much room is used and, over 2.000 tekens, says so instead of cutting or saving', async () => {
		const onsave = vi.fn(ok);
		render(AutosaveText, { id: 'ex', label: 'Mijn voorbeeld', value: 'x'.repeat(1_990), maxlength: 2000, onsave });
		expect(screen.getByText('1.990 / 2.000 tekens')).toBeInTheDocument();
		const field = screen.getByLabelText('Mijn voorbeeld');
		expect(field).not.toHaveAttribute('maxlength');
		await userEvent.type(field, '0123456789abcdef', { delay: null });
		expect((field as HTMLTextAreaElement).value).toHaveLength(2_006);
		expect(screen.getByText(/2\.006 \/ 2\.000 tekens: 6 te veel/)).toBeInTheDocument();
		expect(field).toHaveAttribute('aria-invalid', 'true');
		await new Promise((r) => setTimeout(r, 400));
		expect(onsave).not.toHaveBeenCalled();
		await userEvent.type(field, '{Backspace}'.repeat(6), { delay: null });
		await waitFor(() => expect(onsave).toHaveBeenLastCalledWith(`${'x'.repeat(1_990)}0123456789`));
	});
});

describe('PreviousActions', () => {
	it('lists the previous SMART actions with how they went and whether they are carried over', async () => {
		const onreview = vi.fn(ok);
		const oncarry = vi.fn(ok);
		render(PreviousActions, {
			previousDate: '2026-03-02',
			actions: [action('a1', 'Elke ochtend de bus van 7u30 nemen', 'volledig'), action('a2', 'Zelf vragen wat er moet gebeuren', 'niet')],
			currentActionIds: ['a2'],
			competencyName: () => undefined,
			onreview,
			oncarry
		});
		expect(screen.getByRole('heading', { name: 'Afspraken van het vorige gesprek (2 maart 2026)' })).toBeInTheDocument();
		const [bus, ask] = screen.getAllByRole('listitem');
		expect(within(bus!).getByLabelText('Gedaan')).toBeChecked();
		expect(within(bus!).getByLabelText('Meenemen naar dit gesprek')).not.toBeChecked();
		expect(within(ask!).getByLabelText('Niet gedaan')).toBeChecked();
		expect(within(ask!).getByLabelText('Meenemen naar dit gesprek')).toBeChecked();
		await userEvent.click(within(ask!).getByLabelText('Deels gedaan'));
		expect(onreview).toHaveBeenCalledWith('a2', 'deels');
		await userEvent.click(within(bus!).getByLabelText('Meenemen naar dit gesprek'));
		expect(oncarry).toHaveBeenCalledWith('a1', true);
	});

	it('says so when the previous conversation agreed no actions', () => {
		render(PreviousActions, { previousDate: '2026-03-02', actions: [], currentActionIds: [], competencyName: () => undefined, onreview: ok, oncarry: ok });
		expect(screen.getByText('In het vorige gesprek zijn geen SMART-acties afgesproken.')).toBeInTheDocument();
	});
});

describe('EvaluationList', () => {
	it('deletes a conversation only after a confirmation, and offers undo', async () => {
		const ondelete = vi.fn(ok);
		const onrestore = vi.fn(ok);
		render(EvaluationList, { youthId: 'y1', evaluations: [evaluation('e1', '2026-03-02')], ondelete, onrestore });
		await userEvent.click(screen.getByRole('button', { name: 'Gesprek van 2 maart 2026 – mentor Mo verwijderen' }));
		expect(ondelete).not.toHaveBeenCalled();
		expect(screen.getByRole('alert')).toHaveTextContent('Het gesprek van 2 maart 2026 verwijderen?');
		expect(screen.getByRole('button', { name: 'Ja, verwijderen' })).toHaveFocus();
		await userEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
		expect(ondelete).toHaveBeenCalledWith('e1');
		expect(await screen.findByText('Het gesprek van 2 maart 2026 is verwijderd.')).toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
		expect(onrestore).toHaveBeenCalledWith('e1');
	});

	it('cancelling deletes nothing', async () => {
		const ondelete = vi.fn(ok);
		render(EvaluationList, { youthId: 'y1', evaluations: [evaluation('e1', '2026-03-02')], ondelete, onrestore: ok });
		await userEvent.click(screen.getByRole('button', { name: /verwijderen$/ }));
		await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
		expect(ondelete).not.toHaveBeenCalled();
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
	});
});

describe('ProgressView', () => {
	it('puts each doorstroom decision under the date of its own conversation (three conversations)', () => {
		const scale = {
			levels: [
				{ id: 'nog-niet', value: 1, label: 'Nog niet verworven', youthLabel: 'Nog niet' },
				{ id: 'altijd', value: 2, label: 'Verworven', youthLabel: 'Altijd' }
			],
			competencies: [{ id: 'stiptheid', name: 'Stiptheid' }]
		};
		const progress = buildTociProgress(scale, [
			evaluation('e3', '2026-09-01', { mentor: { stiptheid: { levelId: 'altijd', text: '' } }, decision: { outcome: 'stage-naar-oao', phase: 'arbeidsrijp', reason: 'r' } }),
			evaluation('e1', '2026-03-02', { mentor: { stiptheid: { levelId: 'nog-niet', text: '' } }, decision: { outcome: 'blijven', phase: 'arbeidsbereid', reason: 'r' } }),
			evaluation('e2', '2026-06-15', { mentor: { stiptheid: { levelId: 'altijd', text: '' } }, mastered: ['stiptheid'] })
		]);
		render(ProgressView, { progress, levels: scale.levels });
		const table = screen.getByRole('table');
		const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent?.trim());
		expect(headers).toEqual(['Competentie', '2 mrt 2026', '15 jun 2026', '1 sep 2026', 'Verschil mentor']);
		const decisionRow = within(table).getByRole('rowheader', { name: 'Besluit' }).closest('tr')!;
		const cells = within(decisionRow).getAllByRole('cell').map((c) => c.textContent?.trim());
		expect(cells.slice(0, 3)).toEqual([
			'Blijven op de huidige stageplaats · Arbeidsbereid (stage)',
			'—',
			'Van stage naar een overeenkomst alternerende opleiding (OAO) · Arbeidsrijp (OAO)'
		]);
		const mastered = within(table).getByRole('rowheader', { name: 'Verworven' }).closest('tr')!;
		expect(within(mastered).getAllByRole('cell').map((c) => c.textContent?.trim()).slice(0, 3)).toEqual(['0 van 1', '1 van 1', '0 van 1']);
	});
});

describe('text over the limit', () => {
	it('is kept on this device when the field is left, and comes back when it opens again, until a text that fits is saved', async () => {
		localStorage.clear();
		const onsave = vi.fn(ok);
		const first = render(AutosaveText, { id: 'lang', label: 'Mijn voorbeeld', value: 'x'.repeat(1_995), maxlength: 2000, onsave });
		await userEvent.type(screen.getByLabelText('Mijn voorbeeld'), ' en nog meer', { delay: null });
		expect(screen.getByText(/blijft op dit toestel staan/)).toBeInTheDocument();
		// Leaving the step or the screen: the field goes away with its text over the limit.
		first.unmount();
		expect(onsave).not.toHaveBeenCalled();

		render(AutosaveText, { id: 'lang', label: 'Mijn voorbeeld', value: 'x'.repeat(1_995), maxlength: 2000, onsave });
		const field = screen.getByLabelText('Mijn voorbeeld') as HTMLTextAreaElement;
		expect(field.value).toBe(`${'x'.repeat(1_995)} en nog meer`);
		expect(screen.getByText(/2\.007 \/ 2\.000 tekens: 7 te veel/)).toBeInTheDocument();

		await userEvent.type(field, '{Backspace}'.repeat(9), { delay: null });
		await waitFor(() => expect(onsave).toHaveBeenLastCalledWith(`${'x'.repeat(1_995)} en`));
		await waitFor(() => expect(localStorage.length).toBe(0));
	});
});
