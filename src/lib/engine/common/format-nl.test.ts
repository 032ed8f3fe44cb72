import { describe, expect, it } from 'vitest';
import { todayIso } from './today-iso';
import { countLabel, formatClockNl, formatDateNl, formatDateNumericNl, formatDateShortNl, formatDateTimeNl, formatDuration, formatFixedNl, formatNumberNl, formatPercentNl, formatShareNl, formatSignedNl } from './format-nl';

describe('numbers, dates and counts as a Flemish reader writes them', () => {
	it('uses the decimal comma and the thousands point', () => {
		expect(formatNumberNl(65.5)).toBe('65,5');
		expect(formatNumberNl(3)).toBe('3');
		expect(formatNumberNl(2 / 3)).toBe('0,67');
		expect(formatFixedNl(0.7)).toBe('0,70');
		expect(formatFixedNl(2, 1)).toBe('2,0');
		expect(countLabel(1250, 'notitie', 'notities')).toBe('1.250 notities');
		expect(countLabel(1, 'notitie', 'notities')).toBe('1 notitie');
	});

	it('writes a change with a real minus sign and a share as a whole percentage', () => {
		expect(formatSignedNl(3)).toBe('+3');
		expect(formatSignedNl(-1.5)).toBe('−1,5');
		expect(formatSignedNl(0)).toBe('0');
		expect(formatPercentNl(0.12)).toBe('+12%');
		expect(formatShareNl(0.736)).toBe('74%');
	});

	it('writes dates in Brussels time, long in text and numeric in tables', () => {
		expect(formatDateNl('2026-03-03')).toBe('3 maart 2026');
		// 23:30 UTC on 31 March is already 1 April in Brussels.
		expect(formatDateNl('2026-03-31T23:30:00.000Z')).toBe('1 april 2026');
		expect(formatDateTimeNl('2026-03-03T13:05:00.000Z')).toBe('3 maart 2026 om 14:05');
		expect(formatDateNumericNl('2026-03-14')).toBe('14/03/2026');
		expect(formatClockNl('2026-07-01T07:42:00.000Z')).toBe('09:42');
		expect(formatDateNl('geen datum')).toBe('geen datum');
		// An audit trail keeps two changes within one minute apart.
		expect(formatDateTimeNl('2026-03-03T13:05:09.000Z', { seconds: true })).toBe('3 maart 2026 om 14:05:09');
		expect(formatDateShortNl('2026-03-02')).toBe('2 mrt 2026');
		expect(formatDateShortNl('2026-09-01T21:30:00.000Z')).toBe('1 sep 2026');
		expect(formatNumberNl(0.5, 2, 1)).toBe('0,5');
		expect(formatNumberNl(2, 2, 1)).toBe('2,0');
	});

	it("takes today's calendar date on the tablet's clock, not UTC's", () => {
		// 0:30 on 14 March in local time is still 13 March in UTC east of Greenwich; the local day counts.
		expect(todayIso(new Date(2026, 2, 14, 0, 30))).toBe('2026-03-14');
		expect(todayIso(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
	});

	it('writes a duration as a clock', () => {
		expect(formatDuration(65_000)).toBe('1:05');
		expect(formatDuration(3_725_000)).toBe('1:02:05');
		expect(formatDuration(-5)).toBe('0:00');
	});
});
