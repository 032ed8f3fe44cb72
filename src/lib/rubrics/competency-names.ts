import type { RubricVersionRecord } from '$lib/db/db';

/**
 * Competency id → name from stored competency profiles and TOCI instruments, to label references to
 * competencies in other rubrics (PDP suggestions, exercises). Built-in rubrics are named first, so an
 * imported file cannot rename a built-in competency; newer versions go before older ones.
 */
export function collectCompetencyNames(records: readonly RubricVersionRecord[]): Record<string, string> {
	const names: Record<string, string> = {};
	const ordered = [...records].sort((a, b) => Number(a.origin === 'imported') - Number(b.origin === 'imported'));
	for (const record of ordered) {
		const content = record.content;
		if (content.kind !== 'competency-profile' && content.kind !== 'toci') continue;
		for (const competency of content.competencies) names[competency.id] ??= competency.name;
	}
	return names;
}
