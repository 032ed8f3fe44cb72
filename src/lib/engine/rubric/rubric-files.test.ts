import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_PROBLEMS, parseRubricText, type RubricFile } from './rubric-file';
import { CompetencyProfile } from './competency-profile.schema';
import { TociInstrument } from './toci.schema';
import { PdpSchema } from './pdp-schema.schema';
import { TargetProfiles } from './target-profile.schema';
import { selectSuggestions } from '../plan/draft-pdp';
import { slugify } from '../common/text';
import { NoteCoachLexicon } from './note-coach.schema';
import { ExerciseLibrary } from './exercise-library.schema';
import { SAM_LEVEL_IDS } from './sam-scale';
import { checkSmart } from '../plan/check-smart';
import { foldWord, lintObservation } from '../observation/note-coach';

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

describe('toci.json', () => {
	const toci = TociInstrument.parse(loadRubric('toci.json'));

	it('has 8 to 12 basic competencies written for this app', () => {
		expect(toci.competencies.length).toBeGreaterThanOrEqual(8);
		expect(toci.competencies.length).toBeLessThanOrEqual(12);
		expect(new Set(toci.competencies.map((c) => c.provenance))).toEqual(new Set(['project']));
	});

	it('has a 4-level scale with words for the youth and the two Ghent phases', () => {
		expect(toci.levels.map((l) => l.youthLabel)).toEqual(['Nog niet', 'Soms', 'Meestal', 'Altijd']);
		expect(toci.phases.map((p) => p.id)).toEqual(['arbeidsbereid', 'arbeidsrijp']);
	});

	it('says the official list is not public', () => {
		expect(toci.description).toContain('niet publiek');
		expect(toci.source).toContain('niet publiek');
	});
});

describe('cross-references between the rubric files', () => {
	const done = CompetencyProfile.parse(loadRubric('done-profiel.json'));
	const toci = TociInstrument.parse(loadRubric('toci.json'));
	const pdp = PdpSchema.parse(loadRubric('pdp.json'));
	const exercises = ExerciseLibrary.parse(loadRubric('oefeningen.json'));
	const doneIds = done.competencies.map((c) => c.id);
	const tociIds = toci.competencies.map((c) => c.id);

	it('suggests PDP actions only for competencies that exist in the DOne profile or TOCI', () => {
		const known = new Set([...doneIds, ...tociIds]);
		expect(Object.keys(pdp.suggestedActions).filter((id) => !known.has(id))).toEqual([]);
	});

	it('suggests 2 to 4 PDP actions that fit any job for every DOne and TOCI competency', () => {
		for (const id of [...doneIds, ...tociIds]) {
			const count = (pdp.suggestedActions[id] ?? []).filter((a) => !a.fits).length;
			expect(count, id).toBeGreaterThanOrEqual(2);
			expect(count, id).toBeLessThanOrEqual(4);
		}
	});

	it('tags PDP actions only with jobs and sectors of the shipped functieprofielen', () => {
		const jobs = TargetProfiles.parse(loadRubric('functieprofielen.json')).jobs;
		const known = new Set(jobs.flatMap((j) => [j.id, slugify(j.sector)]));
		const unknown = Object.values(pdp.suggestedActions).flatMap((actions) => actions.flatMap((a) => (a.fits ?? []).filter((f) => !known.has(slugify(f)))));
		expect(unknown).toEqual([]);
	});

	it('never suggests counting orders to a kitchen helper, and gives each job at most 3 actions per competency', () => {
		const jobs = TargetProfiles.parse(loadRubric('functieprofielen.json')).jobs;
		const keuken = jobs.find((j) => j.id === 'keukenhulp')!;
		const forKitchen = selectSuggestions(pdp.suggestedActions['nauwkeurigheid']!, { jobId: keuken.id, sector: keuken.sector });
		expect(forKitchen.map((a) => a.text).join(' ')).not.toMatch(/bestellingen/);
		expect(forKitchen[0]!.text).toMatch(/receptfiche/);
		const forWarehouse = selectSuggestions(pdp.suggestedActions['nauwkeurigheid']!, { jobId: 'magazijnmedewerker', sector: 'logistiek  EN distributie' });
		expect(forWarehouse[0]!.text).toMatch(/bestellingen elke lijn natellen/);
		for (const job of jobs)
			for (const actions of Object.values(pdp.suggestedActions)) expect(selectSuggestions(actions, { jobId: job.id, sector: job.sector }).length).toBeLessThanOrEqual(3);
	});

	it('suggests only DOne competencies for the exercises, at most 8 each', () => {
		expect(exercises.exercises.map((e) => e.id)).toEqual(['magazijn-stock', 'fietsherstelling', 'kookopdracht']);
		for (const exercise of exercises.exercises) {
			expect(exercise.suggestedCompetencies.filter((id) => !doneIds.includes(id)), exercise.id).toEqual([]);
			expect(exercise.suggestedCompetencies.length, exercise.id).toBeLessThanOrEqual(8);
		}
	});
});

describe('pdp.json', () => {
	const pdp = PdpSchema.parse(loadRubric('pdp.json'));

	it('has the columns and the − / +/− / + scale of the draaiboek', () => {
		expect(Object.values(pdp.columns)).toEqual(['Concrete acties', 'Tijdspanne', 'Wie?', 'Voltooid?', 'Opmerkingen']);
		expect(pdp.statusScale.map((s) => s.symbol)).toEqual(['−', '+/−', '+']);
		expect(pdp.coachingQuestions.slice(0, 2)).toEqual(['Wat ga je concreet doen?', 'Wat heb je hierbij nodig?']);
	});

	it('suggests only actions that pass its own SMART check', () => {
		const failing = Object.entries(pdp.suggestedActions).flatMap(([id, actions]) =>
			actions.flatMap((a) =>
				checkSmart({ text: a.text, timespan: a.timespan ?? '', who: a.who ?? '' }, pdp.smart)
					.filter((h) => !h.met)
					.map((h) => `${id}: ${h.criterion}: ${a.text}`)
			)
		);
		expect(failing).toEqual([]);
	});

	it('lets the SMART check catch a vague action', () => {
		const hints = checkSmart({ text: 'Proberen beter samen te werken.', timespan: '', who: '' }, pdp.smart);
		expect(hints.filter((h) => !h.met).map((h) => h.criterion)).toEqual(['concrete', 'measurable', 'deadline', 'who']);
	});
});

describe('notitiecoach.json', () => {
	const lexicon = NoteCoachLexicon.parse(loadRubric('notitiecoach.json'));
	const categoriesOf = (note: string) => lintObservation(note, lexicon).map((m) => m.categoryId);

	it('marks traits, guesses, generalisations and judgements', () => {
		expect(categoriesOf('Hij is lui en agressief.')).toEqual(['persoonlijkheidskenmerk', 'persoonlijkheidskenmerk']);
		expect(categoriesOf('Ze wil niet helpen, denk ik.')).toEqual(['interpretatie', 'interpretatie']);
		expect(categoriesOf('Komt altijd te laat en niemand zegt iets.')).toEqual(['veralgemening', 'veralgemening']);
		expect(categoriesOf('Een slechte afwerking, heeft er geen goesting in.')).toEqual(['oordeel', 'interpretatie']);
		expect(categoriesOf('Reageerde ongemotiveerd en geïrriteerd.')).toEqual(['persoonlijkheidskenmerk', 'gevoel-ingevuld']);
	});

	it('leaves factual notes alone', () => {
		for (const note of [
			'Luistert tot het einde van de uitleg en vraagt: "Waar staan de handschoenen?"',
			'Zat van 10.05 tot 10.25 op de gsm; zette daarna 12 dozen in rek B.',
			'Meldt om 11.10 aan de instructeur dat de levering af is en vraagt een volgende taak.',
			'Stelde voor om eerst de soep op te zetten; de groep volgde dat voorstel.',
			'Vindt de bandenlichters in de kast na 3 minuten zoeken.'
		])
			expect(categoriesOf(note), note).toEqual([]);
	});

	it('lists every term in one category only', () => {
		const seen = new Map<string, string>();
		const doubles: string[] = [];
		for (const category of lexicon.categories)
			for (const term of category.terms) {
				const key = foldWord(term);
				if (seen.has(key)) doubles.push(`${term}: ${seen.get(key)} en ${category.id}`);
				seen.set(key, category.id);
			}
		expect(doubles).toEqual([]);
	});
});

describe('messages for a broken rubric file', () => {
	const valid = JSON.parse(readFileSync(join(RUBRIC_FOLDER, 'doorstroomklaar.json'), 'utf8'));
	const problemsOf = (json: unknown) => {
		const result = parseRubricText(JSON.stringify(json), 'mijn-checklist.json');
		return result.ok ? [] : result.problems;
	};

	it('says a missing field is missing, naming file and path', () => {
		const { title: _title, ...withoutTitle } = valid;
		expect(problemsOf(withoutTitle)).toEqual(['mijn-checklist.json: title: ontbreekt (verwacht tekst)']);
		const items = [{ id: 'eerste', number: 1 }];
		expect(problemsOf({ ...valid, items })).toEqual(['mijn-checklist.json: items[0].text: ontbreekt (verwacht tekst)']);
	});

	it('lists the allowed values of a choice', () => {
		expect(problemsOf({ ...valid, language: 'nl-NL' })).toEqual(['mijn-checklist.json: language: moet "nl-BE" zijn']);
		const profile = loadRubric('done-profiel.json') as { competencies: { tier: string }[] };
		const withBadTier = { ...profile, competencies: [{ ...profile.competencies[0], tier: 'hoofd' }] };
		expect(problemsOf(withBadTier)).toEqual(['mijn-checklist.json: competencies[0].tier: moet één van "kern", "bijkomend", "extra" zijn']);
	});

	it('names a wrong type in words', () => {
		expect(problemsOf({ ...valid, title: 5 })).toEqual(['mijn-checklist.json: title: verwacht tekst, maar dit is een getal']);
		expect(problemsOf([])).toEqual(['mijn-checklist.json: (hoofdniveau): verwacht een object { … }, maar dit is een lijst [ … ]']);
	});

	it('explains an unknown or missing kind with the list of kinds', () => {
		const [problem] = problemsOf({ ...valid, kind: 'vragenlijst' });
		expect(problem).toMatch(/^mijn-checklist\.json: kind: "kind" ontbreekt of is onbekend; .*"competency-profile"/);
		expect(problemsOf({ ...valid, kind: undefined })).toEqual([problem]);
	});

	it('names an unknown field, a bad id and a duplicate id', () => {
		expect(problemsOf({ ...valid, titel: 'x' })).toEqual([
			'mijn-checklist.json: (hoofdniveau): onbekend veld "titel" (tikfout, of hoort het op een andere plaats?)'
		]);
		expect(problemsOf({ ...valid, items: [{ ...valid.items[0], id: 'Visie Doelen' }] })[0]).toMatch(/^mijn-checklist\.json: items\[0\]\.id: moet bestaan uit kleine letters/);
		expect(problemsOf({ ...valid, items: [valid.items[0], valid.items[0]] })).toEqual([
			'mijn-checklist.json: items[1].id: dubbele id "visie-doelstellingen"'
		]);
	});

	it('reports at most the first problems of a badly broken file, and says how many more', () => {
		const items = Array.from({ length: 80 }, (_, i) => ({ id: `item-${i}`, number: i + 1 }));
		const problems = problemsOf({ ...valid, items });
		expect(problems).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
		expect(problems.at(-1)).toBe(`mijn-checklist.json: … en nog ${80 - MAX_REPORTED_PROBLEMS} problemen.`);
	});

	it('refuses text that is not JSON or is too large', () => {
		expect(parseRubricText('{"kind": ', 'x.json')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^x\.json: geen geldige JSON/)] });
		expect(parseRubricText(' '.repeat(2_000_001), 'x.json')).toMatchObject({ ok: false, problems: [expect.stringContaining('te groot')] });
	});

	it('says in Dutch where the JSON breaks, without the browser\'s English message', () => {
		const broken = '{\n  "kind": "checklist",\n  "items": [1, 2,, 3]\n}';
		const result = parseRubricText(broken, 'x.json');
		expect(result).toMatchObject({ ok: false, problems: [expect.stringMatching(/^x\.json: geen geldige JSON op regel 3, teken \d+\. Kijk daar na/)] });
		const problem = result.ok ? '' : (result.problems[0] ?? '');
		expect(problem).not.toMatch(/Unexpected|token|position|undefined|SyntaxError/);
		expect(parseRubricText('', 'leeg.json')).toMatchObject({ ok: false, problems: ['leeg.json: het bestand is leeg.'] });
		expect(parseRubricText('{"kind": ', 'x.json')).toMatchObject({ ok: false, problems: [expect.not.stringMatching(/Unexpected|JSON input/)] });
	});

	it('reads a file that Notepad saved with a byte-order mark', () => {
		const text = readFileSync(join(RUBRIC_FOLDER, 'doorstroomklaar.json'), 'utf8');
		expect(parseRubricText(`\uFEFF${text}`, 'bom.json').ok).toBe(true);
	});
});
