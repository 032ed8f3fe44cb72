import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRubricText, type RubricFile } from '../src/lib/engine/rubric/rubric-file';
import { checkTargetProfilesAgainst } from '../src/lib/engine/rubric/target-profile.schema';

/** Validates every `*.json` in the folder; returns one Dutch message per problem, naming file and path. */
export function validateRubricFolder(folder: string): string[] {
	// Sub-folders (rubrics/kalibratie/) hold instruments of their own kind; they are validated the same way.
	const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.json'))
		.sort();
	if (files.length === 0) return [`${folder}: geen rubriekbestanden gevonden.`];
	const parsed: { file: string; rubric: RubricFile }[] = [];
	const problems = files.flatMap((file) => {
		const result = parseRubricText(readFileSync(join(folder, file), 'utf8'), `${folder}/${file}`);
		if (result.ok) parsed.push({ file, rubric: result.rubric });
		return result.ok ? [] : result.problems;
	});
	// Functieprofielen name the competencies of a profile shipped beside them: check that they match it.
	const profiles = parsed.flatMap(({ rubric }) => (rubric.kind === 'competency-profile' ? [rubric] : []));
	for (const { file, rubric } of parsed) {
		if (rubric.kind !== 'target-profiles') continue;
		problems.push(...checkTargetProfilesAgainst(rubric, profiles).map((p) => `${folder}/${file}: ${p}`));
	}
	return problems;
}
