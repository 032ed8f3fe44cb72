import { describe, expect, it } from 'vitest';
import type { TargetJob } from '../rubric/target-profile.schema';
import { suggestCompetencies } from './competency-suggestion';

const job = (name: string, levels: Record<string, TargetJob['requirements'][number]['level']>): TargetJob => ({
	id: name.toLowerCase(),
	job: name,
	sector: 'Test',
	tasks: '',
	provenance: 'project',
	requirements: Object.entries(levels).map(([competencyId, level]) => ({ competencyId, level, reason: 'Reden.' }))
});
const ORDER = ['samenwerken', 'initiatief', 'nauwkeurigheid', 'voorkomen'];

describe('suggestCompetencies', () => {
	const magazijn = job('Magazijnmedewerker', { samenwerken: 'goed', initiatief: 'matig', nauwkeurigheid: 'zeer-goed', voorkomen: 'niet-van-belang' });
	const keuken = job('Keukenhulp', { samenwerken: 'matig', initiatief: 'niet-van-belang', nauwkeurigheid: 'goed', voorkomen: 'niet-van-belang' });

	it('suggests what the jobs ask and is not chosen yet: most jobs first, then the highest level', () => {
		const s = suggestCompetencies([magazijn, keuken], [], ORDER);
		expect(s.toAdd.map((x) => [x.competencyId, x.highest, x.jobs.length])).toEqual([
			['nauwkeurigheid', 'zeer-goed', 2],
			['samenwerken', 'goed', 2],
			['initiatief', 'matig', 1]
		]);
		expect(s.toAdd[1]!.words).toBe('Magazijnmedewerker vraagt goed; Keukenhulp vraagt matig');
	});

	it('never suggests "niet van belang", and names chosen competencies no job asks', () => {
		const s = suggestCompetencies([magazijn, keuken], ['samenwerken', 'voorkomen'], ORDER);
		expect(s.toAdd.map((x) => x.competencyId)).toEqual(['nauwkeurigheid', 'initiatief']);
		expect(s.notAsked).toEqual(['voorkomen']);
	});

	it('without job targets there is nothing to suggest and nothing to question', () => {
		expect(suggestCompetencies([], ['samenwerken'], ORDER)).toEqual({ toAdd: [], notAsked: [] });
	});
});
