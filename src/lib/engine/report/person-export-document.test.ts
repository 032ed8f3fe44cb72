import { describe, expect, it } from 'vitest';
import type { Candidate, ConsensusDecision, Observation, Rating } from '../model';
import { buildPersonExportDocument, originOf, type PersonExportInput } from './person-export-document';

const HERE = 'tablet-hier';
const meta = (id: string, vv: Record<string, number> = { [HERE]: 1 }) => ({ id, createdAt: '2026-03-02T08:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z', vv });
const SESSION = 'aaaaaaaa-0000-4000-8000-000000000001';
const EXERCISE = 'aaaaaaaa-0000-4000-8000-000000000002';
const ASSESSOR = 'aaaaaaaa-0000-4000-8000-000000000003';
const CANDIDATE = 'aaaaaaaa-0000-4000-8000-000000000004';

const candidate: Candidate = { ...meta(CANDIDATE), sessionId: SESSION, name: 'Lotte Vermeulen', jobTarget: 'magazijnier', coachAssessorIds: [], code: 'K1' };
const note: Observation = {
	...meta('aaaaaaaa-0000-4000-8000-000000000010', { [HERE]: 2, 'tablet-b': 1 }),
	sessionId: SESSION,
	exerciseId: EXERCISE,
	candidateId: CANDIDATE,
	authorId: ASSESSOR,
	text: 'Zet de dozen <script>alert(1)</script> op de kar.',
	observedAt: '2026-03-02T08:15:00.000Z'
};
const rating: Rating = { ...meta('aaaaaaaa-0000-4000-8000-000000000011'), sessionId: SESSION, exerciseId: EXERCISE, candidateId: CANDIDATE, competencyId: 'initiatief', authorId: ASSESSOR, level: 'goed', evidenceObservationIds: [note.id] };
const decision: ConsensusDecision = { ...meta('aaaaaaaa-0000-4000-8000-000000000012', { 'tablet-b': 1 }), sessionId: SESSION, candidateId: CANDIDATE, competencyId: 'initiatief', level: 'matig', reason: 'Samen besproken', decidedBy: 'weg' };

function input(extra: Partial<PersonExportInput> = {}): PersonExportInput {
	return {
		candidate,
		session: { name: 'Magazijn maart', days: [{ date: '2026-03-02' }] },
		exercises: [{ id: EXERCISE, name: 'Orderpicking' }],
		observations: [note],
		classifications: [],
		ratings: [rating],
		consensusDecisions: [decision],
		finalAssessments: [],
		pdps: [],
		actions: [],
		tociEvaluations: [],
		auditLog: [],
		people: { [ASSESSOR]: 'Sofie Janssens' },
		competencies: { initiatief: 'Initiatief' },
		thisDeviceId: HERE,
		madeAt: '2026-03-05T10:00:00.000Z',
		...extra
	};
}

describe('the readable person export', () => {
	it('says per kind of data what is stored, where it came from, who wrote it and when, with names instead of ids', () => {
		const doc = buildPersonExportDocument(input());
		expect(doc.personName).toBe('Lotte Vermeulen');
		expect(doc.intro).toContain('Assessment-center: Magazijn maart (2 maart 2026).');
		const notes = doc.sections.find((s) => s.title === 'Notities van assessoren')!;
		expect(notes.count).toBe('1 notitie');
		expect(notes.columns).toEqual(['Wat', 'Waar vandaan', 'Door', 'Wanneer']);
		// Markup stays text: the PDF draws it as typed.
		expect(notes.rows[0]).toEqual(['Zet de dozen <script>alert(1)</script> op de kar.', 'oefening Orderpicking\nop: deze en een andere tablet', 'Sofie Janssens', '2 maart 2026 om 09:15']);
		const scores = doc.sections.find((s) => s.title === 'Scores per oefening')!;
		expect(scores.rows[0]![0]).toBe('Initiatief: Goed (nog niet ingediend)');
		const consensus = doc.sections.find((s) => s.title.startsWith('Consensus'))!;
		expect(consensus.rows[0]).toEqual(['Initiatief: Matig\nReden: Samen besproken', 'consensusoverleg\nop: een andere tablet', 'iemand die niet meer op deze tablet staat', '2 maart 2026 om 10:00']);
		const text = JSON.stringify(doc);
		expect(text).not.toContain(ASSESSOR);
		expect(text).not.toMatch(/undefined|NaN|null/);
	});

	it('says plainly when there is nothing of a kind', () => {
		const doc = buildPersonExportDocument(input({ observations: [], ratings: [], consensusDecisions: [] }));
		const pdps = doc.sections.find((s) => s.title.startsWith('Persoonlijk Doorstroom Plan'))!;
		expect(pdps.rows).toEqual([]);
		expect(pdps.count).toBe("0 PDP's");
		expect(pdps.none).toBe("Er zijn geen PDP's over Lotte Vermeulen.");
		expect(doc.sections.find((s) => s.title === 'Logboek')!.none).toBe('Er staat niets in het logboek over Lotte Vermeulen.');
	});

	it('marks practice work and what was deleted but is still kept', () => {
		const doc = buildPersonExportDocument(input({ observations: [{ ...note, practice: true, deletedAt: '2026-03-03T10:00:00.000Z' }] }));
		expect(doc.sections.find((s) => s.title === 'Notities van assessoren')!.rows[0]![0]).toBe(
			'Zet de dozen <script>alert(1)</script> op de kar. (oefening van een observator in opleiding, telt niet mee) (verwijderd op 3 maart 2026, nog bewaard zodat het ongedaan gemaakt kan worden)'
		);
	});

	it('reads the origin from the version vector', () => {
		expect(originOf({ vv: { [HERE]: 3 } }, HERE)).toBe('deze tablet');
		expect(originOf({ vv: { other: 1 } }, HERE)).toBe('een andere tablet');
	});
});
