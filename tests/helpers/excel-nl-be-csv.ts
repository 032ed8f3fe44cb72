/**
 * Opens CSV text the way Excel does on a Belgian (nl-BE) computer by double-click, to test that exports open as
 * columns there: without a UTF-8 byte order mark Excel reads the file as Windows-1252 (so we refuse it); the list
 * separator is `;`; a quoted field may hold `;`, quotes ("") and line breaks; an unquoted field that is a number
 * with a decimal comma becomes a number, anything else stays text.
 */
export type ExcelCell = string | number | null;

export function openLikeExcelNlBe(text: string): ExcelCell[][] {
	if (!text.startsWith('\uFEFF')) throw new Error('geen UTF-8 BOM: Excel nl-BE leest dit als Windows-1252');
	const rows: ExcelCell[][] = [];
	let row: ExcelCell[] = [];
	let field = '';
	let quoted = false;
	let wasQuoted = false;
	const endField = () => {
		row.push(wasQuoted ? field : convert(field));
		field = '';
		wasQuoted = false;
	};
	for (let i = 1; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"' && field === '') {
			quoted = true;
			wasQuoted = true;
		} else if (ch === ';') endField();
		else if (ch === '\r' || ch === '\n') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			endField();
			rows.push(row);
			row = [];
		} else field += ch;
	}
	if (field !== '' || row.length > 0) {
		endField();
		rows.push(row);
	}
	return rows;
}

function convert(field: string): ExcelCell {
	if (field === '') return null;
	if (/^-?\d+(,\d+)?$/.test(field)) return Number(field.replace(',', '.'));
	return field;
}
