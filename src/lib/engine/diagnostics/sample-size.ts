import { countLabel } from '../common/format-nl';
import { SMALL_SAMPLE_CANDIDATES, VERY_FEW_CANDIDATES } from './thresholds';


/**
 * The small-sample warning of an agreement figure, in plain Dutch, or null. It counts candidates, because the units
 * (candidate × competency × exercise) of one candidate hang together and the interval resamples candidates; the
 * units are named too, so a reader sees why 100 units can still be few.
 */
export function sampleSizeWarning(sample: { candidates: number; units: number }, resampled: 'candidates' | 'units' = 'candidates'): string | null {
	const { candidates, units } = sample;
	if (candidates >= SMALL_SAMPLE_CANDIDATES) return null;
	const basis = `${countLabel(units, 'eenheid', 'eenheden')} van ${countLabel(candidates, 'kandidaat', 'kandidaten')}`;
	if (candidates < 2) {
		return `Gebaseerd op ${basis}: met één kandidaat is er geen interval en zegt dit getal alleen iets over die ene kandidaat.`;
	}
	// Only an interval that resamples candidates accounts for them; one over units is too narrow, and says so.
	const interval =
		resampled === 'candidates'
			? { few: 'Het 95%-interval houdt daar rekening mee; lees het getal als een ruwe indicatie.', more: 'het 95%-interval houdt daar rekening mee en is daarom breder dan het aantal eenheden doet vermoeden.' }
			: { few: 'Dit 95%-interval herbemonstert eenheden en is daardoor te smal; lees het getal als een ruwe indicatie.', more: 'dit 95%-interval herbemonstert eenheden en is daardoor te smal.' };
	if (candidates < VERY_FEW_CANDIDATES) {
		return (
			`Gebaseerd op ${basis}. Scores over dezelfde kandidaat hangen samen, dus telt het aantal kandidaten, niet het aantal eenheden: ` +
			`één kandidaat meer of minder kan dit getal merkbaar verschuiven. ${interval.few}`
		);
	}
	return `Gebaseerd op ${basis}. Scores over dezelfde kandidaat hangen samen, dus telt vooral het aantal kandidaten: ${interval.more}`;
}

/**
 * The short form for a row of a table (per competency, per exercise), where the full warning would repeat on every
 * row: the table states the reason once (`tableSampleNote`). Null when the row has enough candidates.
 */
export function shortSampleWarning(candidates: number): string | null {
	if (candidates >= SMALL_SAMPLE_CANDIDATES) return null;
	if (candidates < 2) return 'Eén kandidaat: geen interval.';
	return `Slechts ${countLabel(candidates, 'kandidaat', 'kandidaten')}: een ruwe indicatie.`;
}

/** The one sentence above a table whose rows carry `shortSampleWarning`, or null when no row does. */
export function tableSampleNote(candidateCounts: readonly number[]): string | null {
	const few = candidateCounts.filter((c) => c < SMALL_SAMPLE_CANDIDATES);
	if (few.length === 0) return null;
	return (
		`Rijen met minder dan ${SMALL_SAMPLE_CANDIDATES} kandidaten zijn een ruwe indicatie: scores over dezelfde kandidaat hangen samen, ` +
		`dus telt het aantal kandidaten, niet het aantal eenheden. Het 95%-interval houdt daar rekening mee.`
	);
}
