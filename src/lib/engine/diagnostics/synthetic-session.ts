import { createPrng } from '../agreement/prng';
import type { SessionRating } from './session-ratings';
import { SAM_MAX_VALUE, SAM_MIN_VALUE } from '../rubric/sam-scale';

/**
 * A seeded synthetic session for tests and benchmarks: candidates × competencies × exercises, each unit with a true
 * SAM level; every assessor reports the true level, sometimes one off, then `distort` may bend one assessor's rating.
 */
export function generateSession(options: {
	candidates: number;
	competencies: number;
	exercises?: number;
	assessors: number;
	seed?: number;
	/** Chance that an assessor is one level off (random direction). */
	noise?: number;
	distort?: (input: { assessor: number; candidate: number; competency: number; exercise: number; level: number; truth: number }) => number;
}): SessionRating[] {
	const random = createPrng(options.seed ?? 1);
	const noise = options.noise ?? 0.15;
	const ratings: SessionRating[] = [];
	const clamp = (x: number) => Math.min(SAM_MAX_VALUE, Math.max(SAM_MIN_VALUE, x));
	for (let c = 0; c < options.candidates; c++) {
		const ability = SAM_MIN_VALUE + Math.floor(random() * SAM_MAX_VALUE);
		for (let e = 0; e < (options.exercises ?? 1); e++) {
			for (let k = 0; k < options.competencies; k++) {
				const truth = clamp(ability + (random() < 0.5 ? 0 : random() < 0.5 ? -1 : 1));
				for (let a = 0; a < options.assessors; a++) {
					let level = random() < noise ? clamp(truth + (random() < 0.5 ? -1 : 1)) : truth;
					if (options.distort) level = clamp(options.distort({ assessor: a, candidate: c, competency: k, exercise: e, level, truth }));
					ratings.push({ candidateId: `k${c + 1}`, competencyId: `c${k + 1}`, exerciseId: `o${e + 1}`, assessorId: `a${a + 1}`, level });
				}
			}
		}
	}
	return ratings;
}
