import { describe, expect, it } from 'vitest';
import type { TargetJob } from '../rubric/target-profile.schema';
import { compareWithTarget, comparisonScale, describeComparison, splitByMeasured, type FoundLevel } from './target-comparison';

const job: TargetJob = {
	id: 'magazijnmedewerker',
	job: 'Magazijnmedewerker',
	sector: 'Logistiek',
	tasks: '',
	provenance: 'project',
	requirements: [
		{ competencyId: 'nauwkeurigheid', level: 'zeer-goed', reason: 'Tellen moet juist zijn.' },
		{ competencyId: 'samenwerken', level: 'goed', reason: 'Ploegwerk.' },
		{ competencyId: 'voorkomen', level: 'niet-van-belang', reason: 'Geen klantencontact.' },
		{ competencyId: 'discipline', level: 'goed', reason: 'Veiligheid.' },
		{ competencyId: 'initiatief', level: 'matig', reason: 'Melden volstaat.' }
	]
};
const ORDER = ['samenwerken', 'initiatief', 'nauwkeurigheid', 'discipline', 'voorkomen'];
const PROFILE = ORDER.map((id) => ({ id, name: id[0]!.toUpperCase() + id.slice(1) }));
const at = (competencyId: string, level: FoundLevel['level'], source: FoundLevel['source'] = 'consensus'): FoundLevel => ({ competencyId, level, source });

describe('describeComparison', () => {
	it.each([
		['goed', 'matig', 'te-gaan', 1, 'vraagt goed, nu matig: één niveau te gaan'],
		['zeer-goed', 'onvoldoende', 'te-gaan', 3, 'vraagt zeer goed, nu onvoldoende: drie niveaus te gaan'],
		['goed', 'goed', 'op-niveau', 0, 'vraagt goed, nu goed: op niveau'],
		['matig', 'zeer-goed', 'boven-niveau', -2, 'vraagt matig, nu zeer goed: boven wat de job vraagt'],
		['goed', 'niet-geobserveerd', 'niet-geobserveerd', null, 'vraagt goed, niet geobserveerd: nog te bekijken'],
		['goed', undefined, 'geen-niveau', null, 'vraagt goed, nog geen niveau']
	] as const)('asks %s, found %s → %s', (asks, found, status, gap, words) => {
		expect(describeComparison(asks, found)).toEqual({ status, gap, words });
	});

	it('says why there is no level: not measured here, or hidden until the viewer submits', () => {
		expect(describeComparison('goed', undefined, 'niet-gemeten')).toEqual({ status: 'niet-gemeten', gap: null, words: 'vraagt goed, niet gemeten in dit assessment-center' });
		expect(describeComparison('goed', undefined, 'verborgen')).toEqual({
			status: 'verborgen',
			gap: null,
			words: 'vraagt goed, nog verborgen tot je je eigen beoordelingen indient'
		});
	});
});

describe('compareWithTarget', () => {
	it('lists gaps largest first, keeps "niet van belang" apart and never counts it as a gap', () => {
		const c = compareWithTarget(job, [at('samenwerken', 'matig'), at('initiatief', 'onvoldoende'), at('nauwkeurigheid', 'matig'), at('discipline', 'goed'), at('voorkomen', 'onvoldoende')], PROFILE);
		expect(c.rows.map((r) => r.competencyId)).toEqual(['samenwerken', 'initiatief', 'nauwkeurigheid', 'discipline']);
		expect(c.gaps.map((r) => [r.competencyId, r.gap])).toEqual([['nauwkeurigheid', 2], ['samenwerken', 1], ['initiatief', 1]]);
		expect(c.notRelevant).toEqual([{ competencyId: 'voorkomen', name: 'Voorkomen', reason: 'Geen klantencontact.', found: 'onvoldoende' }]);
		expect(c.provisional).toBe(false);
		expect(c.readiness).toMatchObject({ ready: false, notYet: ['nauwkeurigheid', 'samenwerken', 'initiatief'], open: [] });
		expect(c.readiness.summary).toBe('3 competenties zijn nog niet op het niveau dat Magazijnmedewerker vraagt.');
	});

	it('proposes "ready" only when every required competency has a level at or above the job, whatever "niet van belang" holds', () => {
		const c = compareWithTarget(job, [at('samenwerken', 'zeer-goed'), at('initiatief', 'matig'), at('nauwkeurigheid', 'zeer-goed'), at('discipline', 'goed')], PROFILE);
		expect(c.gaps).toEqual([]);
		expect(c.readiness).toEqual({ ready: true, notYet: [], open: [], summary: 'Alle competenties die Magazijnmedewerker vraagt, zijn op niveau.' });
	});

	it('a missing level or "niet geobserveerd" is open, not a gap and not at level', () => {
		const c = compareWithTarget(job, [at('samenwerken', 'goed'), at('initiatief', 'niet-geobserveerd'), at('discipline', 'goed'), at('nauwkeurigheid', undefined, 'voorlopig')], PROFILE);
		expect(c.gaps).toEqual([]);
		expect(c.readiness.ready).toBe(false);
		expect(c.readiness.open).toEqual(['initiatief', 'nauwkeurigheid']);
		expect(c.readiness.summary).toBe('2 competenties hebben nog geen niveau om te vergelijken (voorlopig: nog niet alles is in consensus beslist).');
		expect(c.rows.find((r) => r.competencyId === 'nauwkeurigheid')).toMatchObject({ found: undefined, source: undefined, status: 'geen-niveau', gap: null });
	});

	it('a competency the job asks but the assessment-center did not measure is open and named as such, not a gap', () => {
		const c = compareWithTarget(job, [at('samenwerken', 'goed'), at('initiatief', 'goed'), at('discipline', 'goed')], PROFILE);
		expect(c.rows.find((r) => r.competencyId === 'nauwkeurigheid')).toMatchObject({ status: 'niet-gemeten', gap: null, words: 'vraagt zeer goed, niet gemeten in dit assessment-center' });
		expect(c.gaps).toEqual([]);
		expect(c.provisional).toBe(false);
		expect(c.readiness).toMatchObject({ ready: false, open: ['nauwkeurigheid'] });
		expect(c.readiness.summary).toBe('1 competentie die de job vraagt, werd niet gemeten.');
	});

	it('a level hidden by the blind rule is open and leaks nothing', () => {
		const c = compareWithTarget(job, [at('samenwerken', undefined, 'verborgen'), at('initiatief', 'goed'), at('nauwkeurigheid', 'zeer-goed'), at('discipline', 'goed')], PROFILE);
		expect(c.rows[0]).toMatchObject({ competencyId: 'samenwerken', found: undefined, status: 'verborgen', gap: null });
		expect(c.readiness.ready).toBe(false);
		expect(c.provisional).toBe(true);
	});

	it('before the consensus the comparison says it is provisional, also when it proposes "ready"', () => {
		const c = compareWithTarget(job, [at('samenwerken', 'goed', 'voorlopig'), at('initiatief', 'goed'), at('nauwkeurigheid', 'zeer-goed'), at('discipline', 'goed')], PROFILE);
		expect(c.provisional).toBe(true);
		expect(c.readiness.ready).toBe(true);
		expect(c.readiness.summary).toBe('Alle competenties die Magazijnmedewerker vraagt, zijn op niveau (voorlopig: nog niet alles is in consensus beslist).');
	});

	it('with no levels at all nothing is ready and everything is open', () => {
		const none = (id: string) => at(id, undefined, 'voorlopig');
		const c = compareWithTarget(job, ORDER.map(none), PROFILE);
		expect(c.readiness).toMatchObject({ ready: false, notYet: [], open: ['samenwerken', 'initiatief', 'nauwkeurigheid', 'discipline'] });
		expect(c.provisional).toBe(true);
	});
});

describe('comparisonScale', () => {
	it('fills the reached steps and outlines the asked ones', () => {
		expect(comparisonScale('goed', 'matig').map((s) => [s.level, s.reached, s.asked])).toEqual([
			['onvoldoende', true, true],
			['matig', true, true],
			['goed', false, true],
			['zeer-goed', false, false]
		]);
		expect(comparisonScale('matig', 'niet-geobserveerd').some((s) => s.reached)).toBe(false);
		expect(comparisonScale('matig', undefined).filter((s) => s.asked)).toHaveLength(2);
	});
});

describe('a combined score exactly halfway', () => {
	it('says where it lies and that the consensus decides, without counting a gap', () => {
		const c = compareWithTarget(job, [{ competencyId: 'samenwerken', level: undefined, source: 'voorlopig', between: 'tussen matig en goed' }], PROFILE);
		expect(c.rows[0]).toMatchObject({ status: 'geen-niveau', gap: null, words: 'vraagt goed, nu tussen matig en goed: de consensus beslist' });
		expect(c.gaps).toEqual([]);
	});
});

describe('a "geen consensus" decision', () => {
	it('says the assessors could not agree, and counts no gap', () => {
		const c = compareWithTarget(job, [{ competencyId: 'samenwerken', level: undefined, source: 'consensus', noConsensus: true }], PROFILE);
		expect(c.rows[0]).toMatchObject({ status: 'geen-niveau', gap: null, words: 'vraagt goed, geen consensus: de assessoren werden het niet eens' });
		expect(c.gaps).toEqual([]);
	});
});

describe('splitByMeasured', () => {
	it('keeps the measured rows for the table and the rest apart, together all rows in order', () => {
		const c = compareWithTarget(job, [at('samenwerken', 'goed'), at('initiatief', 'matig')], PROFILE);
		const { measured, unmeasured } = splitByMeasured(c);
		expect(measured.map((r) => r.competencyId)).toEqual(['samenwerken', 'initiatief']);
		expect(unmeasured.map((r) => r.competencyId)).toEqual(['nauwkeurigheid', 'discipline']);
	});
});
