import { slugify } from '../common/text';
import type { AssessmentSession, Assessor, Candidate, Exercise } from '../model/session';
import type { Classification, ConsensusDecision, Observation, Rating } from '../model/observation';
import type { CompetencyProfile, CompetencyTier } from '../rubric/competency-profile.schema';
import type { PdpSchema } from '../rubric/pdp-schema.schema';
import type { TargetJob, TargetLevel } from '../rubric/target-profile.schema';
import { SAM_LEVEL_IDS, type SamLevelId } from '../rubric/sam-scale';
import type { ReportSource } from './report-source';

/**
 * A deterministic session for report tests and benchmarks: 18 competencies (6 kern, 5 bijkomend, 7 extra
 * as in the DOne profile), 3 exercises, 3 assessors, 6 candidates and as many notes as asked for.
 */
export interface FixtureOptions {
	notesPerCandidate?: number;
	/** Competencies of candidate 0 that get a consensus decision (the rest falls back to the combined score). */
	consensusFor?: readonly string[];
	longNotes?: boolean;
	/** A real profile (e.g. rubrics/done-profiel.json) instead of the generated one. */
	profile?: CompetencyProfile;
}

export const FIXTURE_TIERS: readonly CompetencyTier[] = [
	...Array<CompetencyTier>(6).fill('kern'),
	...Array<CompetencyTier>(5).fill('bijkomend'),
	...Array<CompetencyTier>(7).fill('extra')
];

export const FIXTURE_NAMES = [
	'Samenwerken',
	'Zelfstandigheid – zelfredzaamheid',
	'Initiatief',
	'Flexibiliteit',
	'Leervermogen, leergierigheid en interesse',
	'Motivatie',
	'Nauwkeurigheid',
	'Discipline – omgaan met regels en afspraken',
	'Gezag aanvaarden',
	'Stressbestendigheid',
	'Conflicthantering',
	'Voorkomen',
	'Fysieke mogelijkheden, medische mogelijkheden',
	'Lees-, schrijf-, rekenvaardigheden',
	'Communicatievaardigheden',
	'Taalkennis (Nederlands)',
	'Werkorganisatie / tijdsbeheer',
	'Overige'
];

export function fixtureId(n: number): string {
	return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

const AT = '2026-03-03T09:00:00.000Z';
const meta = (n: number) => ({ id: fixtureId(n), createdAt: AT, updatedAt: AT, vv: { dev: 1 } });

export function fixtureProfile(): CompetencyProfile {
	return {
		kind: 'competency-profile',
		id: 'done-profiel',
		version: '1.0.0',
		title: 'DOne-competentieprofiel',
		description: '',
		language: 'nl-BE',
		source: 'test',
		scale: 'sam',
		competencies: FIXTURE_NAMES.map((name, i) => ({
			id: slugify(name),
			name,
			tier: FIXTURE_TIERS[i]!,
			definition: `Definitie van ${name}.`,
			provenance: 'project' as const,
			indicators: [1, 2].map((row) => ({
				id: `rij-${row}`,
				behaviour: `${name}: gedrag ${row}`,
				levels: {
					onvoldoende: `${name} rij ${row}: onvoldoende`,
					matig: `${name} rij ${row}: matig`,
					goed: `${name} rij ${row}: goed`,
					'zeer-goed': `${name} rij ${row}: zeer goed`
				}
			}))
		}))
	};
}

export const FIXTURE_CANDIDATE_NAMES = ["Zoë O'Brien-Çelik", 'Mehmet Yılmaz', 'Anaïs Dubois', 'Jan Peeters', 'Fatima El Amrani', 'Lotte Janssens'];

export function buildFixtureSource(options: FixtureOptions = {}): ReportSource {
	const { notesPerCandidate = 20, consensusFor = [], longNotes = false } = options;
	const profile = options.profile ?? fixtureProfile();
	const competencyIds = profile.competencies.map((c) => c.id);
	const assessors: Assessor[] = ['Ilse Vermeulen', 'Karim Benali', 'Sofie De Smet'].map((name, i) => ({ ...meta(100 + i), name }));
	const session: AssessmentSession = {
		...meta(1),
		name: 'Assessment voorjaar 2026',
		location: 'Gent',
		days: [
			{ id: fixtureId(2), date: '2026-03-03', label: 'dag 1' },
			{ id: fixtureId(3), date: '2026-03-05', label: '' }
		],
		rubricVersionId: 'done-profiel@1.0.0',
		competencyIds,
		assessorIds: assessors.map((a) => a.id)
	};
	const exercises: Exercise[] = ['Scenario Magazijn + stock', 'Scenario Fietsherstelling', 'Scenario Kookopdracht'].map((name, i) => ({
		...meta(200 + i),
		sessionId: session.id,
		name,
		durationMinutes: 60,
		instructions: '',
		competencyIds,
		order: i
	}));
	const candidates: Candidate[] = FIXTURE_CANDIDATE_NAMES.map((name, i) => ({
		...meta(300 + i),
		sessionId: session.id,
		name,
		jobTarget: i === 0 ? 'Magazijnier' : 'Keukenhulp',
		coachAssessorIds: [],
		code: `K${i + 1}`
	}));
	const observations: Observation[] = [];
	const classifications: Classification[] = [];
	const ratings: Rating[] = [];
	let n = 10_000;
	candidates.forEach((candidate, ci) => {
		for (let k = 0; k < notesPerCandidate; k++) {
			const exercise = exercises[k % exercises.length]!;
			const author = assessors[k % assessors.length]!;
			const competencyId = competencyIds[k % competencyIds.length]!;
			const base = `Noteert om 10:${String(k % 60).padStart(2, '0')} dat ${candidate.name} de doos optilt en naar rek ${k} brengt.`;
			const text = longNotes ? `${base} ${'Zet de dozen één voor één op het juiste rek en controleert het etiket. '.repeat(12)}` : base;
			const obs: Observation = {
				...meta(n++),
				sessionId: session.id,
				exerciseId: exercise.id,
				candidateId: candidate.id,
				authorId: author.id,
				text,
				observedAt: `2026-03-03T10:${String(k % 60).padStart(2, '0')}:00.000Z`
			};
			observations.push(obs);
			classifications.push({
				...meta(n++),
				sessionId: session.id,
				observationId: obs.id,
				candidateId: candidate.id,
				exerciseId: exercise.id,
				authorId: author.id,
				competencyId,
				// Every fifth note is linked to a level (onvoldoende … zeer goed in turn), the rest only to the competency.
				...(k % 5 === 0 ? { levelId: SAM_LEVEL_IDS[(k / 5) % 4]! } : {})
			});
		}
		competencyIds.forEach((competencyId, k) => {
			assessors.forEach((author, ai) => {
				const level: SamLevelId = SAM_LEVEL_IDS[(k + ci + ai) % 4]!;
				ratings.push({
					...meta(n++),
					sessionId: session.id,
					exerciseId: exercises[0]!.id,
					candidateId: candidate.id,
					competencyId,
					authorId: author.id,
					level,
					evidenceObservationIds: [],
					submittedAt: AT
				});
			});
		});
	});
	const consensus: ConsensusDecision[] = consensusFor.map((competencyId, i) => ({
		...meta(90_000 + i),
		sessionId: session.id,
		candidateId: candidates[0]!.id,
		competencyId,
		level: 'matig',
		reason: 'Besproken in het team.',
		decidedBy: assessors[0]!.id
	}));
	return {
		session,
		profile,
		exercises,
		assessors,
		candidates,
		observations,
		classifications,
		ratings,
		consensus,
		agreement: { lines: ['Krippendorffs alfa (ordinaal) = 0,62: matige overeenstemming.'] },
		generatedAt: '2026-03-10T12:00:00.000Z'
	};
}

export function fixturePdpSchema(): PdpSchema {
	return {
		kind: 'pdp-schema',
		id: 'pdp',
		version: '1.0.0',
		title: 'PDP',
		description: '',
		language: 'nl-BE',
		source: 'test',
		columns: { action: 'Concrete acties', timespan: 'Tijdspanne', who: 'Wie?', status: 'Voltooid?', remarks: 'Opmerkingen' },
		statusScale: [
			{ id: 'niet', symbol: '−', label: 'niet voltooid' },
			{ id: 'deels', symbol: '+/−', label: 'deels voltooid' },
			{ id: 'volledig', symbol: '+', label: 'volledig voltooid' }
		],
		coachingQuestions: ['Wat ga je concreet doen?', 'Wat heb je hierbij nodig?'],
		needsQuestions: ['Wat houdt je nog tegen?'],
		resourceQuestions: ['Wie of wat kan je helpen?'],
		suggestedActions: { initiatief: [{ text: 'Meld elke dag minstens één keer zelf aan je leidinggevende dat je klaar bent.', timespan: '4 weken', who: 'kandidaat' }] },
		smart: {
			concreteVerbs: ['meld', 'bel', 'oefen', 'schrijf', 'vraag', 'maak'],
			vagueWords: ['proberen', 'beter', 'meer'],
			measurableMarkers: ['keer', 'per week', 'minstens', 'elke'],
			deadlineMarkers: ['tegen', 'voor', 'weken', 'maand', 'week'],
			hints: {
				concrete: 'Begin met een werkwoord dat zegt wat je doet.',
				measurable: 'Hoe weet je dat het gelukt is? Noem een aantal.',
				deadline: 'Tegen wanneer?',
				who: 'Wie doet het?'
			}
		}
	};
}

/** A magazijnmedewerker job over the given competencies, asking `levelAt(i)` of the i-th, for comparison tests. */
export function fixtureTargetJob(competencyIds: readonly string[], levelAt: (index: number) => TargetLevel): TargetJob {
	return {
		id: 'magazijnmedewerker',
		job: 'Magazijnmedewerker',
		sector: 'Logistiek',
		tasks: '',
		provenance: 'project',
		requirements: competencyIds.map((competencyId, i) => ({ competencyId, level: levelAt(i), reason: `Reden ${i}.` }))
	};
}
