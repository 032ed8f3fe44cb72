import { describe, expect, it } from 'vitest';
import { assessorMarks, noteCountMarks } from './sam-marks';

describe('what a SAM cell shows besides its text', () => {
	it('counts an assessor’s notes per cell and leaves empty cells unmarked', () => {
		const marks = noteCountMarks(new Map([['i1|goed', 2], ['i1|matig', 1], ['i2|goed', 0]]));
		expect([...marks]).toEqual([
			['i1|goed', { text: '2 notities' }],
			['i1|matig', { text: '1 notitie' }]
		]);
		expect(noteCountMarks(undefined).size).toBe(0);
	});

	it('shows the initials of whoever pointed at a cell and reads out their names', () => {
		const names: Record<string, string> = { a1: 'An Peeters', a2: 'bert janssens' };
		const grid = [
			{
				indicatorId: 'i1',
				behaviour: 'Ziet werk',
				cells: [
					{ levelId: 'goed' as const, text: 'Ziet werk', assessorIds: ['a1', 'a2'] },
					{ levelId: 'matig' as const, text: 'Ziet soms werk', assessorIds: [] }
				]
			}
		];
		expect([...assessorMarks(grid, (id) => names[id] ?? 'Onbekende assessor')]).toEqual([
			['i1|goed', { text: 'AP BJ', label: 'gekozen door An Peeters, bert janssens' }]
		]);
	});
});
