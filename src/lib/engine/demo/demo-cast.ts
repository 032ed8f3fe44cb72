import type { DemoTemplateId } from './demo-notes';

/**
 * Who and what the demo assessment-center is about. Invented people; the exercises are the three
 * example scenarios of the DOne draaiboek (p. 14).
 */
export const DEMO_SESSION = {
	name: 'Demo: assessment-center magazijn en logistiek',
	location: 'Kringwinkel Gent, Dok Noord',
	dayLabels: ['Dag 1 – magazijn en fietsatelier', 'Dag 2 – keuken']
} as const;

/** The competencies the demo assesses, in the order of the DOne profile. */
export const DEMO_COMPETENCY_IDS = [
	'samenwerken',
	'zelfstandigheid',
	'initiatief',
	'flexibiliteit',
	'leervermogen',
	'nauwkeurigheid',
	'discipline',
	'stressbestendigheid',
	'werkorganisatie'
] as const;
export type DemoCompetencyId = (typeof DEMO_COMPETENCY_IDS)[number];

export interface DemoExerciseSpec {
	templateId: DemoTemplateId;
	name: string;
	durationMinutes: number;
	instructions: string;
	/** 0 = first day. */
	day: 0 | 1;
	/** Start time as minutes after midnight UTC of that day (08:00 UTC ≈ 09:00 in Brussels in winter). */
	startMinuteUtc: number;
	competencyIds: readonly DemoCompetencyId[];
}

/** The competency × exercise matrix: every assessed competency is measured in at least two exercises. */
export const DEMO_EXERCISES: readonly DemoExerciseSpec[] = [
	{
		templateId: 'magazijn-stock',
		name: 'Scenario Magazijn + stock',
		durationMinutes: 60,
		instructions:
			'Een levering van een vijftiental dozen komt binnen. Controleer de levering met de leveringsbon, zet de artikelen op de juiste rekplaats, pas de stocklijst aan en stel daarna 3 bestellingen samen. Meld wat ontbreekt of beschadigd is.',
		day: 0,
		startMinuteUtc: 8 * 60,
		competencyIds: ['initiatief', 'zelfstandigheid', 'nauwkeurigheid', 'samenwerken', 'werkorganisatie', 'discipline']
	},
	{
		templateId: 'fietsherstelling',
		name: 'Scenario Fietsherstelling',
		durationMinutes: 45,
		instructions:
			'Een stadsfiets heeft een lekke achterband en een slecht afgestelde achterrem. Herstel de band volgens de werkfiche, kijk de fiets na, meld wat je vaststelt en ruim je werkplek op.',
		day: 0,
		startMinuteUtc: 10 * 60 + 30,
		competencyIds: ['initiatief', 'zelfstandigheid', 'nauwkeurigheid', 'leervermogen', 'stressbestendigheid', 'flexibiliteit']
	},
	{
		templateId: 'kookopdracht',
		name: 'Scenario Kookopdracht',
		durationMinutes: 90,
		instructions:
			'Bereid in een groepje soep en een slaatje voor 12 personen; het recept is voor 4 personen. Het eten is klaar om 11u30. Verdeel samen het werk, volg de hygiëneregels en laat de keuken proper achter.',
		day: 1,
		startMinuteUtc: 8 * 60 + 30,
		competencyIds: ['nauwkeurigheid', 'samenwerken', 'werkorganisatie', 'discipline', 'leervermogen', 'stressbestendigheid', 'flexibiliteit']
	}
];

export type DemoAssessorRole = 'lenient' | 'central' | 'coach';

export interface DemoAssessorSpec {
	name: string;
	/**
	 * The rater effect built into this assessor's ratings (draaiboek valkuilen):
	 * - lenient: over-rating, about +0.6 level above the others once rounded to the scale;
	 * - central: avoids the extreme levels, pulls every judgement towards the middle;
	 * - coach: judges like the truth, except the candidate they coach: a level higher (the draaiboek's
	 *   bias towards candidates you have worked with for a long time, "de hulpverlenersfout").
	 */
	role: DemoAssessorRole;
}

export const DEMO_ASSESSORS: readonly DemoAssessorSpec[] = [
	{ name: 'An Peeters', role: 'lenient' },
	{ name: 'Youssef El Amrani', role: 'central' },
	{ name: 'Griet Van Damme', role: 'coach' }
];

export interface DemoCandidateSpec {
	name: string;
	jobTarget: string;
	/** The job in the built-in functieprofielen (rubrics/functieprofielen.json) the job target points at. */
	targetJobId: string;
	code: string;
	/** Coached by the assessor with role "coach". */
	coachedByCoach?: boolean;
	/** True ability on the SAM value scale (1..4), per competency. */
	ability: Readonly<Record<DemoCompetencyId, number>>;
}

function abilities(values: readonly number[]): Record<DemoCompetencyId, number> {
	return Object.fromEntries(DEMO_COMPETENCY_IDS.map((id, i) => [id, values[i]!])) as Record<DemoCompetencyId, number>;
}

// Ability order: samenwerken, zelfstandigheid, initiatief, flexibiliteit, leervermogen,
// nauwkeurigheid, discipline, stressbestendigheid, werkorganisatie.
export const DEMO_CANDIDATES: readonly DemoCandidateSpec[] = [
	{ name: "Zoë O'Brien-Çelik", jobTarget: 'Fietshersteller', targetJobId: 'fietshersteller', code: 'K01', ability: abilities([2.6, 3.2, 3.0, 2.7, 3.5, 3.6, 3.1, 1.8, 2.8]) },
	{ name: 'Mohamed Benali', jobTarget: 'Magazijnier', targetJobId: 'magazijnmedewerker', code: 'K02', ability: abilities([3.3, 2.6, 2.4, 2.8, 2.4, 2.9, 2.8, 3.0, 2.7]) },
	{ name: 'Lotte Vermeulen', jobTarget: 'Keukenhulp', targetJobId: 'keukenhulp', code: 'K03', ability: abilities([2.8, 1.7, 1.5, 2.4, 2.3, 2.2, 2.6, 2.1, 1.9]) },
	{
		name: 'Kevin De Smet',
		jobTarget: 'Magazijnier (orderpicker)',
		targetJobId: 'magazijnmedewerker',
		code: 'K04',
		coachedByCoach: true,
		ability: abilities([2.2, 2.3, 2.0, 2.0, 2.1, 1.6, 1.5, 2.5, 1.8])
	},
	{ name: 'Aïcha Diallo', jobTarget: 'Keukenhulp in een grootkeuken', targetJobId: 'keukenhulp', code: 'K05', ability: abilities([3.2, 3.1, 3.4, 3.3, 2.9, 2.8, 3.3, 3.2, 3.4]) },
	{ name: 'Jonas Mukendi', jobTarget: 'Medewerker fietsatelier', targetJobId: 'fietshersteller', code: 'K06', ability: abilities([1.4, 2.0, 1.4, 1.6, 1.7, 1.8, 2.3, 1.3, 1.6]) }
];

/** Size of the rater effects, on the SAM value scale. */
export const RATER_EFFECTS = {
	/** Leniency of the lenient assessor (before rounding; the ceiling of the scale takes some off). */
	leniency: 0.7,
	/** The central assessor keeps this fraction of the distance to the middle of the scale. */
	centralShrink: 0.45,
	/** Extra for the candidate the coaching assessor coaches. */
	familiarity: 1.0,
	/** How much a candidate's performance differs between exercises (shared by all assessors). */
	exerciseSd: 0.2,
	/** Each assessor's own random error per judgement. */
	raterSd: 0.25
} as const;
