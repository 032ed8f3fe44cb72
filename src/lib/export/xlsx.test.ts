import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/universal';
import { buildXlsx, sheetName } from './xlsx';

describe('Excel export (.xlsx)', () => {
	it('reads back as the same columns: numbers as numbers, text as text (formulas stay text), empty as empty', async () => {
		const blob = await buildXlsx({
			title: 'KPI: Keuken / Groen [2026]',
			rows: [
				['Team', 'Periode', 'Gemiddelde', 'Opmerking'],
				['Keuken', '2026-01', 65.5, '=SUM(A1:A9)'],
				['Aïcha – één', '2026-02', 1 / 3, undefined],
				['Groen', '2026-03', Number.NaN, 'zegt "ja"\nen nee']
			]
		});
		const sheets = await readXlsxFile(await blob.arrayBuffer());
		expect(sheets.map((s) => s.sheet)).toEqual(['KPI Keuken Groen 2026']);
		expect(sheets[0]!.data).toEqual([
			['Team', 'Periode', 'Gemiddelde', 'Opmerking'],
			['Keuken', '2026-01', 65.5, '=SUM(A1:A9)'],
			['Aïcha – één', '2026-02', 0.33, null],
			['Groen', '2026-03', null, 'zegt "ja"\nen nee']
		]);
	});

	it('keeps worksheet names within what Excel accepts', () => {
		expect(sheetName('x'.repeat(40))).toHaveLength(31);
		expect(sheetName(' ? * ')).toBe('Blad1');
	});
});
