import { SMALL_SAMPLE_CANDIDATES, VERY_FEW_CANDIDATES } from './thresholds';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('nl-BE')} ${n === 1 ? one : many}`;

/**
 * The small-sample warning of an agreement figure, in plain Dutch, or null. It counts candidates, because the units
 * (candidate × competency × exercise) of one candidate hang together and the interval resamples candidates; the
 * units are named too, so a reader sees why 100 units can still be few.
 */
export function sampleSizeWarning(sample: { candidates: number; units: number }): string | null {
	const { candidates, units } = sample;
	if (candidates >= SMALL_SAMPLE_CANDIDATES) return null;
	const basis = `${count(units, 'eenheid', 'eenheden')} van ${count(candidates, 'kandidaat', 'kandidaten')}`;
	if (candidates < 2) {
		return `Gebaseerd op ${basis}: met één kandidaat is er geen interval en zegt dit getal alleen iets over die ene kandidaat.`;
	}
	if (candidates < VERY_FEW_CANDIDATES) {
		return (
			`Gebaseerd op ${basis}. Scores over dezelfde kandidaat hangen samen, dus telt het aantal kandidaten, niet het aantal eenheden: ` +
			`één kandidaat meer of minder kan dit getal merkbaar verschuiven. Het 95%-interval houdt daar rekening mee; lees het getal als een ruwe indicatie.`
		);
	}
	return (
		`Gebaseerd op ${basis}. Scores over dezelfde kandidaat hangen samen, dus telt vooral het aantal kandidaten: ` +
		`het 95%-interval houdt daar rekening mee en is daarom breder dan het aantal eenheden doet vermoeden.`
	);
}
