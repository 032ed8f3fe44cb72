import { formatFixedNl } from '../common/format-nl';
import { BOOTSTRAP_DEFAULTS } from '../agreement/bootstrap';
import { computeSessionAgreement } from '../diagnostics/session-agreement';
import type { Estimate } from '../agreement/estimate';
import { NOT_OBSERVED, type Rating } from '../model/observation';
import { samLevelValue, type SamLevelId } from '../rubric/sam-scale';
import type { AgreementNote } from './report-source';

/**
 * Resamples for the interval in a report: the dashboard's, so a report and the dashboard print the same limits. With
 * up to 9 candidates every possible resample is taken (a few hundred to 24,310), above that 10,000 random ones:
 * about 0.2 s for 20 candidates, fine for a PDF.
 */
export const REPORT_BOOTSTRAP_RESAMPLES = BOOTSTRAP_DEFAULTS.resamples;

const percent = (e: Estimate) => (e.ok ? `${Math.round(e.value * 100)}%` : `niet berekenbaar (${e.reason})`);
/** In a table cell: the figure, or a dash when it is undefined (the reason is in the session's sentences). */
const cellPercent = (e: Estimate) => (e.ok ? `${Math.round(e.value * 100)}%` : '–');
const cellAlpha = (e: Estimate) => (e.ok ? formatFixedNl(e.value) : '–');

/**
 * The agreement engine's reading of a whole session, in the few sentences a report needs: how often the
 * assessors gave the same level or were at most one level apart, and Krippendorff's alpha with its
 * Dutch reading. Only submitted, observed ratings count, as in the reports' levels.
 */
export function describeAgreement(ratings: readonly Rating[]): AgreementNote {
	const counted = ratings
		.filter((r) => !r.deletedAt && r.submittedAt && r.level !== NOT_OBSERVED)
		.map((r) => ({ candidateId: r.candidateId, competencyId: r.competencyId, exerciseId: r.exerciseId, assessorId: r.authorId, level: samLevelValue(r.level as SamLevelId) }));
	const result = computeSessionAgreement(counted, { resamples: REPORT_BOOTSTRAP_RESAMPLES });
	if (!result.ok) return { lines: [`De overeenstemming tussen de assessoren kon niet berekend worden: ${result.reason}.`] };
	const overall = result.value.overall;
	if (overall.pairableUnits === 0)
		return { lines: ['De overeenstemming tussen de assessoren kon niet berekend worden: geen enkele kandidaat werd in dezelfde oefening door twee assessoren gescoord.'] };
	return {
		lines: [
			`Overeenstemming in dit assessment-center (alle kandidaten, ${overall.pairableUnits} keer scoorden minstens twee assessoren dezelfde kandidaat op dezelfde competentie in dezelfde oefening): hetzelfde niveau in ${percent(overall.exact)} van de paren, hoogstens één niveau verschil in ${percent(overall.withinOne)}.`,
			`Krippendorffs alfa (ordinaal): ${overall.reading.text}`,
			result.value.interval.line,
			...overall.reading.warnings,
			...(overall.paradox ? [overall.paradox] : [])
		],
		byCompetency: result.value.byCompetency.map((c) => ({
			competencyId: c.competencyId,
			pairs: c.pairableUnits,
			exact: cellPercent(c.exact),
			withinOne: cellPercent(c.withinOne),
			alpha: cellAlpha(c.alphaOrdinal.estimate)
		}))
	};
}
