import { countLabel } from '../common/format-nl';
import type { LevelOutcome } from './level-outcome';
import type { ReportSource } from './report-source';

export const METHOD_HEADING = 'Hoe kwamen deze scores tot stand?';

/** A short, honest account of how the levels in a report were reached. */
export interface MethodNote {
	heading: string;
	paragraphs: string[];
	consensusCount: number;
	medianCount: number;
	noneCount: number;
}

/**
 * Says how many assessors scored, for how many competencies there is a consensus, where the report shows
 * the combined score instead, and what the agreement engine found. `candidateId` narrows the counts of
 * assessors and exercises to one candidate and leaves the agreement figures out (they belong in the session
 * report); without it they cover the whole session.
 */
export function describeMethod(
	source: ReportSource,
	outcomes: readonly LevelOutcome[],
	candidateId?: string,
	unit: readonly [string, string] = ['competentie', 'competenties']
): MethodNote {
	const ratings = source.ratings.filter((r) => !r.deletedAt && r.submittedAt && (!candidateId || r.candidateId === candidateId));
	const assessorCount = new Set(ratings.map((r) => r.authorId)).size;
	const exerciseCount = new Set(ratings.map((r) => r.exerciseId)).size;
	const noteCount = source.observations.filter((o) => !o.deletedAt && o.text.trim() !== '' && (!candidateId || o.candidateId === candidateId)).length;
	const consensusCount = outcomes.filter((o) => o.kind === 'consensus').length;
	const medianCount = outcomes.filter((o) => o.kind === 'combined').length;
	const noneCount = outcomes.filter((o) => o.kind === 'none').length;
	const total = outcomes.length;

	const paragraphs: string[] = [];
	paragraphs.push(
		assessorCount === 0
			? 'Er zijn nog geen ingediende scores.'
			: `${countLabel(assessorCount, 'assessor', 'assessoren')} gaven onafhankelijk van elkaar ${countLabel(ratings.length, 'score', 'scores')} in ${countLabel(exerciseCount, 'oefening', 'oefeningen')}, op basis van ${countLabel(noteCount, 'notitie', 'notities')} over waargenomen gedrag.`
	);
	if (assessorCount === 1)
		paragraphs.push('Er scoorde maar één assessor: het draaiboek raadt aan met meerdere assessoren te observeren.');
	paragraphs.push(
		consensusCount === total
			? `Voor alle ${total} ${unit[1]} kwamen de assessoren samen tot een consensus.`
			: consensusCount === 0
				? `De assessoren hebben nog voor geen enkele van de ${total} ${unit[1]} samen een consensus bepaald.`
				: `Voor ${consensusCount} van de ${total} ${unit[1]} kwamen de assessoren samen tot een consensus.`
	);
	if (medianCount > 0)
		paragraphs.push(
			`Voor ${countLabel(medianCount, unit[0], unit[1])} is er nog geen consensus. Daar staat de gecombineerde score van de ingediende scores, gemarkeerd met *: per assessor het gemiddelde over de oefeningen, dan het gemiddelde van die gemiddelden, en het niveau dat daar het dichtst bij ligt (precies ertussen: beide niveaus). Dat is een rekenkundige tussenstand, geen besluit van de assessoren.`
		);
	if (noneCount > 0)
		paragraphs.push(`Voor ${countLabel(noneCount, unit[0], unit[1])} is er geen niveau: er is nog geen ingediende score of het gedrag werd niet geobserveerd.`);
	// A candidate's report speaks to the candidate and coach: agreement figures (α, intervals) are for the assessors' session report.
	if (candidateId) paragraphs.push('Hoe sterk de assessoren het met elkaar eens waren, staat in het sessierapport voor de assessoren.');
	else if (source.agreement && source.agreement.lines.length > 0) paragraphs.push(...source.agreement.lines);
	else paragraphs.push('De overeenstemming tussen de assessoren is niet in dit rapport opgenomen.');
	paragraphs.push('De notities zijn overgenomen zoals de assessoren ze schreven.');
	return { heading: METHOD_HEADING, paragraphs, consensusCount, medianCount, noneCount };
}
