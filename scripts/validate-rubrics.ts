import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRubricText } from '../src/lib/engine/rubric/rubric-file';

/** Validates every `*.json` in the folder; returns one Dutch message per problem, naming file and path. */
export function validateRubricFolder(folder: string): string[] {
	// Sub-folders (rubrics/kalibratie/) hold instruments of their own kind; they are validated the same way.
	const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.json'))
		.sort();
	if (files.length === 0) return [`${folder}: geen rubriekbestanden gevonden.`];
	return files.flatMap((file) => {
		const result = parseRubricText(readFileSync(join(folder, file), 'utf8'), `${folder}/${file}`);
		return result.ok ? [] : result.problems;
	});
}
