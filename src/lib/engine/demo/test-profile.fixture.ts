import type { CompetencyProfile } from '../rubric';

const LEVELS = { onvoldoende: 'Nooit.', matig: 'Soms.', goed: 'Meestal.', 'zeer-goed': 'Altijd.' };

/** A small competency profile with the DOne ids, for tests that must not depend on the rubric file. */
export function makeTestProfile(competencyIds: readonly string[]): CompetencyProfile {
	return {
		kind: 'competency-profile',
		id: 'done-profiel',
		version: '1.0.0',
		title: 'DOne-competentieprofiel (test)',
		description: '',
		language: 'nl-BE',
		source: 'test',
		scale: 'sam',
		competencies: competencyIds.map((id) => ({
			id,
			name: id,
			tier: 'kern',
			definition: `Definitie van ${id}.`,
			provenance: 'project',
			indicators:
				id === 'initiatief'
					? ['werk-zien', 'actie-ondernemen', 'problemen-melden', 'taak-afronden'].map((row) => ({ id: row, behaviour: row, levels: LEVELS }))
					: [
							{ id: `${id}-a`, behaviour: 'a', levels: LEVELS },
							{ id: `${id}-b`, behaviour: 'b', levels: LEVELS }
						]
		}))
	};
}

/** All 18 competency ids of the DOne profile. */
export const DONE_COMPETENCY_IDS = [
	'samenwerken', 'zelfstandigheid', 'initiatief', 'flexibiliteit', 'leervermogen', 'motivatie',
	'nauwkeurigheid', 'discipline', 'gezag-aanvaarden', 'stressbestendigheid', 'conflicthantering',
	'voorkomen', 'fysieke-mogelijkheden', 'lezen-schrijven-rekenen', 'communicatievaardigheden',
	'taalkennis-nederlands', 'werkorganisatie', 'overige'
] as const;
