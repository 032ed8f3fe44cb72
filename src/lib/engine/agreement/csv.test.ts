import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { formatCsv } from '../export/csv';
import { formatRatingsCsv, parseRatingsCsv } from './ratings-csv';
import { KRIPPENDORFF_2011 } from '../../../../tests/fixtures/agreement/datasets';

describe('CSV', () => {
	it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
		const result = parseCsv('\uFEFF"a,1","say ""hi""",c\r\n"multi\r\nline",,x\r\n');
		expect(result).toEqual({
			ok: true,
			records: [
				{ fields: ['a,1', 'say "hi"', 'c'], line: 1 },
				{ fields: ['multi\r\nline', '', 'x'], line: 2 }
			]
		});
	});
	it('round-trips what it formats', () => {
		const rows = [['naam, voornaam', 'x"y', ' spatie'], ['1', '', '3']];
		const parsed = parseCsv(formatCsv(rows, 'r-python'));
		expect(parsed.ok && parsed.records.map((r) => r.fields)).toEqual(rows);
	});
	it('reads NA, N/A and empty as missing', () => {
		const result = parseRatingsCsv('a,b,c\n1,NA,\nN/A,2,3\n', [1, 2, 3]);
		expect(result.ok && Array.from(result.matrix.codes)).toEqual([0, -1, -1, -1, 1, 2]);
	});
	it('refuses an unclosed quote with the line number', () => {
		expect(parseCsv('a,b\n"open,1\n')).toMatchObject({ ok: false, reason: expect.stringContaining('regel 2') });
	});
});

describe('ratings CSV', () => {
	it('reads the wide layout with empty fields as missing, and reads back what formatRatingsCsv writes', () => {
		const text = formatRatingsCsv(['A', 'B', 'C', 'D'], KRIPPENDORFF_2011);
		const result = parseRatingsCsv(text, [1, 2, 3, 4, 5]);
		if (!result.ok) throw new Error(result.reason);
		expect(result.format).toBe('wide');
		expect(result.matrix.unitCount).toBe(12);
		expect(result.matrix.codes[9 * 4]).toBe(-1);
		expect(result.matrix.raterNames).toEqual(['A', 'B', 'C', 'D']);
	});
	it('reads the long layout unit,rater,value', () => {
		const result = parseRatingsCsv('unit,rater,value\nu1,an,1\nu1,bo,2\nu2,bo,3\n', [1, 2, 3]);
		if (!result.ok) throw new Error(result.reason);
		expect(result.format).toBe('long');
		expect(Array.from(result.matrix.codes)).toEqual([0, 1, -1, 2]);
	});
	it('refuses ragged rows, values outside the categories, duplicates and a single rater', () => {
		expect(parseRatingsCsv('a,b\n1,2,3\n', [1, 2, 3])).toMatchObject({ ok: false, reason: expect.stringContaining('regel 2') });
		expect(parseRatingsCsv('a,b\n1,7\n', [1, 2, 3])).toMatchObject({ ok: false, reason: expect.stringContaining('buiten') });
		expect(parseRatingsCsv('a,b\n1,x\n', [1, 2, 3])).toMatchObject({ ok: false, reason: expect.stringContaining('geen getal') });
		expect(parseRatingsCsv('unit,rater,value\nu,a,1\nu,b,1\nu,a,2\n', [1, 2])).toMatchObject({ ok: false, reason: expect.stringContaining('tweede keer') });
		expect(parseRatingsCsv('a\n1\n', [1, 2])).toMatchObject({ ok: false, reason: expect.stringContaining('twee beoordelaars') });
		expect(parseRatingsCsv('', [1, 2])).toMatchObject({ ok: false, reason: expect.stringContaining('leeg') });
	});
});

describe('ratings CSV, layout details', () => {
	it('skips blank lines and reports the right line after a quoted line break', () => {
		const ok = parseRatingsCsv('a,b\n\n1,2\n\n2,2\n', [1, 2]);
		expect(ok.ok && ok.matrix.unitCount).toBe(2);
		expect(parseRatingsCsv('"x\ny",b\n1,2\n1,7\n', [1, 2])).toMatchObject({ ok: false, reason: expect.stringContaining('regel 4') });
	});
	it('reads values with spaces and decimals through the same rules', () => {
		const result = parseRatingsCsv('a,b\n 1 ,2.0\n', [1, 2]);
		expect(result.ok && Array.from(result.matrix.codes)).toEqual([0, 1]);
	});
});
