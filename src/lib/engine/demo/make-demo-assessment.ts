import type {
	AssessmentSession,
	Assessor,
	Assignment,
	Candidate,
	Classification,
	Exercise,
	Observation,
	Rating,
	RatingLevel,
	RecordMetaFields
} from '../model';
import { NOT_OBSERVED } from '../model';
import { clampToSamValue, SAM_LEVEL_IDS, type CompetencyProfile, type ExerciseTemplate, type SamLevelId, type SamLevelValue } from '../rubric';
import { rubricKey } from '../rubric/rubric-file';
import { createSeededRandom, type SeededRandom } from './seeded-random';
import {
	DEMO_ASSESSORS,
	DEMO_CANDIDATES,
	DEMO_COMPETENCY_IDS,
	DEMO_EXERCISES,
	DEMO_SESSION,
	RATER_EFFECTS,
	type DemoAssessorRole,
	type DemoCompetencyId,
	type DemoExerciseSpec
} from './demo-cast';
import { DEMO_GENERAL_NOTES, DEMO_INTERPRETIVE_NOTES, DEMO_NOTES, type DemoNote } from './demo-notes';

export interface DemoAssessmentOptions {
	/** The competency profile the session is scored with; indicator ids are read from it. */
	profile: CompetencyProfile;
	/**
	 * Exercise templates (the exercise library); a matching templateId supplies name and instructions.
	 * The demo keeps its own durations: its notes and timestamps are planned on them.
	 */
	exercises?: readonly ExerciseTemplate[];
	seed: number;
	/** The functieprofielen file (`id@version`) the candidates' job targets point at, when it is stored. */
	targetProfilesKey?: string;
	/** The moment the demo is made (ISO); the assessment-center took place two weeks before. */
	now: string;
}

export interface DemoAssessment {
	session: AssessmentSession;
	assessors: Assessor[];
	exercises: Exercise[];
	candidates: Candidate[];
	assignments: Assignment[];
	observations: Observation[];
	classifications: Classification[];
	ratings: Rating[];
}

/** The device key in the demo's version vectors: recognisable, and never a real device's UUID. */
import { DEMO_DEVICE } from './demo-device';
export { DEMO_DEVICE };
/** The seed the app's demo is made with (tests check the rater effects for this seed). */
export const DEMO_SEED = 42;
const DAYS_BEFORE_NOW = 14;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Notes per assessor, candidate and exercise (a realistic amount for one exercise). */
const NOTES_MIN = 8;
const NOTES_MAX = 15;
/** Ratings where an assessor saw nothing of a competency. */
const NOT_OBSERVED_COUNT = 4;
/** Cells where two assessors are two levels apart: material for the consensus discussion. */
const WIDE_DISAGREEMENTS_MIN = 3;
/** Ratings the central assessor submits before the exercise ended (draaiboek: te snel oordelen). */
const TOO_FAST_COUNT = 3;
/** Chance that a single note points one level away from the assessor's overall judgement. */
const MIXED_EVIDENCE_CHANCE = 0.25;

type Level = SamLevelValue;

interface Cell {
	exercise: number;
	candidate: number;
	competency: DemoCompetencyId;
}

/**
 * A complete, realistic assessment-center to explore the app with: three exercises over two days,
 * six candidates, three assessors each observing every candidate in every exercise, factual notes,
 * their classification and submitted ratings on the SAM scale. The ratings come from true abilities
 * plus known rater effects (see `DEMO_ASSESSORS`), so agreement and rater diagnostics find something
 * real. Pure and deterministic: the same options give the same records.
 */
export function makeDemoAssessment(options: DemoAssessmentOptions): DemoAssessment {
	const { profile, seed } = options;
	const rng = createSeededRandom(seed);
	const nowMs = Date.parse(options.now);
	if (Number.isNaN(nowMs)) throw new Error(`makeDemoAssessment: "now" is geen geldige datum (${options.now})`);

	const profileCompetencies = new Map(profile.competencies.map((c) => [c.id, c]));
	const assessed = DEMO_COMPETENCY_IDS.filter((id) => profileCompetencies.has(id));
	const firstDayMs = Math.floor(nowMs / DAY) * DAY - DAYS_BEFORE_NOW * DAY;
	const preparedAt = iso(firstDayMs - 7 * DAY + 9 * 60 * MINUTE);
	const meta = (at: string): RecordMetaFields => ({ id: rng.uuid(), createdAt: at, updatedAt: at, vv: { [DEMO_DEVICE]: 1 } });

	const assessors: Assessor[] = DEMO_ASSESSORS.map((spec) => ({ ...meta(preparedAt), name: spec.name }));
	const coachIndex = DEMO_ASSESSORS.findIndex((a) => a.role === 'coach');
	const centralIndex = DEMO_ASSESSORS.findIndex((a) => a.role === 'central');

	const days = DEMO_SESSION.dayLabels.map((label, i) => ({ id: rng.uuid(), date: iso(firstDayMs + i * DAY).slice(0, 10), label }));
	const session: AssessmentSession = {
		...meta(preparedAt),
		name: DEMO_SESSION.name,
		location: DEMO_SESSION.location,
		days,
		rubricVersionId: rubricKey(profile),
		competencyIds: [...assessed],
		assessorIds: assessors.map((a) => a.id),
		leadAssessorId: assessors[0]!.id
	};

	const candidates: Candidate[] = DEMO_CANDIDATES.map((spec) => ({
		...meta(preparedAt),
		sessionId: session.id,
		name: spec.name,
		jobTarget: spec.jobTarget,
		...(options.targetProfilesKey ? { targetJob: { profilesKey: options.targetProfilesKey, jobId: spec.targetJobId } } : {}),
		coachAssessorIds: spec.coachedByCoach && coachIndex >= 0 ? [assessors[coachIndex]!.id] : [],
		code: spec.code
	}));

	const specs = DEMO_EXERCISES.map((spec) => withTemplate(spec, options.exercises));
	const exercises: Exercise[] = specs.map((spec, order) => {
		const startMs = firstDayMs + spec.day * DAY + spec.startMinuteUtc * MINUTE;
		return {
			...meta(preparedAt),
			sessionId: session.id,
			name: spec.name,
			templateId: spec.templateId,
			dayId: days[spec.day]!.id,
			durationMinutes: spec.durationMinutes,
			instructions: spec.instructions,
			competencyIds: spec.competencyIds.filter((id) => profileCompetencies.has(id)),
			order,
			startedAt: iso(startMs),
			endedAt: iso(startMs + spec.durationMinutes * MINUTE)
		};
	});

	const cells: Cell[] = exercises.flatMap((exercise, e) =>
		candidates.flatMap((_, c) => (exercise.competencyIds as DemoCompetencyId[]).map((competency) => ({ exercise: e, candidate: c, competency })))
	);
	const levels = drawLevels(cells, rng);
	forceWideDisagreements(cells, levels, rng);
	const notObserved = pickNotObserved(cells, rng);
	const tooFast = pickTooFast(exercises, candidates.length, centralIndex, rng);

	const assignments: Assignment[] = [];
	const observations: Observation[] = [];
	const classifications: Classification[] = [];
	const ratings: Rating[] = [];
	const interpretive = placeInterpretiveNotes(exercises.length, candidates.length);

	exercises.forEach((exercise, e) => {
		const startMs = Date.parse(exercise.startedAt!);
		const endMs = Date.parse(exercise.endedAt!);
		const templateId = specs[e]!.templateId;
		candidates.forEach((candidate, c) => {
			assessors.forEach((assessor, a) => {
				assignments.push({ ...meta(preparedAt), sessionId: session.id, exerciseId: exercise.id, assessorId: assessor.id, candidateId: candidate.id });
				const drafts: { text: string; competency?: DemoCompetencyId; note?: DemoNote; level?: Level }[] = [];
				for (const competency of exercise.competencyIds as DemoCompetencyId[]) {
					if (notObserved.has(cellKey({ exercise: e, candidate: c, competency }, a))) continue;
					const level = levels.get(cellKey({ exercise: e, candidate: c, competency }, a))!;
					const count = rng.int(1, 2);
					const used = new Set<string>();
					for (let n = 0; n < count; n++) {
						const noteLevel = rng.next() < MIXED_EVIDENCE_CHANCE ? clampLevel(level + (rng.next() < 0.5 ? -1 : 1)) : level;
						const note = pickNote(competency, noteLevel, templateId, used, rng);
						if (!note) continue;
						used.add(note.text);
						drafts.push({ text: note.text, competency, note, level: noteLevel });
					}
				}
				const general = [...DEMO_GENERAL_NOTES];
				while (drafts.length < NOTES_MIN || (drafts.length < NOTES_MAX && rng.next() < 0.4)) {
					const text = general.splice(rng.int(0, general.length - 1), 1)[0];
					if (!text) break;
					drafts.push({ text });
				}
				const special = interpretive.get(`${e}|${c}|${a}`);
				if (special !== undefined) drafts.push({ text: DEMO_INTERPRETIVE_NOTES[special]! });
				shuffle(drafts, rng);

				const times = drafts.map(() => startMs + rng.int(60, exercise.durationMinutes * 60 - 30) * 1000).sort((x, y) => x - y);
				const classifiedAt = iso(endMs + rng.int(2, 8) * MINUTE);
				const evidence = new Map<DemoCompetencyId, string[]>();
				drafts.forEach((draft, i) => {
					const observedAt = iso(times[i]!);
					const observation: Observation = {
						...meta(observedAt),
						sessionId: session.id,
						exerciseId: exercise.id,
						candidateId: candidate.id,
						authorId: assessor.id,
						text: draft.text,
						observedAt
					};
					observations.push(observation);
					if (!draft.competency || !draft.note || !draft.level) return;
					const indicatorIds = profileCompetencies.get(draft.competency)!.indicators.map((row) => row.id);
					const indicatorId = draft.note.indicator && indicatorIds.includes(draft.note.indicator) ? draft.note.indicator : rng.pick(indicatorIds);
					classifications.push({
						...meta(classifiedAt),
						sessionId: session.id,
						observationId: observation.id,
						candidateId: candidate.id,
						exerciseId: exercise.id,
						authorId: assessor.id,
						competencyId: draft.competency,
						indicatorId,
						levelId: samId(draft.level)
					});
					evidence.set(draft.competency, [...(evidence.get(draft.competency) ?? []), observation.id]);
				});

				const rushed = a === centralIndex && tooFast.exercise === e && tooFast.candidate === c;
				(exercise.competencyIds as DemoCompetencyId[]).forEach((competency, k) => {
					const key = cellKey({ exercise: e, candidate: c, competency }, a);
					const level: RatingLevel = notObserved.has(key) ? NOT_OBSERVED : samId(levels.get(key)!);
					const submittedMs = rushed && k < TOO_FAST_COUNT ? endMs - rng.int(8, 15) * MINUTE : endMs + rng.int(10, 45) * MINUTE;
					ratings.push({
						...meta(iso(submittedMs)),
						sessionId: session.id,
						exerciseId: exercise.id,
						candidateId: candidate.id,
						competencyId: competency,
						authorId: assessor.id,
						level,
						evidenceObservationIds: level === NOT_OBSERVED ? [] : (evidence.get(competency) ?? []),
						submittedAt: iso(submittedMs)
					});
				});
			});
		});
	});

	return { session, assessors, exercises, candidates, assignments, observations, classifications, ratings };
}

function withTemplate(spec: DemoExerciseSpec, templates: readonly ExerciseTemplate[] | undefined): DemoExerciseSpec {
	const template = templates?.find((t) => t.id === spec.templateId);
	if (!template) return spec;
	return { ...spec, name: template.name, instructions: template.instructions };
}

function cellKey(cell: Cell, assessor: number): string {
	return `${cell.exercise}|${cell.candidate}|${cell.competency}|${assessor}`;
}

/** Each assessor's level per cell: ability + the candidate's form in this exercise + rater effect + error. */
function drawLevels(cells: readonly Cell[], rng: SeededRandom): Map<string, Level> {
	const levels = new Map<string, Level>();
	for (const cell of cells) {
		const candidate = DEMO_CANDIDATES[cell.candidate]!;
		const shown = candidate.ability[cell.competency] + RATER_EFFECTS.exerciseSd * rng.normal();
		DEMO_ASSESSORS.forEach((assessor, a) => {
			const judged = applyRaterEffect(assessor.role, shown, candidate.coachedByCoach === true) + RATER_EFFECTS.raterSd * rng.normal();
			levels.set(cellKey(cell, a), clampLevel(Math.round(judged)));
		});
	}
	return levels;
}

function applyRaterEffect(role: DemoAssessorRole, value: number, coached: boolean): number {
	const middle = 2.5;
	if (role === 'lenient') return value + RATER_EFFECTS.leniency;
	if (role === 'central') return middle + RATER_EFFECTS.centralShrink * (value - middle);
	return coached ? value + RATER_EFFECTS.familiarity : value;
}

/** Makes sure a few cells have a two-level gap: the lenient assessor overshoots where the others are low. */
function forceWideDisagreements(cells: readonly Cell[], levels: Map<string, Level>, rng: SeededRandom): void {
	const lenient = DEMO_ASSESSORS.findIndex((a) => a.role === 'lenient');
	const spread = (cell: Cell) => {
		const values = DEMO_ASSESSORS.map((_, a) => levels.get(cellKey(cell, a))!);
		return Math.max(...values) - Math.min(...values);
	};
	let wide = cells.filter((cell) => spread(cell) >= 2).length;
	const order = shuffle([...cells], rng);
	for (const cell of order) {
		if (wide >= WIDE_DISAGREEMENTS_MIN) break;
		if (spread(cell) >= 2) continue;
		const others = DEMO_ASSESSORS.map((_, a) => a).filter((a) => a !== lenient).map((a) => levels.get(cellKey(cell, a))!);
		const target = Math.min(...others) + 2;
		if (target > 4) continue;
		levels.set(cellKey(cell, lenient), target as Level);
		wide++;
	}
}

function pickNotObserved(cells: readonly Cell[], rng: SeededRandom): Set<string> {
	const keys = new Set<string>();
	while (keys.size < Math.min(NOT_OBSERVED_COUNT, cells.length)) keys.add(cellKey(rng.pick(cells), rng.int(0, DEMO_ASSESSORS.length - 1)));
	return keys;
}

function pickTooFast(exercises: readonly Exercise[], candidateCount: number, assessor: number, rng: SeededRandom) {
	if (assessor < 0 || exercises.length === 0) return { exercise: -1, candidate: -1 };
	return { exercise: rng.int(0, exercises.length - 1), candidate: rng.int(0, candidateCount - 1) };
}

/** Fixed places for the interpretive notes: one per assessor, different candidates and exercises. */
function placeInterpretiveNotes(exerciseCount: number, candidateCount: number): Map<string, number> {
	const places = new Map<string, number>();
	DEMO_INTERPRETIVE_NOTES.forEach((_, i) => {
		const assessor = i % DEMO_ASSESSORS.length;
		places.set(`${i % exerciseCount}|${(2 * i + 2) % candidateCount}|${assessor}`, i);
	});
	return places;
}

function pickNote(competency: DemoCompetencyId, level: Level, templateId: string, used: Set<string>, rng: SeededRandom): DemoNote | undefined {
	const fitting = (DEMO_NOTES[competency] ?? []).filter(
		(n) => n.level === level && (n.exercise === undefined || n.exercise === templateId) && !used.has(n.text)
	);
	return fitting.length > 0 ? rng.pick(fitting) : undefined;
}

function shuffle<T>(items: T[], rng: SeededRandom): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	return items;
}

function clampLevel(value: number): Level {
	return clampToSamValue(value);
}

function samId(level: Level): SamLevelId {
	return SAM_LEVEL_IDS[level - 1]!;
}

function iso(ms: number): string {
	return new Date(ms).toISOString();
}
