import type { ExportTable } from '../export/table';
import { ratingValue } from '../agreement/ratings-matrix';
import { buildSessionMatrix, SAM_CATEGORIES, type SessionRating } from '../diagnostics/session-ratings';
import { buildPseudonyms } from '../exchange/pseudonymise';

export interface ExportNames {
	assessors: Readonly<Record<string, string>>;
	candidates: Readonly<Record<string, { name: string; code: string }>>;
	competencies: Readonly<Record<string, string>>;
	exercises: Readonly<Record<string, string>>;
}

export interface RatingsExport {
	/** Wide: header of assessors, one unit (candidate × competency × exercise) per row, empty = missing. */
	ratings: ExportTable;
	/** Which row is which unit (rows count data lines from 1, as R and the CLI number units). */
	legend: ExportTable;
	units: number;
	assessors: number;
}

/**
 * The ratings as R's irr/irrCAC and the project's CLI read them (`npm run agreement -- FILE --categories 1,2,3,4`):
 * the same units and assessors as the dashboard's statistics (diagnostics/session-ratings.ts), so both give the
 * same alpha. Pseudonymised: candidate codes instead of names, and "Assessor 1…" instead of assessor names.
 */
export function buildRatingsExport(ratings: readonly SessionRating[], names: ExportNames, pseudonymise: boolean): { ok: true; value: RatingsExport } | { ok: false; reason: string } {
	const built = buildSessionMatrix(ratings, SAM_CATEGORIES);
	if (!built.ok) return built;
	const { matrix, units, assessorIds } = built.value;
	const header = assessorIds.map((id, j) => (pseudonymise ? `Assessor ${j + 1}` : (names.assessors[id] ?? id)));
	// Two assessors with the same name would make the header ambiguous; the CLI refuses that, so number them.
	const unique = header.map((h, j) => (header.indexOf(h) === j ? h : `${h} (${j + 1})`));
	const rows = units.map((_, u) =>
		assessorIds.map((__, j) => {
			const v = ratingValue(matrix, u, j);
			return Number.isNaN(v) ? null : v;
		})
	);
	// The same codes as every other pseudonymised export (a candidate without a code gets K1, K2, …).
	const codes = buildPseudonyms(Object.entries(names.candidates).map(([id, c]) => ({ id, ...c })));
	const legend = [
		['regel', 'kandidaat', 'competentie', 'oefening'],
		...units.map((unit, u): (string | number)[] => {
			const candidate = names.candidates[unit.candidateId];
			const who = pseudonymise ? (codes.get(unit.candidateId) ?? 'onbekend') : (candidate?.name ?? unit.candidateId);
			return [u + 1, who, names.competencies[unit.competencyId] ?? unit.competencyId, names.exercises[unit.exerciseId] ?? unit.exerciseId];
		})
	];
	const ratingsRows = [unique, ...rows.map((row) => row.map((v) => (v === null ? undefined : v)))];
	return { ok: true, value: { ratings: { title: 'Beoordelingen', rows: ratingsRows }, legend: { title: 'Eenheden', rows: legend }, units: units.length, assessors: assessorIds.length } };
}
