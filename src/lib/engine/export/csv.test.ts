import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvCell } from './csv';
import { openLikeExcelNlBe } from '../../../../tests/helpers/excel-nl-be-csv';

const TABLE = [
	['Organisatie', 'Periode', 'Gemiddelde', 'Opmerking'],
	['Werkhaven; Gent', '2026-01', 65.5, 'zegt "ja"\nen nee'],
	['Aïcha – één', '2026-02', 1 / 3, '=HYPERLINK("http://x")'],
	['-2+3', '2026-03', -19, undefined],
	['', '2026-04', Number.NaN, ' spatie ']
];

describe('CSV for Excel in Belgium (excel-be)', () => {
	const text = formatCsv(TABLE, 'excel-be');

	it('starts with a BOM, separates with ; and ends every record with CRLF', () => {
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text.slice(1).split('\r\n')[0]).toBe('Organisatie;Periode;Gemiddelde;Opmerking');
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/"[^"]*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('opens in Excel nl-BE as columns, with numbers as numbers (decimal comma) and text as text', () => {
		expect(openLikeExcelNlBe(text)).toEqual([
			['Organisatie', 'Periode', 'Gemiddelde', 'Opmerking'],
			['Werkhaven; Gent', '2026-01', 65.5, 'zegt "ja"\nen nee'],
			['Aïcha – één', '2026-02', 0.33, `'=HYPERLINK("http://x")`],
			["'-2+3", '2026-03', -19, null],
			[null, '2026-04', null, ' spatie ']
		]);
	});

	it('writes a decimal comma, never a point, and no 0 for what cannot be calculated', () => {
		expect([2.5, 3, -0.001, Number.POSITIVE_INFINITY, undefined].map((v) => formatCsvCell(v, 'excel-be'))).toEqual(['2,5', '3', '0', '', '']);
	});
});

describe('CSV for R and Python (r-python)', () => {
	const text = formatCsv(TABLE, 'r-python');

	it('uses , and a decimal point, without BOM (R and pandas would keep it in the first column name)', () => {
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('Organisatie,Periode,Gemiddelde,Opmerking');
		expect(lines[1]).toBe('"Werkhaven; Gent",2026-01,65.5,"zegt ""ja""\nen nee"');
		expect(lines[2]).toBe(`Aïcha – één,2026-02,0.33,"'=HYPERLINK(""http://x"")"`);
		expect(text.startsWith('\uFEFF')).toBe(false);
	});
});
