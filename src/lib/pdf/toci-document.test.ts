import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ActionItem, TociEvaluation } from '$lib/engine/model';
import { TociInstrument } from '$lib/engine/rubric';
import { buildTociDocument } from '$lib/engine/report/toci-document';
import { tociDocumentDefinition, TOCI_END_TEXT, TOCI_MIN_FONT_SIZE } from './toci-document';

// Rendered with pdfmake's Node build, read back with poppler's pdftotext. REPORT_PDF_DIR keeps the file for pdftoppm.
const FONTS = resolve('node_modules/pdfmake/fonts/Roboto');
const out = process.env.REPORT_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'wakker-toci-pdf-'));

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

const instrument = TociInstrument.parse(JSON.parse(readFileSync('rubrics/toci.json', 'utf8')));
const [c1, c2, c3] = instrument.competencies;
const meta = (id: string, at: string) => ({ id, createdAt: at, updatedAt: at, vv: { d: 1 } });

function action(id: string, text: string, extra: Partial<ActionItem> = {}): ActionItem {
	return { ...meta(id, '2026-03-02T10:00:00Z'), planId: 'p1', planType: 'pdp', text, timespan: '4 weken', who: 'Yasmine', status: 'niet', remarks: '', source: 'toci', order: 0, history: [], ...extra };
}

const previous: TociEvaluation = {
	...meta('e1', '2026-03-02T10:00:00Z'),
	candidateId: 'y1',
	instrumentVersionId: 'toci@1.0.0',
	date: '2026-03-02',
	mentorName: 'Mo Peeters',
	self: {},
	mentor: {},
	coach: {},
	mastered: [],
	actionIds: ['a1', 'a2']
};
const bus = action('a1', 'Elke ochtend de bus van 7u30 nemen 🚌', { status: 'volledig' });
const ask = action('a2', 'Twee keer per week zelf vragen wat er nog moet gebeuren', { status: 'deels', competencyId: c2!.id });
const current: TociEvaluation = {
	...previous,
	...meta('e2', '2026-06-15T10:00:00Z'),
	date: '2026-06-15',
	coachName: 'Ilse',
	self: { [c1!.id]: { levelId: 'altijd', text: 'Ik was elke dag om 8 uur binnen, ook toen de bus laat was.' }, [c2!.id]: { levelId: 'soms', text: '' } },
	mentor: { [c1!.id]: { levelId: 'soms', text: 'Twee keer te laat zonder te verwittigen.' }, [c2!.id]: { levelId: 'altijd', text: '' }, [c3!.id]: { levelId: 'meestal', text: '' } },
	mastered: [c2!.id],
	decision: { outcome: 'volgende-stageplaats', phase: 'arbeidsbereid', reason: 'Een drukkere werkplek geeft nieuwe leerkansen.' },
	actionIds: ['a2', 'a3']
};
const newAction = action('a3', '<script>alert(1)</script> De mentor bellen bij vertraging', { dueDate: '2026-07-01' });

async function render(doc: TDocumentDefinitions, name: string) {
	const buffer: Buffer = await pdfmake.createPdf(doc).getBuffer();
	const file = join(out, `${name}.pdf`);
	writeFileSync(file, buffer);
	return { text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '), info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }) };
}

describe('the TOCI conversation on paper', { timeout: 30_000 }, () => {
	it('is for the youth and the mentor: last time, both views, what was agreed, the decision and three signatures', async () => {
		const doc = buildTociDocument({ scale: instrument, youthName: 'Yasmine Claes', evaluation: current, actions: [ask, newAction], previous: { evaluation: previous, actions: [bus, ask] }, today: '2026-06-15' });
		expect(doc.previous?.actions.map((a) => a.result)).toEqual(['Gedaan', 'Deels gedaan, meegenomen naar het volgende gesprek']);
		expect(doc.talkAbout).toHaveLength(2);
		expect(doc.actions.map((a) => a.when)).toEqual(['4 weken', '4 weken, tegen 1 juli 2026']);

		const definition = tociDocumentDefinition(doc);
		expect(definition.pageOrientation).toBe('portrait');
		const sizes: number[] = [];
		JSON.stringify(definition, (key, value) => (key === 'fontSize' && typeof value === 'number' ? (sizes.push(value), value) : value));
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(TOCI_MIN_FONT_SIZE);
		expect((definition.defaultStyle as { fontSize: number }).fontSize).toBeGreaterThanOrEqual(TOCI_MIN_FONT_SIZE);

		const { text, info } = await render(definition, 'toci-gesprek');
		for (const words of [
			'Ons evaluatiegesprek',
			'Yasmine Claes',
			'Gesprek van 15 juni 2026 met mentor Mo Peeters en coach Ilse.',
			'Wat we de vorige keer afspraken (2 maart 2026)',
			// Table cells wrap, and pdftotext puts the rest of a cell's line after its neighbours: short pieces.
			'Elke ochtend de bus van 7u30',
			'Deels gedaan,',
			'meegenomen naar het volgende gesprek',
			'Hoe gaat het? Jij en je mentor',
			c1!.name,
			'Altijd',
			'In ontwikkeling',
			'Hier praten we over',
			'Twee keer te laat zonder te verwittigen.',
			'Dit kan je al',
			'Wat we afspreken voor de volgende periode',
			'<script>alert(1)</script> De mentor bellen bij',
			'tegen 1 juli',
			'Ons besluit',
			'Doorstromen naar een volgende stageplaats',
			'Fase: Arbeidsbereid (stage)',
			'De jongere',
			'De mentor',
			'De coach',
			TOCI_END_TEXT
		])
			expect(text).toContain(words);
		expect(text).not.toContain('🚌');
		expect(text).not.toMatch(/undefined|NaN|\[object/);
		const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
		expect(Number(height)).toBeGreaterThan(Number(width));
	});

	it('says plainly what is not there yet: a first conversation without actions or decision', async () => {
		const first = { ...previous, actionIds: [] };
		const doc = buildTociDocument({ scale: instrument, youthName: 'Jo', evaluation: first, actions: [], today: '2026-03-02' });
		expect(doc.previous).toBeUndefined();
		const { text } = await render(tociDocumentDefinition(doc), 'toci-eerste');
		expect(text).not.toContain('vorige keer');
		for (const words of ['niet gekozen', 'Nog niet', 'We spraken nog geen acties af.', 'We namen nog geen besluit.', 'Dat kiezen we samen in een volgend gesprek.']) expect(text).toContain(words);
	});
});
