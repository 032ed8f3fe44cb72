import { describe, expect, it } from 'vitest';
import { checkSmart } from './check-smart';
import { fixturePdpSchema } from '../report/report-fixture';

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
