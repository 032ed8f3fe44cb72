import { SAM_VALUES } from '../rubric/sam-scale';
import { createRatingsMatrix, normaliseCategories, type RatingsMatrix } from '../agreement/ratings-matrix';

/**
 * One assessor's level for one candidate on one competency (in one exercise), as plain data. `level` is the SAM
 * value 1..4 (callers leave out "niet geobserveerd").
 */
export interface SessionRating {
	readonly candidateId: string;
	readonly competencyId: string;
	readonly assessorId: string;
	readonly exerciseId?: string;
	readonly level: number;
}

/** The SAM scale: onvoldoende, matig, goed, zeer goed (draaiboek DOne p. 13). */
export const SAM_CATEGORIES: readonly number[] = SAM_VALUES;

/**
 * The unit of analysis: one candidate × one competency × one exercise. The raters are the assessors. Every
 * statistic here compares assessors who judged the same candidate on the same competency in the same exercise;
 * ratings of the same competency in different exercises are different units (the behaviour observed differs).
 */
export interface SessionUnit {
	readonly candidateId: string;
	readonly competencyId: string;
	/** '' when the ratings carry no exercise (then a unit is candidate × competency). */
	readonly exerciseId: string;
}

export interface SessionMatrix {
	readonly matrix: RatingsMatrix;
	readonly units: readonly SessionUnit[];
	readonly assessorIds: readonly string[];
	/** Ratings given twice for the same unit by the same assessor; the last one counts. */
	readonly duplicates: number;
}

const SEPARATOR = '\u0000';

export function unitKey(rating: Pick<SessionRating, 'candidateId' | 'competencyId' | 'exerciseId'>): string {
	return `${rating.candidateId}${SEPARATOR}${rating.competencyId}${SEPARATOR}${rating.exerciseId ?? ''}`;
}

/** Builds the units × assessors matrix (units and assessors in order of first appearance). */
export function buildSessionMatrix(
	ratings: readonly SessionRating[],
	categories: readonly number[] = SAM_CATEGORIES
): { ok: true; value: SessionMatrix } | { ok: false; reason: string } {
	const sorted = normaliseCategories(categories);
	if (!Array.isArray(sorted)) return sorted as { ok: false; reason: string };
	const unitIndex = new Map<string, number>();
	const units: SessionUnit[] = [];
	const assessorIndex = new Map<string, number>();
	for (const r of ratings) {
		const key = unitKey(r);
		if (!unitIndex.has(key)) {
			unitIndex.set(key, units.length);
			units.push({ candidateId: r.candidateId, competencyId: r.competencyId, exerciseId: r.exerciseId ?? '' });
		}
		if (!assessorIndex.has(r.assessorId)) assessorIndex.set(r.assessorId, assessorIndex.size);
	}
	const m = assessorIndex.size;
	if (m < 2) return { ok: false, reason: 'er zijn beoordelingen van minstens twee assessoren nodig' };
	const rows: (number | null)[][] = units.map(() => new Array<number | null>(m).fill(null));
	let duplicates = 0;
	for (const r of ratings) {
		const row = rows[unitIndex.get(unitKey(r))!]!;
		const j = assessorIndex.get(r.assessorId)!;
		if (row[j] !== null) duplicates++;
		row[j] = r.level;
	}
	const assessorIds = [...assessorIndex.keys()];
	const built = createRatingsMatrix(rows, { categories: sorted, raterNames: assessorIds });
	if (!built.ok) return built;
	return { ok: true, value: { matrix: built.matrix, units, assessorIds, duplicates } };
}
