import { z } from '../common/zod-nl';

/**
 * The SAM scale (Schaal voor Attitude Meting, draaiboek DOne p. 13): ordered levels, the lowest first.
 * The numeric value (1..n) is what agreement statistics use; the id is what data files store. Everything
 * else about the scale (labels, values, which levels are strengths, the rubric files' level keys, the
 * statistics' categories) derives from this list and the table below, so a level is added here only.
 */
export const SAM_LEVEL_IDS = ['onvoldoende', 'matig', 'goed', 'zeer-goed'] as const;
export const SamLevelId = z.enum(SAM_LEVEL_IDS);
export type SamLevelId = z.infer<typeof SamLevelId>;

/** 1 | 2 | … | n for a list of n: the lengths of its prefixes. */
type Ranks<T extends readonly unknown[]> = T extends readonly [...infer Head, unknown] ? T['length'] | Ranks<Head> : never;
/** A level's numeric value on the scale, 1 for the lowest. */
export type SamLevelValue = Ranks<typeof SAM_LEVEL_IDS>;

/**
 * Per level its name and whether a report counts it as a strength ("sterk punt", something to build on) or
 * as a point of attention ("groeipunt", what a PDP works on), as the draaiboek's report template does.
 */
const SAM_LEVEL_TRAITS: Record<SamLevelId, { label: string; strength: boolean }> = {
	onvoldoende: { label: 'Onvoldoende', strength: false },
	matig: { label: 'Matig', strength: false },
	goed: { label: 'Goed', strength: true },
	'zeer-goed': { label: 'Zeer goed', strength: true }
};

export const SAM_LEVELS: readonly { id: SamLevelId; label: string; value: SamLevelValue }[] = SAM_LEVEL_IDS.map((id, i) => ({
	id,
	label: SAM_LEVEL_TRAITS[id].label,
	value: (i + 1) as SamLevelValue
}));

/** The scale's values, lowest first: the categories of the agreement statistics. */
export const SAM_VALUES: readonly SamLevelValue[] = SAM_LEVELS.map((l) => l.value);
export const SAM_MIN_VALUE: SamLevelValue = 1;
export const SAM_MAX_VALUE = SAM_LEVEL_IDS.length as SamLevelValue;

/** Levels a report shows as strengths, lowest first. */
export const SAM_STRENGTH_LEVELS: readonly SamLevelId[] = SAM_LEVEL_IDS.filter((id) => SAM_LEVEL_TRAITS[id].strength);
/** Levels a report and a drafted PDP treat as points of attention, lowest (most urgent) first. */
export const SAM_ATTENTION_LEVELS: readonly SamLevelId[] = SAM_LEVEL_IDS.filter((id) => !SAM_LEVEL_TRAITS[id].strength);

export function samLevelValue(id: SamLevelId): SamLevelValue {
	return (SAM_LEVEL_IDS.indexOf(id) + 1) as SamLevelValue;
}

export function samLevelFromValue(value: number): SamLevelId | undefined {
	return SAM_LEVEL_IDS[value - 1];
}

/** The nearest value on the scale: rounded, then held between the lowest and the highest level. */
export function clampToSamValue(value: number): SamLevelValue {
	return Math.min(SAM_MAX_VALUE, Math.max(SAM_MIN_VALUE, Math.round(value))) as SamLevelValue;
}

export function samLevelLabel(id: SamLevelId): string {
	return SAM_LEVEL_TRAITS[id].label;
}

/** "goed of zeer goed": levels named in running text. */
export function describeSamLevels(ids: readonly SamLevelId[], conjunction: 'of' | 'en' = 'of'): string {
	const names = ids.map((id) => samLevelLabel(id).toLowerCase());
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)!}`;
}

/** "1 = onvoldoende … 4 = zeer goed": how the numbers in a matrix or a score read. */
export const SAM_SCALE_KEY = `${SAM_MIN_VALUE} = ${describeSamLevels([SAM_LEVEL_IDS[0]])} … ${SAM_MAX_VALUE} = ${describeSamLevels([SAM_LEVEL_IDS.at(-1)!])}`;
