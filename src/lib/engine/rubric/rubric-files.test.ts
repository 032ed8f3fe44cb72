import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRubricText, type RubricFile } from './rubric-file';
import { CompetencyProfile } from './competency-profile.schema';
import { SAM_LEVEL_IDS } from './sam-scale';

const RUBRIC_FOLDER = join(process.cwd(), 'rubrics');
const fileNames = readdirSync(RUBRIC_FOLDER).filter((f) => f.endsWith('.json')).sort();

function loadRubric(fileName: string): RubricFile {
	const result = parseRubricText(readFileSync(join(RUBRIC_FOLDER, fileName), 'utf8'), fileName);
	if (!result.ok) throw new Error(result.problems.join('\n'));
	return result.rubric;
}

describe('the rubric files in rubrics/', () => {
	it.each(fileNames)('%s matches its schema', (fileName) => {
		const result = parseRubricText(readFileSync(join(RUBRIC_FOLDER, fileName), 'utf8'), fileName);
		expect(result.ok ? [] : result.problems).toEqual([]);
	});
});

describe('done-profiel.json', () => {
	const profile = CompetencyProfile.parse(loadRubric('done-profiel.json'));

	it('has the 18 DOne competencies in their tiers', () => {
		const byTier = (tier: string) => profile.competencies.filter((c) => c.tier === tier).map((c) => c.id);
		expect(byTier('kern')).toEqual(['samenwerken', 'zelfstandigheid', 'initiatief', 'flexibiliteit', 'leervermogen', 'motivatie']);
		expect(byTier('bijkomend')).toEqual(['nauwkeurigheid', 'discipline', 'gezag-aanvaarden', 'stressbestendigheid', 'conflicthantering']);
		expect(byTier('extra')).toEqual([
			'voorkomen',
			'fysieke-mogelijkheden',
			'lezen-schrijven-rekenen',
			'communicatievaardigheden',
			'taalkennis-nederlands',
			'werkorganisatie',
			'overige'
		]);
	});

	it('keeps Initiatief verbatim from the draaiboek (16 cells, its own spelling)', () => {
		const initiatief = profile.competencies.find((c) => c.id === 'initiatief')!;
		expect(initiatief.provenance).toBe('draaiboek');
		expect(initiatief.definition).toBe('Zelfstandig werken, het zetten van de eerste stap tot of ten behoeve van iets');
		expect(initiatief.indicators.map((r) => r.id)).toEqual(['werk-zien', 'actie-ondernemen', 'problemen-melden', 'taak-afronden']);
		expect(initiatief.indicators[0]!.levels.onvoldoende).toBe('Ziet geen werk en neemt geen initiatief.');
		expect(initiatief.indicators[2]!.levels.matig).toBe('Constaateert problemen, maar blijft er passief bij.');
		expect(initiatief.indicators[3]!.levels['zeer-goed']).toBe(
			'Meldt spontaan wanneer een taak is afgerond en vraagt spontaan naar extra taken.'
		);
	});

	it('marks every other competency as written for this app, with 3 to 5 rows of four cells', () => {
		for (const c of profile.competencies.filter((c) => c.id !== 'initiatief')) {
			expect(c.provenance, c.id).toBe('project');
			expect(c.indicators.length, c.id).toBeGreaterThanOrEqual(3);
			expect(c.indicators.length, c.id).toBeLessThanOrEqual(5);
			for (const row of c.indicators) expect(Object.keys(row.levels), `${c.id}/${row.id}`).toEqual([...SAM_LEVEL_IDS]);
		}
	});

	it('marks the medical competency as sensitive and only that one', () => {
		expect(profile.competencies.filter((c) => c.sensitive).map((c) => c.id)).toEqual(['fysieke-mogelijkheden']);
	});

	it('gives no two rows of a competency the same cell text', () => {
		for (const c of profile.competencies) {
			const cells = c.indicators.flatMap((r) => Object.values(r.levels));
			expect(new Set(cells).size, c.id).toBe(cells.length);
		}
	});
});
