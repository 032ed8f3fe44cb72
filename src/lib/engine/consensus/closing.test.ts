import { describe, expect, it } from 'vitest';
import { describeOpenCells, findOpenCells, lockRefusal } from './closing';

const names = { candidates: { c1: 'Cas', c2: 'Dina' }, competencies: { initiatief: 'Initiatief', samenwerken: 'Samenwerken' } };
const decision = (candidateId: string, competencyId: string, deletedAt?: string) => ({ candidateId, competencyId, ...(deletedAt ? { deletedAt } : {}) });

describe('findOpenCells', () => {
	it('lists every cell without a living decision, candidate by candidate', () => {
		const open = findOpenCells({
			candidateIds: ['c1', 'c2'],
			competencyIds: ['initiatief', 'samenwerken'],
			decisions: [decision('c1', 'initiatief'), decision('c2', 'samenwerken', '2026-03-02T10:00:00.000Z')]
		});
		expect(open).toEqual([
			{ candidateId: 'c1', competencyId: 'samenwerken' },
			{ candidateId: 'c2', competencyId: 'initiatief' },
			{ candidateId: 'c2', competencyId: 'samenwerken' }
		]);
	});
	it('finds nothing open when every cell is decided', () => {
		expect(findOpenCells({ candidateIds: ['c1'], competencyIds: ['initiatief'], decisions: [decision('c1', 'initiatief')] })).toEqual([]);
	});
});

describe('lockRefusal', () => {
	it('names the open cells', () => {
		const open = [{ candidateId: 'c1', competencyId: 'samenwerken' }, { candidateId: 'c2', competencyId: 'initiatief' }];
		expect(lockRefusal(open, names)).toBe('Vergrendelen kan pas als elke cel beslist is (een niveau of "geen consensus"): 2 cellen zijn nog open. Nog open: Cas – Samenwerken, Dina – Initiatief.');
		expect(lockRefusal([], names)).toBeUndefined();
	});
	it('names the first eight and counts the rest', () => {
		const open = Array.from({ length: 11 }, () => ({ candidateId: 'c1', competencyId: 'initiatief' }));
		expect(describeOpenCells(open, names)).toMatch(/ en 3 andere\.$/);
	});
});
