import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../model/plan';
import { carryOverChecklistActions } from './checklist-actions';
import { computeChangeVsBaseline, computeOverallChange, describeOverallChange } from './checklist-change';
import type { ResolvedItemScore } from './checklist-scoring';

const row = (id: string, order: number, status: ActionItem['status'], remarks = '', extra: Partial<ActionItem> = {}): ActionItem => ({
	id,
	createdAt: '2026-01-15T10:00:00Z',
	updatedAt: '2026-01-15T10:00:00Z',
	vv: { d: 1 },
	planId: 'm1',
	planType: 'checklist',
	text: `Actie ${id}`,
	timespan: 'tegen juni',
	who: 'Directie',
	status,
	remarks,
	source: 'manual',
	order,
	history: [],
	...extra
});

describe('the action plan carries into the repeat measurement', () => {
	it('takes the actions not done yet, in table order, with status and where they came from', () => {
		const carried = carryOverChecklistActions(
			[row('b', 1, 'deels', 'Half gedaan'), row('a', 0, 'niet'), row('c', 2, 'volledig'), row('d', 3, 'niet', '', { deletedAt: '2026-02-01T00:00:00Z' })],
			'de meting van 15 januari 2026',
			2000
		);
		expect(carried.map((c) => [c.text, c.status, c.order, c.remarks])).toEqual([
			['Actie a', 'niet', 0, 'Overgenomen uit de meting van 15 januari 2026.'],
			['Actie b', 'deels', 1, 'Overgenomen uit de meting van 15 januari 2026. Half gedaan']
		]);
	});

	it('never cuts what the team wrote to make room for the note', () => {
		const long = 'x'.repeat(1_990);
		expect(carryOverChecklistActions([row('a', 0, 'niet', long)], 'de meting van 15 januari 2026', 2000)[0]!.remarks).toBe(long);
	});
});

describe('the overall change against the nulmeting', () => {
	const score = (itemId: string, value: number | undefined): ResolvedItemScore => ({ itemId, number: Number(itemId), text: itemId, score: value, source: value === undefined ? undefined : 'team', missingReason: value === undefined ? 'nog niet gescoord' : undefined });

	it('is the mean of the item changes over the items scored in both, saying over how many', () => {
		const changes = computeChangeVsBaseline([score('1', 1), score('2', 3), score('3', undefined), score('4', 2)], [score('1', 3), score('2', 2), score('3', 6), score('4', 4)]);
		const overall = computeOverallChange(changes);
		expect(overall).toEqual({ mean: 1, paired: 3, total: 4 });
		expect(describeOverallChange(overall)).toBe('+1 punt gemiddeld per item, over 3 van 4 items (die in beide metingen een score hebben)');
		expect(describeOverallChange({ mean: -0.25, paired: 4, total: 4 })).toBe('−0,3 punt gemiddeld per item, over alle 4 items');
		expect(describeOverallChange(computeOverallChange([]))).toBe('niet te berekenen: geen item heeft een score in beide metingen');
	});
});
