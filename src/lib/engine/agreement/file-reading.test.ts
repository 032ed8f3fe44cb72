import { describe, expect, it } from 'vitest';
import { readDelimitedText } from './delimited-text';
import { decodeRatingsFile, decodeUtf8, SPREADSHEET_REFUSAL } from './file-bytes';
import { parseScale, readNumber } from './rating-scale';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (result: ReturnType<typeof decodeRatingsFile>) => (result.ok ? result.text : result.reason);

describe('decoding a ratings file', () => {
	it('reads UTF-8 with and without a BOM, UTF-16 with a BOM or by its zero bytes, else Windows-1252', () => {
		expect(text(decodeRatingsFile(bytes(0xef, 0xbb, 0xbf, 0x5a, 0x6f, 0xc3, 0xab)))).toBe('Zoë');
		expect(text(decodeRatingsFile(bytes(0x5a, 0x6f, 0xc3, 0xab)))).toBe('Zoë');
		expect(text(decodeRatingsFile(bytes(0xff, 0xfe, 0x5a, 0, 0xeb, 0)))).toBe('Zë');
		expect(text(decodeRatingsFile(bytes(0xfe, 0xff, 0, 0x5a, 0, 0xeb)))).toBe('Zë');
		expect(text(decodeRatingsFile(bytes(0x41, 0, 0x2c, 0, 0x42, 0, 0x0a, 0)))).toBe('A,B\n');
		expect(text(decodeRatingsFile(bytes(0x5a, 0x6f, 0xeb, 0x3b, 0x80)))).toBe('Zoë;€');
	});
	it('takes bytes that are not valid UTF-8 (overlong, lone continuation, surrogate) as Windows-1252', () => {
		expect(decodeUtf8(bytes(0xc0, 0x80), 0)).toBeNull();
		expect(decodeUtf8(bytes(0x80), 0)).toBeNull();
		expect(decodeUtf8(bytes(0xed, 0xa0, 0x80), 0)).toBeNull();
		expect(decodeUtf8(bytes(0xf0, 0x9f, 0x98, 0x80), 0)).toBe('😀');
	});
	it('refuses spreadsheets (.xlsx/.ods zip, old .xls) with one sentence', () => {
		expect(decodeRatingsFile(bytes(0x50, 0x4b, 0x03, 0x04, 0))).toEqual({ ok: false, reason: SPREADSHEET_REFUSAL });
		expect(decodeRatingsFile(bytes(0xd0, 0xcf, 0x11, 0xe0, 0))).toEqual({ ok: false, reason: SPREADSHEET_REFUSAL });
	});
});

describe('delimited text', () => {
	it('follows a sep= line, skips blank lines and drops trailing empty columns', () => {
		const table = readDelimitedText('sep=;\r\na;b;;\r\n\r\n  \r\n1;2;;\r\n;;;\r\n');
		expect(table).toEqual({ ok: true, delimiter: ';', rows: [{ fields: ['a', 'b'], line: 2 }, { fields: ['1', '2'], line: 5 }] });
	});
	it('detects ; in a short file with decimal commas, and tab', () => {
		expect(readDelimitedText('a;b\n3,5;2\n')).toMatchObject({ ok: true, delimiter: ';' });
		expect(readDelimitedText('a\tb\n3\t2\n')).toMatchObject({ ok: true, delimiter: '\t' });
	});
	it('numbers the line after a quoted line break', () => {
		const table = readDelimitedText('"x\ny",b\n1,2\n');
		expect(table.ok && table.rows[1]!.line).toBe(3);
	});
});

describe('scale and numbers', () => {
	it('reads decimal commas only where the separator leaves the comma free', () => {
		expect(readNumber('3,0', true)).toBe(3);
		expect(readNumber('3,0', false)).toBeNull();
		expect(readNumber(' 2.0 ', false)).toBe(2);
		expect(readNumber('0x10', false)).toBeNull();
	});
	it('takes level words as ranks, and refuses a mix or a repeat', () => {
		expect(parseScale('Onvoldoende, matig ,goed,"zeer  goed"')).toEqual({ categories: [1, 2, 3, 4], words: ['onvoldoende', 'matig', 'goed', 'zeer goed'] });
		expect(parseScale('4,1,2,3')).toEqual({ categories: [1, 2, 3, 4], words: null });
		expect(parseScale('goed,2')).toMatchObject({ ok: false });
		expect(parseScale('goed,goed')).toMatchObject({ ok: false });
	});
});
