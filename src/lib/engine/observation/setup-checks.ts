/**
 * Checks of an assessment-center's set-up against the advice of the DOne draaiboek. They warn and
 * explain; only the group size needs an explicit override (see `checkGroupSize`).
 */

/** Draaiboek DOne, competentieprofiel, valkuilen: "Het gebruik van niet relevante competenties leidt tot een overload aan informatie." */
export const MAX_COMPETENCIES_PER_EXERCISE = 8;
/** Draaiboek DOne, assessment, adviezen: "Laat elke kandidaat meerdere proeven/taken uitvoeren." */
export const MIN_EXERCISES_PER_COMPETENCY = 2;
/** Draaiboek DOne, assessment, adviezen: "Spreid assessment-tests over verschillende dagen (de 'slechte dag')." */
export const MIN_DAYS = 2;
/** Draaiboek DOne, assessment, adviezen: "Observeer met meerdere assessoren." */
export const MIN_ASSESSORS = 2;
/** Draaiboek DOne, assessment, adviezen: "Observeer een kleine groep (max. 6 personen)." */
export const MAX_CANDIDATES = 6;

export type SetupCheckId =
	| 'too-many-competencies'
	| 'competency-too-few-exercises'
	| 'competency-unused'
	| 'single-day'
	| 'too-few-assessors'
	| 'group-too-large'
	| 'coach-observes-own-candidate'
	| 'no-exercises'
	| 'no-candidates';

export interface SetupWarning {
	id: SetupCheckId;
	/** What is wrong, in Dutch. */
	message: string;
	/** Why it matters (the draaiboek's advice). */
	why: string;
	/** Ids of the records it is about (exercise, competency, candidate, assessor). */
	subjects: string[];
}

export interface SetupInput {
	competencyIds: readonly string[];
	assessorIds: readonly string[];
	exercises: readonly { id: string; name: string; dayId?: string; competencyIds: readonly string[] }[];
	candidates: readonly { id: string; name: string; coachAssessorIds: readonly string[] }[];
	assessors: readonly { id: string; name: string }[];
	/** Explicit assignments; an exercise without any means everyone observes everyone. */
	assignments: readonly { exerciseId: string; assessorId: string; candidateId: string }[];
	groupSizeOverride?: { reason: string } | undefined;
	/** Names of competencies for messages; the id is shown when a name is missing. */
	competencyNames?: Readonly<Record<string, string>>;
}

/** Who observes whom in an exercise: the explicit assignments, or everyone × everyone when there are none. */
export function resolveAssignments(
	exerciseId: string,
	assessorIds: readonly string[],
	candidateIds: readonly string[],
	assignments: readonly { exerciseId: string; assessorId: string; candidateId: string }[]
): { assessorId: string; candidateId: string }[] {
	const explicit = assignments.filter((a) => a.exerciseId === exerciseId);
	if (explicit.length > 0) return explicit.map(({ assessorId, candidateId }) => ({ assessorId, candidateId }));
	return assessorIds.flatMap((assessorId) => candidateIds.map((candidateId) => ({ assessorId, candidateId })));
}

export function checkGroupSize(candidateCount: number, override?: { reason: string }): SetupWarning | undefined {
	if (candidateCount <= MAX_CANDIDATES) return undefined;
	return {
		id: 'group-too-large',
		message: override
			? `${candidateCount} kandidaten: meer dan ${MAX_CANDIDATES}, bewust toegestaan (reden: ${override.reason}).`
			: `${candidateCount} kandidaten: meer dan ${MAX_CANDIDATES}.`,
		why: `Het draaiboek raadt aan een kleine groep te observeren (max. ${MAX_CANDIDATES} personen): met meer kandidaten mis je gedrag.`,
		subjects: []
	};
}

/** May one more candidate be added? Only up to the maximum, or beyond it with a lead's reason. */
export function canAddCandidate(currentCount: number, override?: { reason: string }): boolean {
	return currentCount < MAX_CANDIDATES || Boolean(override?.reason.trim());
}

export function checkSessionSetup(input: SetupInput): SetupWarning[] {
	const warnings: SetupWarning[] = [];
	const name = (id: string) => input.competencyNames?.[id] ?? id;
	const assessorName = (id: string) => input.assessors.find((a) => a.id === id)?.name ?? 'onbekende assessor';

	if (input.exercises.length === 0)
		warnings.push({ id: 'no-exercises', message: 'Er zijn nog geen oefeningen.', why: 'Kandidaten worden geobserveerd tijdens oefeningen.', subjects: [] });
	if (input.candidates.length === 0)
		warnings.push({ id: 'no-candidates', message: 'Er zijn nog geen kandidaten.', why: 'Voeg de kandidaten toe die je observeert.', subjects: [] });

	for (const exercise of input.exercises) {
		const measured = measuredCompetencyIds(exercise, input.competencyIds);
		if (measured.length > MAX_COMPETENCIES_PER_EXERCISE)
			warnings.push({
				id: 'too-many-competencies',
				message: `"${exercise.name}" meet ${measured.length} competenties (meer dan ${MAX_COMPETENCIES_PER_EXERCISE}).`,
				why: 'Het draaiboek waarschuwt: niet relevante competenties leiden tot een overload aan informatie. Kies per oefening wat je echt goed kan zien.',
				subjects: [exercise.id]
			});
	}

	if (input.exercises.length > 0) {
		for (const competencyId of input.competencyIds) {
			const count = input.exercises.filter((e) => e.competencyIds.includes(competencyId)).length;
			if (count === 0)
				warnings.push({
					id: 'competency-unused',
					message: `${name(competencyId)} wordt in geen enkele oefening gemeten.`,
					why: 'Een competentie die je beoordeelt, moet je ook kunnen observeren. Kies een oefening of schrap ze.',
					subjects: [competencyId]
				});
			else if (count < MIN_EXERCISES_PER_COMPETENCY)
				warnings.push({
					id: 'competency-too-few-exercises',
					message: `${name(competencyId)} wordt maar in ${count} oefening gemeten.`,
					why: `Het draaiboek raadt meerdere proeven aan: meet elke competentie in minstens ${MIN_EXERCISES_PER_COMPETENCY} oefeningen, zodat één moment niet beslist.`,
					subjects: [competencyId]
				});
		}
		const days = new Set(input.exercises.map((e) => e.dayId ?? ''));
		if (days.size < MIN_DAYS || days.has(''))
			warnings.push({
				id: 'single-day',
				message: days.has('') ? 'Niet elke oefening heeft een dag.' : 'Alle oefeningen vallen op één dag.',
				why: "Spreid de oefeningen over minstens 2 dagen: zo vermijd je de spreekwoordelijke 'slechte dag' van een kandidaat.",
				subjects: []
			});
	}

	if (input.assessorIds.length < MIN_ASSESSORS)
		warnings.push({
			id: 'too-few-assessors',
			message: input.assessorIds.length === 0 ? 'Er zijn nog geen assessoren.' : 'Er is maar één assessor.',
			why: 'Observeer met meerdere assessoren: een tweede blik vangt je eigen valkuilen op (te snel oordelen, stereotypen, toegeeflijkheid) en laat zien of de indicatoren voor iedereen hetzelfde betekenen.',
			subjects: []
		});

	const groupSize = checkGroupSize(input.candidates.length, input.groupSizeOverride);
	if (groupSize) warnings.push(groupSize);

	const candidateIds = input.candidates.map((c) => c.id);
	const seen = new Set<string>();
	for (const exercise of input.exercises) {
		for (const pair of resolveAssignments(exercise.id, input.assessorIds, candidateIds, input.assignments)) {
			const candidate = input.candidates.find((c) => c.id === pair.candidateId);
			const key = `${pair.assessorId}|${pair.candidateId}`;
			if (!candidate || !candidate.coachAssessorIds.includes(pair.assessorId) || seen.has(key)) continue;
			seen.add(key);
			warnings.push({
				id: 'coach-observes-own-candidate',
				message: `${assessorName(pair.assessorId)} observeert ${candidate.name}, die hij of zij zelf begeleidt.`,
				why: 'Het draaiboek noemt het als valkuil: je oordeelt anders over kandidaten met wie je al lang werkt. Laat bij voorkeur een andere assessor deze kandidaat observeren.',
				subjects: [pair.assessorId, pair.candidateId]
			});
		}
	}
	return warnings;
}

/**
 * The competencies an exercise really measures in this session: its matrix cells among the session's
 * chosen competencies (a library exercise suggests more than a session may assess).
 */
export function measuredCompetencyIds(exercise: { competencyIds: readonly string[] }, sessionCompetencyIds: readonly string[]): string[] {
	return sessionCompetencyIds.filter((id) => exercise.competencyIds.includes(id));
}
