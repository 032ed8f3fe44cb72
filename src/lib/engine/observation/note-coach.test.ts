import { describe, expect, it } from 'vitest';
import type { NoteCoachLexicon } from '../rubric/note-coach.schema';
import { lintObservation, segmentByMarks } from './note-coach';

const lexicon: NoteCoachLexicon = {
	kind: 'note-coach',
	id: 'notitiecoach-test',
	version: '1.0.0',
	title: 'Test',
	description: '',
	language: 'nl-BE',
	source: '',
	categories: [
		{ id: 'eigenschap', label: 'Persoonlijkheidskenmerk', suggestion: 'Beschrijf wat je zag of hoorde.', terms: ['lui', 'ongemotiveerd*', 'geïrriteerd'] },
		{ id: 'oordeel', label: 'Oordeel', suggestion: 'Noteer het gedrag, niet je oordeel.', terms: ['goed gedaan', 'niet gemotiveerd', 'slordig*'] }
	]
};

describe('lintObservation', () => {
	it.each([
		['Hij is lui.', ['lui']],
		['LUI en Lui', ['LUI', 'Lui']],
		['Ze leek ongemotiveerd', ['ongemotiveerd']],
		['een ongemotiveerde indruk', ['ongemotiveerde']],
		['Hij was duidelijk geïrriteerd', ['geïrriteerd']],
		['Hij was duidelijk geirriteerd', ['geirriteerd']],
		['Dat heb je goed gedaan!', ['goed gedaan']],
		['Goed   gedaan', ['Goed   gedaan']],
		['Slordige rij dozen', ['Slordige']]
	])('marks interpretation in %j', (text, expected) => {
		expect(lintObservation(text, lexicon).map((m) => m.text)).toEqual(expected);
	});

	it.each([['luister'], ['Hij luidde de bel'], ['Hij zette 12 dozen op de kar'], ['goed'], ['gedaan'], ['']])(
		'leaves descriptive text %j alone (whole words only)',
		(text) => {
			expect(lintObservation(text, lexicon)).toEqual([]);
		}
	);

	it('prefers the longest phrase and reports offsets, category and suggestion', () => {
		const text = 'Zegt: niet gemotiveerd. Werkt slordig.';
		const marks = lintObservation(text, lexicon);
		expect(marks).toHaveLength(2);
		expect(marks[0]).toMatchObject({ text: 'niet gemotiveerd', categoryId: 'oordeel', term: 'niet gemotiveerd', suggestion: 'Noteer het gedrag, niet je oordeel.' });
		expect(text.slice(marks[0]!.start, marks[0]!.end)).toBe('niet gemotiveerd');
		expect(marks[1]).toMatchObject({ text: 'slordig', term: 'slordig*' });
	});

	it('splits a note into plain and marked segments that rebuild the text', () => {
		const text = 'Hij is lui, zegt hij.';
		const segments = segmentByMarks(text, lintObservation(text, lexicon));
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['lui']);
	});

	it('lints a 20,000-character note, marking every interpretive word and nothing else (its speed is in bench/note-coach.bench.ts)', () => {
		const text = 'Hij zet de dozen op de kar en telt ze. Hij is lui. '.repeat(400);
		const marks = lintObservation(text, lexicon);
		expect(marks.length).toBeGreaterThanOrEqual(400);
		expect(new Set(marks.map((m) => text.slice(m.start, m.end).toLowerCase()))).toEqual(new Set(['lui']));
	});
});
