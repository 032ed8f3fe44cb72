import { describe, expect, it } from 'vitest';
import { CSV_BOM, formatCsv, formatCsvCell } from './csv';

describe('CSV (RFC 4180)', () => {
	it.each([
		['gewoon', 'gewoon'],
		['met, komma', '"met, komma"'],
		['met "aanhalingstekens"', '"met ""aanhalingstekens"""'],
		['met; puntkomma', '"met; puntkomma"'],
		['twee\nregels', '"twee\nregels"'],
		['cr\r\nlf', '"cr\r\nlf"'],
		['<script>alert("x")</script>', '"<script>alert(""x"")</script>"'],
		['=SUM(A1)', "'=SUM(A1)"],
		['Doorstroom naar opleiding – ë é', 'Doorstroom naar opleiding – ë é']
	])('writes %j as %j', (input, expected) => {
		expect(formatCsvCell(input)).toBe(expected);
	});

	it('writes numbers with a decimal point and missing values as empty cells', () => {
		expect([formatCsvCell(3), formatCsvCell(2.5), formatCsvCell(1 / 3), formatCsvCell(undefined), formatCsvCell(Number.NaN)]).toEqual(['3', '2.5', '0.33', '', '']);
	});

	it('starts with a BOM, separates with commas and ends records with CRLF', () => {
		const text = formatCsv([
			['Periode', 'Doorstromingen'],
			['2026-01', 4]
		]);
		expect(text.startsWith(CSV_BOM)).toBe(true);
		expect(text).toBe('\uFEFFPeriode,Doorstromingen\r\n2026-01,4\r\n');
	});

	it('round-trips a quoted field with a newline through a simple RFC 4180 reader', () => {
		const text = formatCsv([['a "b"\nc', 'd,e']]).slice(1);
		expect(parseRfc4180(text)).toEqual([['a "b"\nc', 'd,e']]);
	});
});

/** Minimal RFC 4180 reader for the round-trip test. */
function parseRfc4180(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			}
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		}
		else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += ch;
	}
	return rows;
}
