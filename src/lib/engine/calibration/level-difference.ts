import { NOT_OBSERVED, type RatingLevel } from '../model/observation';
import { samLevelLabel, samLevelValue, type SamLevelId } from '../rubric/sam-scale';

const COUNT_WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf'];

/** Own level minus the reference in SAM levels; null when the assessor gave no level or "niet geobserveerd". */
export function levelDifference(own: RatingLevel | undefined, reference: SamLevelId): number | null {
	if (own === undefined || own === NOT_OBSERVED) return null;
	return samLevelValue(own) - samLevelValue(reference);
}

/** The difference in plain Dutch, from the assessor's side: "je scoorde één niveau hoger dan de referentie". */
export function describeLevelDifference(own: RatingLevel | undefined, reference: SamLevelId): string {
	const referenceLabel = samLevelLabel(reference).toLowerCase();
	if (own === undefined) return `je gaf geen niveau; de referentie is ${referenceLabel}`;
	if (own === NOT_OBSERVED) return `je koos "niet geobserveerd"; de referentie vond genoeg bewijs voor ${referenceLabel}`;
	const difference = samLevelValue(own) - samLevelValue(reference);
	if (difference === 0) return `je scoorde hetzelfde niveau als de referentie (${referenceLabel})`;
	const size = Math.abs(difference);
	const amount = `${COUNT_WORDS[size] ?? String(size)} ${size === 1 ? 'niveau' : 'niveaus'}`;
	return `je scoorde ${amount} ${difference > 0 ? 'hoger' : 'lager'} dan de referentie (${referenceLabel})`;
}
