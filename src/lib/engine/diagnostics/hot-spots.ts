import { nameOf, PITFALLS, type DisplayNames, type RaterFlag } from './flags';
import { pct } from './mean-interval';
import type { GroupAgreement, SessionAgreement } from './session-agreement';
import { HOT_SPOT_MAX_EXACT_AGREEMENT, MAX_HOT_SPOTS, MIN_UNITS_PER_HOT_SPOT } from './thresholds';
import { formatNumberNl } from '../common/format-nl';

/**
 * Disagreement hot spots: the competencies and exercises where the assessors agree least (lowest exact agreement),
 * with enough units to say so. The draaiboek asks that every indicator means the same for all assessors; a hot spot
 * is where that is least true.
 */
export function detectHotSpots(agreement: SessionAgreement, names?: DisplayNames): { flags: RaterFlag[]; notes: string[] } {
	type Spot = { kind: 'competentie' | 'oefening'; id: string; label: string; group: GroupAgreement };
	const spots: Spot[] = [
		...agreement.byCompetency.map((g) => ({ kind: 'competentie' as const, id: g.competencyId, label: nameOf(names?.competencies, g.competencyId), group: g })),
		...(agreement.byExercise.length > 1
			? agreement.byExercise.map((g) => ({ kind: 'oefening' as const, id: g.exerciseId, label: nameOf(names?.exercises, g.exerciseId), group: g }))
			: [])
	];
	const notes: string[] = [];
	const eligible = spots.filter((s) => {
		if (s.group.pairableUnits >= MIN_UNITS_PER_HOT_SPOT && s.group.exact.ok) return true;
		notes.push(`${s.kind} ${s.label}: te weinig eenheden met meerdere beoordelingen (${s.group.pairableUnits}, minstens ${MIN_UNITS_PER_HOT_SPOT}) om de overeenstemming te beoordelen.`);
		return false;
	});
	const low = eligible
		.filter((s) => s.group.exact.ok && s.group.exact.value < HOT_SPOT_MAX_EXACT_AGREEMENT)
		.sort((x, y) => (x.group.exact.ok ? x.group.exact.value : 0) - (y.group.exact.ok ? y.group.exact.value : 0))
		.slice(0, MAX_HOT_SPOTS);
	const flags = low.map((s): RaterFlag => {
		const exact = s.group.exact.ok ? s.group.exact.value : 0;
		const withinOne = s.group.withinOne.ok ? s.group.withinOne.value : 0;
		const alpha = s.group.alphaOrdinal.estimate;
		return {
			kind: 'onenigheid',
			pitfall: PITFALLS.onenigheid,
			...(s.kind === 'competentie' ? { competencyId: s.id } : { exerciseId: s.id }),
			evidence:
				`Bij ${s.kind} ${s.label} geven de assessoren in ${pct(exact)} van hun vergelijkingen hetzelfde niveau en in ${pct(withinOne)} ` +
				`hoogstens één niveau verschil (${s.group.pairableUnits} eenheden` +
				(alpha.ok ? `, ordinale α ${formatNumberNl(alpha.value, 2)}).` : ').'),
			figures: { exactAgreement: exact, withinOneAgreement: withinOne, units: s.group.pairableUnits, ...(alpha.ok ? { alphaOrdinal: alpha.value } : {}) },
			prompt:
				s.kind === 'competentie'
					? `Bespreek: wat verstaat elk van jullie onder de gedragsindicatoren van ${s.label}? Leg per niveau een voorbeeld uit jullie notities naast elkaar.`
					: `Bespreek: zag iedereen in ${s.label} hetzelfde gedrag? Had elke assessor zicht op de kandidaat en genoeg tijd om te noteren?`
		};
	});
	return { flags, notes };
}
