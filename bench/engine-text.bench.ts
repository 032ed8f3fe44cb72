/**
 * Engine work done while someone types or opens a report, in Node: the note coach on a 20,000-character note
 * (it runs on every keystroke, so it must stay well inside one 16 ms frame) and the report's agreement wording.
 */
import { readFileSync } from 'node:fs';
import { lintObservation } from '$lib/engine/observation/note-coach';
import { NoteCoachLexicon } from '$lib/engine/rubric';
import { describeAgreement } from '$lib/engine/report/agreement-note';
import { buildFixtureSource } from '$lib/engine/report/report.fixture';
import { measure, printHeading } from './lib/measure';

const lexicon = NoteCoachLexicon.parse(JSON.parse(readFileSync('rubrics/notitiecoach.json', 'utf8')));
const longNote = 'Hij zet de dozen op de kar en telt ze. Hij is lui. '.repeat(400);
const ratings = buildFixtureSource({ notesPerCandidate: 1 }).ratings;

printHeading(`Note coach and report wording: a ${longNote.length.toLocaleString('nl-BE')}-character note, ${ratings.length} ratings`);
await measure('note coach, 20,000-character note', () => lintObservation(longNote, lexicon), { targetMs: 16 });
await measure('agreement wording for a report (6 × 18 × 3)', () => describeAgreement(ratings), { targetMs: 500 });
