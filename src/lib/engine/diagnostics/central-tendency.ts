import { nameOf, PITFALLS, type DisplayNames, type RaterFlag } from './flags';
import { meanWithInterval, pct } from './mean-interval';
import { offsetsFromOthers } from './paired-offsets';
import type { SessionMatrix } from './session-ratings';
import { MIN_EXTREME_SHORTFALL, MIN_OTHERS_EXTREME_SHARE, MIN_SHARED_UNITS } from './thresholds';

/**
 * "Extreme scores willen vermijden": an assessor who uses the lowest and highest level (onvoldoende, zeer goed)
 * clearly less often than the other assessors on the same units. Measured per shared unit as
 * [own rating is extreme] − share of the others' ratings that are extreme, averaged with a 95% t-interval.
 */
export function detectCentralTendency(session: SessionMatrix, names?: DisplayNames): { flags: RaterFlag[]; notes: string[] } {
	const flags: RaterFlag[] = [];
	const notes: string[] = [];
	const { categories } = session.matrix;
	const lowest = categories[0]!;
	const highest = categories[categories.length - 1]!;
	const extreme = (v: number) => (v === lowest || v === highest ? 1 : 0);
	session.assessorIds.forEach((assessorId, a) => {
		const name = nameOf(names?.assessors, assessorId);
		const diffs = offsetsFromOthers(session, a, extreme).map((d) => d.offset);
		if (diffs.length < MIN_SHARED_UNITS) {
			notes.push(`${name}: te weinig gedeelde beoordelingen (${diffs.length}, minstens ${MIN_SHARED_UNITS}) om het vermijden van uiterste scores te meten.`);
			return;
		}
		const own = offsetsFromOthers(session, a, (v) => v);
		let ownExtreme = 0;
		const { matrix } = session;
		for (const d of own) ownExtreme += extreme(categories[matrix.codes[d.unit * matrix.raterCount + a]!]!);
		const ownShare = ownExtreme / own.length;
		const summary = meanWithInterval(diffs)!;
		const othersShare = ownShare - summary.mean;
		if (othersShare < MIN_OTHERS_EXTREME_SHARE) return;
		if (summary.upper !== null && summary.upper < 0 && -summary.mean >= MIN_EXTREME_SHORTFALL) {
			flags.push({
				kind: 'extreme-scores-vermijden',
				pitfall: PITFALLS['extreme-scores-vermijden'],
				assessorId,
				evidence:
					`${name} gaf in ${pct(ownShare)} van ${summary.n} gedeelde beoordelingen een uiterste score (${lowest} of ${highest}); ` +
					`de andere assessoren op dezelfde beoordelingen in ${pct(othersShare)}.`,
				figures: { ownExtremeShare: ownShare, othersExtremeShare: othersShare, difference: summary.mean, upper: summary.upper, units: summary.n },
				prompt: `Bespreek: als het gedrag duidelijk onvoldoende of zeer goed was, wat hield ${name} tegen om dat niveau te geven?`
			});
		}
	});
	return { flags, notes };
}
