import { describe, expect, it } from 'vitest';
import { leaveOutErased } from './erasure';

const CAND = 'c1';
describe('leaveOutErased', () => {
	it('leaves out an erased candidate, their notes, the classifications of those notes and conflict copies of them', () => {
		const records = {
			candidates: [{ id: CAND, name: 'Jonas' }, { id: 'c2', name: 'Lotte' }],
			observations: [{ id: 'n1', candidateId: CAND }, { id: 'n2', candidateId: 'c2' }],
			classifications: [{ id: 'k1', observationId: 'n1' }, { id: 'k2', observationId: 'n2' }],
			conflicts: [{ id: 'x', table: 'observations', recordId: 'n1', incoming: { id: 'n1', candidateId: CAND } }],
			settings: [{ key: 'theme', value: 'licht' }]
		};
		const { kept, leftOut } = leaveOutErased(records, [CAND]);
		expect(kept.candidates).toEqual([{ id: 'c2', name: 'Lotte' }]);
		expect(kept.observations!.map((r) => r.id)).toEqual(['n2']);
		expect(kept.classifications!.map((r) => r.id)).toEqual(['k2']);
		expect(kept.conflicts).toEqual([]);
		expect(kept.settings).toEqual(records.settings);
		expect(Object.fromEntries(Object.entries(leftOut).map(([t, rows]) => [t, rows.map((r) => r.id)]))).toEqual({
			candidates: [CAND],
			observations: ['n1'],
			classifications: ['k1']
		});
	});
});
