import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { compareSelfAndMentor } from '$lib/engine/toci';
import ComparisonView from './ComparisonView.svelte';

const scale = {
	levels: [
		{ id: 'nog-niet', value: 1, label: 'Nog niet verworven', youthLabel: 'Nog niet' },
		{ id: 'soms', value: 2, label: 'In ontwikkeling', youthLabel: 'Soms' },
		{ id: 'altijd', value: 3, label: 'Verworven', youthLabel: 'Altijd' }
	],
	competencies: [
		{ id: 'stiptheid', name: 'Stiptheid' },
		{ id: 'samenwerken', name: 'Samenwerken' }
	]
};

describe('ComparisonView', () => {
	it('puts the youth next to the mentor and lists the differences as talking points', () => {
		const rows = compareSelfAndMentor(scale, {
			self: { stiptheid: { levelId: 'altijd', text: '<script>alert(1)</script>' }, samenwerken: { levelId: 'soms', text: '' } },
			mentor: { stiptheid: { levelId: 'nog-niet', text: 'Drie keer te laat.' }, samenwerken: { levelId: 'soms', text: '' } },
			coach: {}
		});
		render(ComparisonView, { rows, levels: scale.levels, showCoach: false });
		const points = screen.getByRole('heading', { name: 'Gespreksonderwerpen' }).parentElement!;
		expect(within(points).getAllByRole('listitem')).toHaveLength(1);
		expect(within(points).getByRole('listitem')).toHaveTextContent('Stiptheid: de jongere schat zich 2 stappen hoger in dan de mentor');
		const row = screen.getByRole('row', { name: /Stiptheid/ });
		expect(row).toHaveTextContent('Altijd');
		expect(row).toHaveTextContent('Nog niet verworven');
		expect(row).toHaveTextContent('<script>alert(1)</script>');
		expect(screen.getByText('telt niet mee', { exact: false })).toBeInTheDocument();
	});
});
