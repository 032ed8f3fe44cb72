import type { z } from '../common/zod-nl';
import type { SaveResult } from '../observation/validate-input';

export type { SaveResult };

/** Dutch names of the fields users type in the organisation screens and the action table. */
export const ORGANISATION_FIELD_LABELS: Readonly<Record<string, string>> = {
	name: 'Naam',
	label: 'Omschrijving van de meting',
	date: 'Datum',
	reason: 'Reden',
	team: 'Project of team',
	period: 'Periode',
	value: 'Waarde',
	text: 'Concrete actie',
	timespan: 'Tijdspanne',
	who: 'Wie',
	remarks: 'Opmerkingen',
	remark: 'Opmerking',
	reflections: 'Reflectie',
	participants: 'Deelnemers',
	kpiBaselinePeriod: 'Nulmetingsperiode'
};

/** Validates a record against its schema; every problem names the field in Dutch and nothing is stored. */
export function validateOrganisationRecord<S extends z.ZodType>(schema: S, record: unknown): SaveResult<z.infer<S>> {
	const result = schema.safeParse(record);
	if (result.success) return { ok: true, value: result.data };
	const problems = result.error.issues.map((issue) => {
		const field = [...issue.path].reverse().find((p): p is string => typeof p === 'string' && p in ORGANISATION_FIELD_LABELS);
		const label = field ? ORGANISATION_FIELD_LABELS[field] : 'Invoer';
		return `${label} ${issue.message}.`;
	});
	return { ok: false, problems: [...new Set(problems)] };
}
