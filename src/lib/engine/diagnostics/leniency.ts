import { nameOf, PITFALLS, type DisplayNames, type RaterFlag } from './flags';
import { clusteredMeanInterval, type ClusteredMean } from './cluster-mean';
import { fmt1, meanWithInterval } from './mean-interval';
import { offsetsFromOthers } from './paired-offsets';
import type { SessionMatrix } from './session-ratings';
import { MIN_CANDIDATE_EXCESS, MIN_MEAN_OFFSET, MIN_SHARED_UNITS, MIN_UNITS_PER_CANDIDATE } from './thresholds';

/**
 * An assessor's mean offset from the other assessors on the same units, with a 95% interval that resamples
 * candidates (all of a candidate's units together), as the agreement intervals do.
 */
export interface RaterOffset {
	readonly assessorId: string;
	readonly offset: ClusteredMean | null;
	/** Enough shared units to judge (MIN_SHARED_UNITS). */
	readonly enoughData: boolean;
}

export interface LeniencyResult {
	readonly offsets: RaterOffset[];
	readonly flags: RaterFlag[];
	readonly notes: string[];
}

/**
 * Leniency and severity ("Overwaarderen" / "Onderwaarderen"): an assessor whose ratings lie consistently above or
 * below the others' on the same units. Flagged when the 95% interval excludes 0 and the mean offset is at least
 * MIN_MEAN_OFFSET levels. Per candidate, an assessor who is clearly milder for one candidate than usual is flagged
 * as "Toegeeflijkheid (de hulpverlenersfout)", all the more worth discussing when they coach that candidate.
 * The overall interval resamples candidates: an assessor's offsets on one candidate share that candidate, so a
 * t-interval over units would claim the precision of many people from a few. Within one candidate the units are
 * the sample (the question is about that candidate), with a t-interval; the half-level minimum keeps chance
 * offsets from turning into a flag.
 */
export function detectLeniency(
	session: SessionMatrix,
	options: { names?: DisplayNames; coachesByCandidate?: Readonly<Record<string, readonly string[]>>; resamples?: number; seed?: number } = {}
): LeniencyResult {
	const flags: RaterFlag[] = [];
	const notes: string[] = [];
	const offsets: RaterOffset[] = [];
	session.assessorIds.forEach((assessorId, a) => {
		const name = nameOf(options.names?.assessors, assessorId);
		const diffs = offsetsFromOthers(session, a);
		const overall = clusteredMeanInterval(
			diffs.map((d) => d.offset),
			diffs.map((d) => session.units[d.unit]!.candidateId),
			{ ...(options.resamples !== undefined ? { resamples: options.resamples } : {}), ...(options.seed !== undefined ? { seed: options.seed } : {}) }
		);
		const enoughData = diffs.length >= MIN_SHARED_UNITS;
		offsets.push({ assessorId, offset: overall, enoughData });
		if (!enoughData || !overall) {
			notes.push(`${name}: te weinig gedeelde beoordelingen (${diffs.length}, minstens ${MIN_SHARED_UNITS}) om over- of onderwaarderen te meten.`);
			return;
		}
		if (overall.lower !== null && overall.upper !== null && Math.abs(overall.mean) >= MIN_MEAN_OFFSET && (overall.lower > 0 || overall.upper < 0)) {
			const higher = overall.mean > 0;
			flags.push({
				kind: higher ? 'overwaarderen' : 'onderwaarderen',
				pitfall: PITFALLS[higher ? 'overwaarderen' : 'onderwaarderen'],
				assessorId,
				evidence:
					`${name} scoort gemiddeld ${fmt1(Math.abs(overall.mean))} niveau ${higher ? 'hoger' : 'lager'} dan de andere assessoren ` +
					`op dezelfde ${overall.n} beoordelingen van ${overall.clusters} kandidaten (95%-interval ${fmt1(overall.lower)} tot ${fmt1(overall.upper)}, kandidaten herbemonsterd).`,
				figures: { meanOffset: overall.mean, lower: overall.lower, upper: overall.upper, units: overall.n, candidates: overall.clusters },
				prompt: higher
					? `Bespreek: welke waarnemingen brachten ${name} telkens een niveau hoger? Staan die feiten in de notities?`
					: `Bespreek: welke waarnemingen brachten ${name} telkens een niveau lager? Vraagt ${name} meer dan de indicator beschrijft?`
			});
		}
		// Per candidate: more lenient for this candidate than this assessor is on average.
		const byCandidate = new Map<string, number[]>();
		for (const d of diffs) {
			const candidateId = session.units[d.unit]!.candidateId;
			const list = byCandidate.get(candidateId) ?? [];
			list.push(d.offset);
			byCandidate.set(candidateId, list);
		}
		for (const [candidateId, list] of byCandidate) {
			if (list.length < MIN_UNITS_PER_CANDIDATE) continue;
			const c = meanWithInterval(list);
			if (!c || c.lower === null || c.upper === null) continue;
			const excess = c.mean - overall.mean;
			if (c.lower > 0 && c.mean >= MIN_MEAN_OFFSET && excess >= MIN_CANDIDATE_EXCESS) {
				const candidate = nameOf(options.names?.candidates, candidateId);
				const coaches = options.coachesByCandidate?.[candidateId]?.includes(assessorId) === true;
				flags.push({
					kind: 'toegeeflijkheid',
					pitfall: PITFALLS.toegeeflijkheid,
					assessorId,
					candidateId,
					evidence:
						`${name} scoort ${candidate} gemiddeld ${fmt1(c.mean)} niveau hoger dan de anderen (${c.n} beoordelingen, ` +
						`95%-interval ${fmt1(c.lower)} tot ${fmt1(c.upper)}), terwijl het verschil over alle kandidaten ${fmt1(overall.mean)} is.` +
						(coaches ? ` ${name} begeleidt ${candidate} ook: let op vooringenomenheid ten opzichte van kandidaten waarmee je al geruime tijd werkt.` : ''),
					figures: { meanOffset: c.mean, lower: c.lower, upper: c.upper, units: c.n, overallOffset: overall.mean, coaches: coaches ? 1 : 0 },
					prompt: `Bespreek: welk gedrag van ${candidate} zag ${name} dat de anderen niet zagen? Speelt de band met ${candidate} mee?`
				});
			}
		}
	});
	return { offsets, flags, notes };
}
