import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildCandidateReport } from '$lib/engine/report/candidate-report';
import { buildSessionReport } from '$lib/engine/report/session-report';
import { describeAgreement } from '$lib/engine/report/agreement-note';
import { buildPdpDocument } from '$lib/engine/report/pdp-document';
import { draftPdp } from '$lib/engine/plan/draft-pdp';
import { buildFixtureSource, fixtureId, fixturePdpSchema } from '$lib/engine/report/report.fixture';
import { candidateReportDocument, PROVISIONAL_TEXT, REPORT_END_TEXT } from './candidate-report';
import { sessionReportDocument, SESSION_REPORT_END_TEXT } from './session-report';
import { pdpDocumentDefinition, PDP_END_TEXT } from './pdp-document';
import { candidatePdpDocumentDefinition, CANDIDATE_PDP_END_TEXT, CANDIDATE_PDP_MIN_FONT_SIZE } from './pdp-candidate-document';
import { buildCandidatePdpDocument } from '$lib/engine/report/pdp-candidate-document';
import { cleanText } from './pdf-text';
import type { ActionItem, Pdp } from '$lib/engine/model/plan';

// Renders with pdfmake's Node build and reads the result back with poppler's pdftotext, the way a reader sees it.
const FONTS = resolve('node_modules/pdfmake/fonts/Roboto');
// REPORT_PDF_DIR keeps the files for a look at the rendered pages (pdftoppm -png).
const out = process.env.REPORT_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'wakker-pdf-'));

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

async function render(doc: TDocumentDefinitions, name: string): Promise<{ text: string; pages: number; file: string }> {
	const buffer: Buffer = await pdfmake.createPdf(doc).getBuffer();
	const file = join(out, `${name}.pdf`);
	writeFileSync(file, buffer);
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), file };
}

/** pdftotext wraps lines as laid out; compare without the line breaks and runs of spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

// Rendering a 30-page PDF takes about a second alone, several on a busy machine.
const RENDER_TIMEOUT_MS = 30_000;

describe('PDF documents', { timeout: RENDER_TIMEOUT_MS }, () => {
	it('renders a candidate report with 18 competencies and long notes completely, names and markup as typed', async () => {
		const base = buildFixtureSource({ notesPerCandidate: 100, longNotes: true, consensusFor: ['initiatief'] });
		const [first, ...rest] = base.observations;
		const markup = `<script>alert("x")</script> ${'Ditisééngeplakteheellangelinkzonderspaties'.repeat(4)} einde`;
		const source = { ...base, observations: [{ ...first!, text: markup }, ...rest] };
		const report = buildCandidateReport(source, source.candidates[0]!);
		const { text, pages } = await render(candidateReportDocument(report), 'kandidaat');
		const all = flat(text);
		expect(all).toContain("Zoë O'Brien-Çelik");
		expect(all).toContain('<script>alert("x")</script>');
		for (const section of report.sections) expect(all).toContain(flat(section.name));
		// Every note ends up on a page (note 0 was replaced by the markup note above).
		const missing = Array.from({ length: 99 }, (_, i) => `naar rek ${i + 1} brengt`).filter((t) => !all.includes(t));
		expect(missing).toEqual([]);
		expect(all).toContain('Hoe kwamen deze scores tot stand?');
		expect(all.trim().endsWith(`${REPORT_END_TEXT} Assessmentrapport Zoë O'Brien-Çelik (voorlopig) pagina ${pages} van ${pages}`)).toBe(true);
		// The consensus is not locked: every page says the report is voorlopig; the candidate's report has no statistics.
		const pageTexts = text.split('\f').filter((p) => p.trim() !== '');
		expect(pageTexts).toHaveLength(pages);
		expect(pageTexts.filter((p) => !flat(p).includes(PROVISIONAL_TEXT))).toEqual([]);
		expect(all).not.toMatch(/α|alfa|kappa|interval/i);
		expect(all).toContain('Sterke punten en groeipunten');
		expect(pages).toBeGreaterThan(10);
		expect(pages).toBeLessThan(80);
	});

	it('prints the eindbeoordeling right after the cover, with advice, motivation, points and who wrote it', async () => {
		const base = buildFixtureSource({ notesPerCandidate: 5, consensusFor: ['initiatief', 'samenwerken'] });
		const candidate = base.candidates[0]!;
		const lead = base.assessors[0]!;
		const finalAssessments = [
			{
				id: fixtureId(9_001),
				createdAt: '2026-03-06T10:00:00.000Z',
				updatedAt: '2026-03-06T10:30:00.000Z',
				vv: { d: 2 },
				sessionId: base.session.id,
				candidateId: candidate.id,
				advice: 'bijna-doorstroomklaar' as const,
				motivation: 'Zoë ziet zelf werk. <b>Afspraken</b> nakomen vraagt nog oefening.',
				strengthIds: ['samenwerken'],
				growthPointIds: ['initiatief'],
				attentionPoints: 'Vervoer naar de werkplek regelen.',
				authorId: lead.id
			}
		];
		const session = { ...base.session, consensusLock: { lockedAt: '2026-03-06T09:00:00.000Z', lockedBy: lead.id } };
		const report = buildCandidateReport({ ...base, session, finalAssessments }, candidate);
		const { text } = await render(candidateReportDocument(report), 'eindbeoordeling');
		const all = flat(text);
		expect(all).not.toMatch(/voorlopig/i);
		const at = all.indexOf('Eindbeoordeling');
		expect(at).toBeGreaterThan(0);
		expect(at).toBeLessThan(all.indexOf('Overzicht van de competenties'));
		expect(all).toContain('Advies: Bijna doorstroomklaar');
		expect(all).toContain('<b>Afspraken</b> nakomen');
		expect(all).toContain('Vervoer naar de werkplek regelen.');
		expect(all).toContain(`Geschreven door ${lead.name} op 6 maart 2026.`);
	});

	it('keeps a 200-character name whole on the cover and the footer on one line', async () => {
		const base = buildFixtureSource({ notesPerCandidate: 5 });
		const name = `${"Zoë O'Brien-Çelik ".repeat(11)}Einde`.slice(-200);
		const candidate = { ...base.candidates[0]!, name };
		const report = buildCandidateReport({ ...base, candidates: [candidate, ...base.candidates.slice(1)] }, candidate);
		const { text, pages } = await render(candidateReportDocument(report), 'lange-naam');
		expect(flat(text)).toContain(name.slice(-40));
		expect(flat(text)).toContain(`… pagina ${pages} van ${pages}`);
	});

	it('renders the session report with every candidate and competency', async () => {
		const source = buildFixtureSource({ notesPerCandidate: 20, consensusFor: ['initiatief'] });
		const report = buildSessionReport({ ...source, agreement: describeAgreement(source.ratings) });
		const { text, pages } = await render(sessionReportDocument(report), 'sessie');
		const all = flat(text);
		expect(all).toContain('Overeenstemming per competentie');
		for (const c of report.candidates) expect(all).toContain(c.name);
		expect(all).toContain('Werkorganisatie / tijdsbeheer');
		expect(all).toContain(SESSION_REPORT_END_TEXT);
		expect(pages).toBeLessThanOrEqual(4);
	});

	it('renders a PDP with its action table and follow-up history', async () => {
		const source = buildFixtureSource({ notesPerCandidate: 40, consensusFor: ['initiatief'] });
		const zoe = source.candidates[0]!;
		const schema = fixturePdpSchema();
		let n = 0;
		const draft = draftPdp({ report: buildCandidateReport(source, zoe), candidateId: zoe.id, schema, newId: () => fixtureId(80_000 + n++) });
		const meta = { createdAt: source.generatedAt, updatedAt: source.generatedAt, vv: {} };
		const pdp: Pdp = { ...draft.pdp, ...meta, id: fixtureId(5), resources: [{ id: fixtureId(6), text: 'Haar broer helpt met de bus.' }] };
		const actions: ActionItem[] = draft.actions.map((a, i) => ({ ...a, ...meta, id: fixtureId(7 + i), planId: pdp.id, planType: 'pdp' }));
		actions[0] = { ...actions[0]!, status: 'deels', history: [{ status: 'deels', remark: 'Twee keer gemeld', at: '2026-04-01T10:00:00Z' }] };
		const doc = buildPdpDocument({ pdp, actions, candidateName: zoe.name, schema, competencyNames: new Map() });
		const { text } = await render(pdpDocumentDefinition(doc), 'pdp');
		const all = flat(text);
		for (const column of ['Concrete acties', 'Tijdspanne', 'Wie?', 'Voltooid?', 'Opmerkingen']) expect(all).toContain(column);
		expect(all).toContain('Twee keer gemeld');
		expect(all).toContain('1 april 2026 +/−');
		expect(all).toContain('Haar broer helpt met de bus.');
		expect(all).toContain(PDP_END_TEXT);
	});

	it('renders the candidate’s own PDP: portrait, easy words, no notes or figures, next appointment and both signatures', async () => {
		const source = buildFixtureSource({ notesPerCandidate: 40, consensusFor: ['initiatief'] });
		const zoe = source.candidates[0]!;
		const schema = fixturePdpSchema();
		let n = 0;
		const draft = draftPdp({ report: buildCandidateReport(source, zoe), candidateId: zoe.id, schema, newId: () => fixtureId(81_000 + n++) });
		const meta = { createdAt: source.generatedAt, updatedAt: source.generatedAt, vv: {} };
		const pdp: Pdp = {
			...draft.pdp,
			...meta,
			id: fixtureId(5),
			resources: [{ id: fixtureId(6), text: 'Haar broer helpt met de bus 👍' }],
			coachingSessions: [
				{ id: fixtureId(7), date: '2026-04-01', agreed: 'Eerste gesprek', next: { date: '2026-04-15', note: 'om 10 uur op kantoor' }, recordedAt: '2026-04-01T10:00:00Z' },
				{ id: fixtureId(8), date: '2026-04-15', agreed: 'Tweede gesprek', next: { date: '2026-05-06', note: 'om 14 uur' }, recordedAt: '2026-04-15T10:00:00Z' }
			]
		};
		const actions: ActionItem[] = draft.actions.map((a, i) => ({ ...a, ...meta, id: fixtureId(20 + i), planId: pdp.id, planType: 'pdp' }));
		actions[0] = { ...actions[0]!, status: 'volledig', dueDate: '2026-05-01' };
		const names = new Map(source.profile.competencies.map((c) => [c.id, c.name]));
		const doc = buildCandidatePdpDocument({ pdp, actions, candidateName: zoe.name, schema, competencyNames: names, jobTarget: 'magazijnmedewerker', today: '2026-04-20' });
		const definition = candidatePdpDocumentDefinition(doc);
		expect(definition.pageOrientation).toBe('portrait');
		// No text anywhere in the document below the easy-reading size.
		const sizes: number[] = [];
		JSON.stringify(definition, (key, value) => (key === 'fontSize' && typeof value === 'number' ? (sizes.push(value), value) : value));
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(CANDIDATE_PDP_MIN_FONT_SIZE);
		const { text, file } = await render(definition, 'pdp-kandidaat');
		const all = flat(text);
		for (const words of ['Mijn plan', 'Mijn doel', 'Ik wil werken als magazijnmedewerker.', 'Wat ga ik doen?', 'Wanneer?', 'Wie helpt mij?', 'Klaar?', 'Ik, de kandidaat', 'De jobcoach', CANDIDATE_PDP_END_TEXT])
			expect(all).toContain(words);
		expect(all).toContain('6 mei 2026: om 14 uur');
		expect(doc.actions[0]!.when).toBe('4 weken, klaar op 1 mei 2026');
		expect(all).toContain('1 mei 2026');
		expect(all).toContain('Haar broer helpt met de bus');
		expect(all).not.toContain('👍');
		// No assessor notes, levels or statistics: none of the evidence the coach's version quotes.
		for (const need of pdp.needs) for (const line of need.evidence.split('\n').filter((l) => l.length > 20)) expect(all).not.toContain(line.slice(0, 40));
		expect(all).not.toMatch(/mediaan|scores|Matig|Onvoldoende/);
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
		expect(Number(height)).toBeGreaterThan(Number(width));
	});

	it('drops emoji, which Roboto cannot draw, and keeps © and accents', () => {
		expect(cleanText('Goed gedaan 👍🏽 ❤️ © Zoë')).toBe('Goed gedaan   © Zoë');
	});
});
