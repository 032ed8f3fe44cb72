import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pdfmake from 'pdfmake';
import { buildChecklistReport } from '$lib/engine/organisation/checklist-report';
import { loadChecklist, makeMeasurement } from '$lib/engine/organisation/organisation.fixture';
import { buildChecklistPdf } from './checklist-pdf';

// Rendered with pdfmake's Node build and read back with pdftotext. REPORT_PDF_DIR keeps the file for pdftoppm.
const FONTS = resolve('node_modules/pdfmake/fonts/Roboto');
const out = process.env.REPORT_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'wakker-checklist-pdf-'));

beforeAll(() => {
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(FONTS));
	pdfmake.setFonts({
		Roboto: {
			normal: join(FONTS, 'Roboto-Regular.ttf'),
			bold: join(FONTS, 'Roboto-Medium.ttf'),
			italics: join(FONTS, 'Roboto-Italic.ttf'),
			bolditalics: join(FONTS, 'Roboto-MediumItalic.ttf')
		}
	});
});

const checklist = loadChecklist();
const [i1, i2] = checklist.items;
const AN = '00000000-0000-4000-8000-aaaaaaaaaaa1';
const BRAM = '00000000-0000-4000-8000-aaaaaaaaaaa2';
const baseline = makeMeasurement({
	date: '2026-01-15',
	participants: [
		{ id: AN, name: 'An', scores: { [i1!.id]: 1, [i2!.id]: 3 } },
		{ id: BRAM, name: 'Bram', scores: { [i1!.id]: 5, [i2!.id]: 3 } }
	],
	teamScores: { [i1!.id]: { score: 2, reason: 'Visie staat op papier, nog geen doelen 👍' } }
});
const repeat = makeMeasurement({
	date: '2026-07-01',
	label: 'Na zes maanden',
	isBaseline: false,
	participants: [
		{ id: AN, name: 'An', scores: { [i1!.id]: 2, [i2!.id]: 5 } },
		{ id: BRAM, name: 'Bram', scores: { [i1!.id]: 5, [i2!.id]: 5 } }
	],
	teamScores: { [i1!.id]: { score: 4, reason: 'Doelen staan nu in het jaarplan' } }
});

async function text(report: ReturnType<typeof buildChecklistReport>, name: string): Promise<string> {
	const definition = buildChecklistPdf(report, {}, '1 juli 2026');
	expect(JSON.stringify(definition)).not.toContain('↔');
	const buffer: Buffer = await pdfmake.createPdf(definition).getBuffer();
	const file = join(out, `${name}.pdf`);
	writeFileSync(file, buffer);
	return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('the team’s checklist PDF', { timeout: 30_000 }, () => {
	it('prints the spread in words, the agreed scores with their reasons, and the overall change', async () => {
		const nul = await text(buildChecklistReport({ checklist, organisationName: 'Werkhaven', measurement: baseline, baseline, actions: [] }), 'checklist-nulmeting');
		expect(nul).toContain('laagst: An; hoogst: Bram');
		expect(nul).toContain('Afgesproken teamscores en waarom');
		expect(nul).toContain('Visie staat op papier, nog geen doelen');
		expect(nul).not.toContain('Verandering tegenover de nulmeting:');

		const later = await text(buildChecklistReport({ checklist, organisationName: 'Werkhaven', measurement: repeat, baseline, actions: [] }), 'checklist-herhaling');
		expect(later).toContain('Verandering tegenover de nulmeting: +2 punt gemiddeld per item, over 2 van 13 items');
		expect(later).toContain('Doelen staan nu in het jaarplan');
	});
});
