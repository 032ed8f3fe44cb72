import { describe, expect, it } from 'vitest';
import { checkSmart } from './check-smart';
import { readFileSync } from 'node:fs';
import { fixturePdpSchema } from '../report/report.fixture';
import { PdpSchema } from '../rubric/pdp-schema.schema';

const rules = fixturePdpSchema().smart;
const unmet = (action: Parameters<typeof checkSmart>[0]) =>
	checkSmart(action, rules)
		.filter((h) => !h.met)
		.map((h) => h.criterion);

describe('checkSmart', () => {
	it.each([
		[{ text: 'Meld elke dag minstens één keer dat je klaar bent.', timespan: '4 weken', who: 'Zoë' }, []],
		[{ text: 'Proberen beter samen te werken', timespan: '', who: '' }, ['concrete', 'measurable', 'deadline', 'who']],
		[{ text: 'Bel 3 werkgevers', timespan: '', who: 'Zoë', dueDate: '2026-04-01' }, []],
		[{ text: 'Bel werkgevers', timespan: 'tegen de paasvakantie', who: 'coach' }, ['measurable']],
		[{ text: 'Maak meer oefeningen', timespan: '2 weken', who: 'Zoë' }, ['concrete', 'measurable']]
	] as const)('%j misses %j', (action, expected) => {
		expect(unmet(action)).toEqual(expected);
	});

	it('matches words without regard to case or diacritics', () => {
		expect(unmet({ text: 'OEFEN élke dag', timespan: 'één MAAND', who: 'x' })).toEqual([]);
	});

	it('gives the hint from the rules for each criterion', () => {
		expect(checkSmart({ text: '', timespan: '', who: '' }, rules).map((h) => h.hint)).toEqual(Object.values(rules.hints));
	});
});

describe('checkSmart with the rules of rubrics/pdp.json', () => {
	const real = PdpSchema.parse(JSON.parse(readFileSync('rubrics/pdp.json', 'utf8'))).smart;
	const missing = (action: Parameters<typeof checkSmart>[0]) =>
		checkSmart(action, real)
			.filter((h) => !h.met)
			.map((h) => h.criterion);

	it.each([
		[{ text: 'Zoë belt binnen 2 weken 3 werkgevers uit de logistiek', timespan: '', who: 'Zoë' }, []],
		[{ text: 'Proberen om beter op tijd te komen', timespan: '', who: '' }, ['concrete', 'measurable', 'deadline', 'who']],
		[{ text: 'Elke dag de checklist afvinken voor het afgeven', timespan: 'tot het volgende coachinggesprek', who: 'kandidaat' }, []]
	] as const)('%j misses %j', (action, expected) => {
		expect(missing(action)).toEqual(expected);
	});

	it('accepts every suggested action of the schema as concrete', () => {
		const schema = PdpSchema.parse(JSON.parse(readFileSync('rubrics/pdp.json', 'utf8')));
		const vague = Object.values(schema.suggestedActions)
			.flat()
			.filter((a) => !checkSmart({ text: a.text, timespan: a.timespan ?? '', who: a.who ?? '' }, schema.smart)[0]!.met)
			.map((a) => a.text);
		expect(vague).toEqual([]);
	});
});
