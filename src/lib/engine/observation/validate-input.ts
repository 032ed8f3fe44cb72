import type { z } from '../common/zod-nl';
import { type Result } from '../common/result';

/** Outcome of a save: the stored record, or Dutch problems and nothing stored. */
export type SaveResult<T> = Result<{ value: T }>;

/** Dutch names of the fields users type, for messages like "Naam mag niet leeg zijn." */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
	name: 'Naam',
	location: 'Locatie',
	organisationName: 'Organisatie',
	label: 'Omschrijving van de dag',
	date: 'Datum',
	jobTarget: 'Jobdoelwit',
	text: 'Notitie',
	instructions: 'Instructies voor de assessoren',
	durationMinutes: 'Duur (minuten)',
	reason: 'Reden',
	code: 'Code',
	days: 'Dagen'
};

/** Validates a record against its schema; problems name the field in Dutch. */
export function validateRecord<S extends z.ZodType>(schema: S, record: unknown): SaveResult<z.infer<S>> {
	const result = schema.safeParse(record);
	if (result.success) return { ok: true, value: result.data };
	const problems = result.error.issues.map((issue) => {
		const field = [...issue.path].reverse().find((p): p is string => typeof p === 'string' && p in FIELD_LABELS);
		const label = field ? FIELD_LABELS[field] : issue.path.length > 0 ? issue.path.join('.') : 'Invoer';
		return `${label} ${issue.message}.`;
	});
	return { ok: false, problems: [...new Set(problems)] };
}
