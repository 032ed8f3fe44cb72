import { z } from '../common/zod-nl';
import { CompetencyProfile } from './competency-profile.schema';
import { TociInstrument } from './toci.schema';
import { Checklist } from './checklist.schema';
import { KpiList } from './kpi-list.schema';
import { PdpSchema } from './pdp-schema.schema';
import { NoteCoachLexicon } from './note-coach.schema';
import { ExerciseLibrary } from './exercise-library.schema';

/** Every instrument file in `rubrics/` is one of these, told apart by `kind`. */
export const RubricFile = z.discriminatedUnion('kind', [
	CompetencyProfile,
	TociInstrument,
	Checklist,
	KpiList,
	PdpSchema,
	NoteCoachLexicon,
	ExerciseLibrary
]);
export type RubricFile = z.infer<typeof RubricFile>;
export type RubricKind = RubricFile['kind'];

export const RUBRIC_KIND_LABELS: Record<RubricKind, string> = {
	'competency-profile': 'Competentieprofiel',
	toci: 'TOCI-instrument',
	checklist: 'Checklist',
	'kpi-list': 'KPI-lijst',
	'pdp-schema': 'PDP-schema',
	'note-coach': 'Woordenlijst notitiecoach',
	'exercise-library': 'Oefeningenbibliotheek'
};

export type RubricParseResult =
	| { ok: true; rubric: RubricFile }
	| { ok: false; problems: string[] };

/** A rubric is referred to by id and version together: `done-profiel@1.0.0`. */
export function rubricKey(rubric: { id: string; version: string }): string {
	return `${rubric.id}@${rubric.version}`;
}

/** Size cap for an imported rubric file: the largest real instrument is a few hundred kB. */
export const MAX_RUBRIC_FILE_CHARS = 2_000_000;

/**
 * Parses a rubric file's text. Every problem names the file, the path inside it and what is wrong,
 * in Dutch, because an organisation importing its own instrument must be able to fix it.
 */
export function parseRubricText(text: string, fileName: string): RubricParseResult {
	if (text.length > MAX_RUBRIC_FILE_CHARS)
		return { ok: false, problems: [`${fileName}: het bestand is te groot (meer dan ${MAX_RUBRIC_FILE_CHARS.toLocaleString('nl-BE')} tekens).`] };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return { ok: false, problems: [`${fileName}: geen geldige JSON (${detail}).`] };
	}
	return parseRubricJson(json, fileName);
}

export function parseRubricJson(json: unknown, fileName: string): RubricParseResult {
	const result = RubricFile.safeParse(json);
	if (result.success) return { ok: true, rubric: result.data };
	return { ok: false, problems: result.error.issues.map((issue) => describeIssue(fileName, issue)) };
}

function describeIssue(fileName: string, issue: z.core.$ZodIssue): string {
	const where = issue.path.length === 0 ? '(hoofdniveau)' : formatPath(issue.path);
	if (issue.code === 'invalid_union' && issue.path.length === 0)
		return `${fileName}: ${where}: onbekend soort rubriek; "kind" moet één van ${Object.keys(RUBRIC_KIND_LABELS).map((k) => `"${k}"`).join(', ')} zijn.`;
	return `${fileName}: ${where}: ${issue.message}`;
}

function formatPath(path: PropertyKey[]): string {
	return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}
