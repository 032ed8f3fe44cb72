import { describe, expect, it } from 'vitest';
import { addDays, checkPastDay, checkPlannedDay, earliestPastDay, parseDay } from './plausible-date';

const TODAY = '2026-12-04';

describe('plausible dates', () => {
	it('reads only real calendar days', () => {
		expect(parseDay('2026-02-28')).toBeDefined();
		expect(parseDay('2024-02-29')).toBeDefined();
		for (const bad of ['2026-02-29', '2026-13-01', '', '4/12/2026', '2026-1-5']) expect(parseDay(bad)).toBeUndefined();
	});

	it('accepts a conversation from today back to three years ago, and refuses 1990 and 2035 in Dutch', () => {
		expect(checkPastDay(TODAY, TODAY, 'Het gesprek')).toBeUndefined();
		expect(checkPastDay('2024-01-15', TODAY, 'Het gesprek')).toBeUndefined();
		expect(earliestPastDay(TODAY)).toBe('2023-12-04');
		expect(checkPastDay('1990-05-01', TODAY, 'Het gesprek')).toBe('Het gesprek ligt te ver terug (1/5/1990): kies een datum na 4/12/2023.');
		expect(checkPastDay('2035-05-01', TODAY, 'Het gesprek')).toBe('Het gesprek ligt in de toekomst (1/5/2035): kies een datum tot vandaag.');
		expect(checkPastDay('2026-12-05', TODAY, 'Het gesprek')).toMatch(/in de toekomst/);
		expect(checkPastDay('', TODAY, 'Het gesprek')).toBe('Het gesprek: kies een geldige datum.');
	});

	it('plans a next appointment on or after the conversation and within a year', () => {
		expect(checkPlannedDay('2026-12-18', '2026-12-01', TODAY, 'De volgende afspraak')).toBeUndefined();
		expect(checkPlannedDay('2026-12-01', '2026-12-01', TODAY, 'De volgende afspraak')).toBeUndefined();
		expect(checkPlannedDay('2026-11-30', '2026-12-01', TODAY, 'De volgende afspraak')).toBe('De volgende afspraak ligt vóór 1/12/2026: kies een latere datum.');
		expect(checkPlannedDay('2035-01-01', '2026-12-01', TODAY, 'De volgende afspraak')).toBe('De volgende afspraak ligt te ver vooruit (1/1/2035): kies een datum tot 5/12/2027.');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
	});
});
