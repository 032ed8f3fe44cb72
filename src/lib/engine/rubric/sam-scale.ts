import { z } from '../common/zod-nl';

/**
 * The SAM scale (Schaal voor Attitude Meting, draaiboek DOne p. 13): four ordered levels.
 * The numeric value (1..4) is what agreement statistics use; the id is what data files store.
 */
export const SAM_LEVEL_IDS = ['onvoldoende', 'matig', 'goed', 'zeer-goed'] as const;
export const SamLevelId = z.enum(SAM_LEVEL_IDS);
export type SamLevelId = z.infer<typeof SamLevelId>;

export const SAM_LEVELS: readonly { id: SamLevelId; label: string; value: 1 | 2 | 3 | 4 }[] = [
	{ id: 'onvoldoende', label: 'Onvoldoende', value: 1 },
	{ id: 'matig', label: 'Matig', value: 2 },
	{ id: 'goed', label: 'Goed', value: 3 },
	{ id: 'zeer-goed', label: 'Zeer goed', value: 4 }
];

export function samLevelValue(id: SamLevelId): 1 | 2 | 3 | 4 {
	return (SAM_LEVEL_IDS.indexOf(id) + 1) as 1 | 2 | 3 | 4;
}

export function samLevelFromValue(value: number): SamLevelId | undefined {
	return SAM_LEVEL_IDS[value - 1];
}

export function samLevelLabel(id: SamLevelId): string {
	return SAM_LEVELS[SAM_LEVEL_IDS.indexOf(id)]!.label;
}
