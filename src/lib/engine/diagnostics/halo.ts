import { nameOf, PITFALLS, type DisplayNames, type RaterFlag } from './flags';
import { fmt1 } from './mean-interval';
import type { SessionMatrix } from './session-ratings';
import { HALO_SPREAD_RATIO, MIN_COMPETENCIES_PER_PROFILE, MIN_HALO_PROFILES, MIN_OTHERS_SPREAD } from './thresholds';

/**
 * Halo: an assessor whose ratings of one candidate hardly vary across competencies, compared with the other
 * assessors' ratings of the same candidate in the same exercise. A profile is one assessor × candidate × exercise
 * with at least MIN_COMPETENCIES_PER_PROFILE competencies; its spread is the standard deviation across competencies.
 * Only profiles that another assessor also gave for the same candidate and exercise are compared.
 */
export function detectHalo(session: SessionMatrix, names?: DisplayNames): { flags: RaterFlag[]; notes: string[] } {
	const { matrix, units, assessorIds } = session;
	const { raterCount: m, codes, categories } = matrix;
	// profile key (candidate + exercise) → per assessor the values across competencies
	const profiles = new Map<string, number[][]>();
	for (let u = 0; u < matrix.unitCount; u++) {
		const unit = units[u]!;
		const key = `${unit.candidateId}\u0000${unit.exerciseId}`;
		let perAssessor = profiles.get(key);
		if (!perAssessor) {
			perAssessor = Array.from({ length: m }, () => []);
			profiles.set(key, perAssessor);
		}
		for (let j = 0; j < m; j++) {
			const k = codes[u * m + j]!;
			if (k >= 0) perAssessor[j]!.push(categories[k]!);
		}
	}
	const flags: RaterFlag[] = [];
	const notes: string[] = [];
	assessorIds.forEach((assessorId, a) => {
		const name = nameOf(names?.assessors, assessorId);
		let own = 0;
		let others = 0;
		let count = 0;
		let flat = 0;
		for (const perAssessor of profiles.values()) {
			const mine = perAssessor[a]!;
			if (mine.length < MIN_COMPETENCIES_PER_PROFILE) continue;
			const otherSpreads = perAssessor.filter((values, j) => j !== a && values.length >= MIN_COMPETENCIES_PER_PROFILE).map(spread);
			if (otherSpreads.length === 0) continue;
			const s = spread(mine);
			own += s;
			others += otherSpreads.reduce((x, y) => x + y, 0) / otherSpreads.length;
			if (s === 0) flat++;
			count++;
		}
		if (count < MIN_HALO_PROFILES) {
			notes.push(`${name}: te weinig vergelijkbare kandidaatprofielen (${count}, minstens ${MIN_HALO_PROFILES}) om een halo-effect te meten.`);
			return;
		}
		const ownMean = own / count;
		const othersMean = others / count;
		if (othersMean >= MIN_OTHERS_SPREAD && ownMean <= HALO_SPREAD_RATIO * othersMean) {
			flags.push({
				kind: 'halo',
				pitfall: PITFALLS.halo,
				assessorId,
				evidence:
					`De scores van ${name} voor één kandidaat verschillen weinig tussen competenties (gemiddelde standaardafwijking ${fmt1(ownMean)} niveau) ` +
					`tegenover ${fmt1(othersMean)} bij de andere assessoren voor dezelfde kandidaten, over ${count} profielen` +
					(flat > 0 ? `; ${flat} profiel(en) kregen op elke competentie hetzelfde niveau.` : '.'),
				figures: { ownSpread: ownMean, othersSpread: othersMean, profiles: count, flatProfiles: flat },
				prompt: `Bespreek: zijn er competenties waar de kandidaat anders presteerde dan de algemene indruk? Welke feiten in de notities horen bij elke competentie apart?`
			});
		}
	});
	return { flags, notes };
}

/** Sample standard deviation (0 for fewer than 2 values). */
function spread(values: readonly number[]): number {
	if (values.length < 2) return 0;
	const mean = values.reduce((s, v) => s + v, 0) / values.length;
	return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
}
