import { describe, expect, it } from 'vitest';
import { checkTociDate, tociDateBounds } from './dates';
import { carryOverOf, carryOverText, previousEvaluationOf } from './previous';

describe('plausible TOCI dates', () => {
	const context = { today: '2026-03-10', trajectoryStart: '2026-02-01T09:00:00.000Z', youthName: 'Yasmine' };

	it('accepts today, the running trajectory and a planned conversation a few months out', () => {
		for (const date of ['2026-03-10', '2026-02-01', '2025-01-15', '2026-06-10']) expect(checkTociDate(date, context)).toBeUndefined();
	});

	it('refuses a date decades before the trajectory, in Dutch, with the earliest date allowed', () => {
		const message = checkTociDate('1990-03-02', context);
		expect(message).toBe('2 maart 1990 ligt ver vóór het traject van Yasmine (gestart in de app op 1 februari 2026). Kies een datum vanaf 1 februari 2024.');
	});

	it('refuses a date years ahead, naming the planning horizon', () => {
		expect(checkTociDate('2035-03-02', context)).toBe('2 maart 2035 ligt te ver in de toekomst: plan een gesprek hoogstens drie maanden vooruit (tot 10 juni 2026).');
		expect(checkTociDate('2026-06-11', context)).toMatch(/te ver in de toekomst/);
	});

	it('refuses what is not a calendar date, without "undefined" in the message', () => {
		for (const date of ['', '2026-02-30', '10/03/2026', 'morgen']) {
			const message = checkTociDate(date, context);
			expect(message).toBe('Kies een geldige datum voor het gesprek.');
		}
	});

	it('counts from today when the youth was added later than today (clock set back)', () => {
		expect(tociDateBounds({ today: '2026-03-10', trajectoryStart: '2027-01-01' }).earliest).toBe('2024-03-10');
	});
});

describe('the previous conversation and its actions', () => {
	const e = (id: string, date: string, createdAt = `${date}T10:00:00Z`, extra: object = {}) => ({ id, date, createdAt, ...extra });

	it('is the latest earlier conversation by date, then by when it was made; deleted ones do not count', () => {
		const list = [e('c', '2026-06-01'), e('a', '2026-01-10'), e('b', '2026-03-05'), e('x', '2026-05-01', undefined, { deletedAt: '2026-05-02T00:00:00Z' })];
		expect(previousEvaluationOf(list, list[0]!)?.id).toBe('b');
		expect(previousEvaluationOf(list, list[2]!)?.id).toBe('a');
		expect(previousEvaluationOf(list, list[1]!)).toBeUndefined();
		const sameDay = [e('p', '2026-03-05', '2026-03-05T09:00:00Z'), e('q', '2026-03-05', '2026-03-05T11:00:00Z')];
		expect(previousEvaluationOf(sameDay, sameDay[1]!)?.id).toBe('p');
		expect(previousEvaluationOf(sameDay, sameDay[0]!)).toBeUndefined();
	});

	it('says per action whether it was done and whether this conversation carried it over', () => {
		expect(carryOverOf({ id: 'a1', status: 'volledig' }, { actionIds: [] })).toEqual({ status: 'gedaan', carried: false });
		expect(carryOverOf({ id: 'a2', status: 'deels' }, { actionIds: ['a2'] })).toEqual({ status: 'deels', carried: true });
		expect(carryOverOf({ id: 'a3', status: 'niet' }, {})).toEqual({ status: 'niet-gedaan', carried: false });
		expect(carryOverText({ status: 'niet-gedaan', carried: true })).toBe('Niet gedaan, meegenomen naar het volgende gesprek');
		expect(carryOverText({ status: 'gedaan', carried: false })).toBe('Gedaan');
	});
});
