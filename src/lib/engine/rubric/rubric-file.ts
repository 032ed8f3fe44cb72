import { z } from '../common/zod-nl';
import { CompetencyProfile } from './competency-profile.schema';
import { TociInstrument } from './toci.schema';
import { Checklist } from './checklist.schema';
import { KpiList } from './kpi-list.schema';
import { PdpSchema } from './pdp-schema.schema';
import { NoteCoachLexicon } from './note-coach.schema';
import { ExerciseLibrary } from './exercise-library.schema';
import { CalibrationCase } from './calibration-case.schema';
import { TargetProfiles } from './target-profile.schema';
import type { Result } from '../common/result';
import { describeJsonError } from '../common/json-error-place';
import { formatNumberNl } from '../common/format-nl';

/** Every instrument file in `rubrics/` is one of these, told apart by `kind`. */
export const RubricFile = z.discriminatedUnion('kind', [
	CompetencyProfile,
	TociInstrument,
	Checklist,
	KpiList,
	PdpSchema,
	NoteCoachLexicon,
	ExerciseLibrary,
	CalibrationCase,
	TargetProfiles
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
	'exercise-library': 'Oefeningenbibliotheek',
	'calibration-case': 'Kalibratiecasus',
	'target-profiles': 'Functieprofielen'
};

export type RubricParseResult = Result<{ rubric: RubricFile }>;

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
		return { ok: false, problems: [`${fileName}: het bestand is te groot (meer dan ${formatNumberNl(MAX_RUBRIC_FILE_CHARS)} tekens).`] };
	// Notepad and Excel on Windows start a UTF-8 file with a byte-order mark, which JSON.parse refuses.
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	if (body.trim() === '') return { ok: false, problems: [`${fileName}: het bestand is leeg.`] };
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch {
		return { ok: false, problems: [`${fileName}: ${describeJsonError(body)}`] };
	}
	return parseRubricJson(json, fileName);
}


/** A badly broken file can give hundreds of issues; the first ones are enough to start fixing. */
export const MAX_REPORTED_PROBLEMS = 50;

export function parseRubricJson(json: unknown, fileName: string): RubricParseResult {
	const result = RubricFile.safeParse(json, { error: describeTypeIssue });
	if (result.success) return { ok: true, rubric: result.data };
	const problems = result.error.issues.map((issue) => describeIssue(fileName, issue));
	if (problems.length <= MAX_REPORTED_PROBLEMS) return { ok: false, problems };
	const rest = problems.length - MAX_REPORTED_PROBLEMS;
	return { ok: false, problems: [...problems.slice(0, MAX_REPORTED_PROBLEMS), `${fileName}: … en nog ${rest} ${rest === 1 ? 'probleem' : 'problemen'}.`] };
}

const TYPE_NAMES_NL: Record<string, string> = {
	string: 'tekst',
	number: 'een getal',
	int: 'een geheel getal',
	boolean: 'true of false',
	array: 'een lijst [ … ]',
	object: 'een object { … }',
	null: 'null',
	undefined: 'niets'
};

function typeNameNl(type: string): string {
	return TYPE_NAMES_NL[type] ?? type;
}

function typeOfInput(input: unknown): string {
	if (input === null) return 'null';
	if (Array.isArray(input)) return 'array';
	if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
	return typeof input;
}

/**
 * Wrong or missing values in words a user understands: "ontbreekt" rather than "ontving undefined",
 * "moet één van "kern", "bijkomend" zijn" rather than a pipe-separated list.
 */
function describeTypeIssue(issue: z.core.$ZodRawIssue): string | undefined {
	if (issue.code === 'invalid_value') {
		const options = issue.values.map((v) => JSON.stringify(v));
		return options.length === 1 ? `moet ${options[0]} zijn` : `moet één van ${options.join(', ')} zijn`;
	}
	if (issue.code !== 'invalid_type') return undefined;
	const expected = typeNameNl(String(issue.expected));
	if (issue.input === undefined) return `ontbreekt (verwacht ${expected})`;
	return `verwacht ${expected}, maar dit is ${typeNameNl(typeOfInput(issue.input))}`;
}

const KIND_LIST = Object.keys(RUBRIC_KIND_LABELS)
	.map((k) => `"${k}"`)
	.join(', ');

function describeIssue(fileName: string, issue: z.core.$ZodIssue): string {
	const where = issue.path.length === 0 ? '(hoofdniveau)' : formatPath(issue.path);
	if (issue.code === 'invalid_union' && (issue.path.length === 0 || (issue.path.length === 1 && issue.path[0] === 'kind')))
		return `${fileName}: ${where}: "kind" ontbreekt of is onbekend; het soort rubriek moet één van ${KIND_LIST} zijn.`;
	if (issue.code === 'unrecognized_keys')
		return `${fileName}: ${where}: ${issue.keys.length === 1 ? 'onbekend veld' : 'onbekende velden'} ${issue.keys.map((k) => `"${k}"`).join(', ')} (tikfout, of hoort het op een andere plaats?)`;
	return `${fileName}: ${where}: ${issue.message}`;
}

function formatPath(path: PropertyKey[]): string {
	return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}
