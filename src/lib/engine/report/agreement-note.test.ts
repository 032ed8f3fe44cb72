import { describe, expect, it } from 'vitest';
import { describeAgreement } from './agreement-note';
import { buildFixtureSource } from './report.fixture';

describe('describeAgreement', () => {
	it('words the session agreement for a report', () => {
		const note = describeAgreement(buildFixtureSource({ notesPerCandidate: 1 }).ratings);
		expect(note.lines[0]).toMatch(/^Overeenstemming in dit assessment-center .* hetzelfde niveau in \d+% van de paren, hoogstens één niveau verschil in \d+%\.$/);
		expect(note.lines[1]).toMatch(/^Krippendorffs alfa \(ordinaal\): α = /);
		// The interval's convention in one line, and the small-sample warning counting candidates.
		expect(note.lines[2]).toMatch(/^95%-interval: kandidaten herbemonsterd, [\d.]+ herhalingen/);
		expect(note.lines.join(' ')).toMatch(/Gebaseerd op \d+ eenheden van \d+ kandidaten/);
		expect(note.lines.join(' ')).not.toMatch(/slechts \d+ beoordeelde eenheden/);
	});

	it('says why when no two assessors scored the same candidate', () => {
		const source = buildFixtureSource({ notesPerCandidate: 1 });
		const one = source.ratings.filter((r) => r.authorId === source.assessors[0]!.id);
		expect(describeAgreement(one).lines[0]).toMatch(/^De overeenstemming tussen de assessoren kon niet berekend worden/);
	});
});
