import { parseRubricJson, type RubricFile } from '$lib/engine/rubric';

/**
 * The instruments shipped with the app (`rubrics/*.json`). Not eager: each file becomes its own chunk,
 * fetched only when the rubrics are first stored or browsed, so the first page does not carry them.
 */
const BUILTIN_RUBRIC_MODULES = {
	...import.meta.glob<unknown>('/rubrics/*.json', { import: 'default' }),
	// Calibration cases: one file per case, so an organisation can add its own beside them.
	...import.meta.glob<unknown>('/rubrics/kalibratie/*.json', { import: 'default' })
};

/** File names (`done-profiel.json`, …) of the built-in rubrics, sorted. */
export function listBuiltinRubricFileNames(): string[] {
	return Object.keys(BUILTIN_RUBRIC_MODULES)
		.map((path) => path.slice(path.lastIndexOf('/') + 1))
		.sort();
}

/**
 * Loads and validates every built-in rubric. The build already refuses an invalid file
 * (vite.config.ts → scripts/validate-rubrics.ts), so a problem here means a broken build: it throws.
 */
export async function loadBuiltinRubrics(): Promise<RubricFile[]> {
	const entries = Object.entries(BUILTIN_RUBRIC_MODULES).sort(([a], [b]) => a.localeCompare(b));
	return Promise.all(
		entries.map(async ([path, load]) => {
			const result = parseRubricJson(await load(), path);
			if (!result.ok) throw new Error(`Ingebouwde rubriek is ongeldig:\n${result.problems.join('\n')}`);
			return result.rubric;
		})
	);
}
