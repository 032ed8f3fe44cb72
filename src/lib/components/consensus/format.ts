import { samLevelFromValue, samLevelLabel } from '$lib/engine/rubric';
import { describeProposal, formatMean, type AssessorScore, type DifferenceKind } from '$lib/engine/consensus';

/** "Goed" for 3; a half value reads "tussen Matig en Goed". */
export function levelText(value: number): string {
	if (Number.isInteger(value)) {
		const id = samLevelFromValue(value);
		return id ? samLevelLabel(id) : String(value);
	}
	const low = samLevelFromValue(Math.floor(value));
	const high = samLevelFromValue(Math.ceil(value));
	return low && high ? `tussen ${samLevelLabel(low)} en ${samLevelLabel(high)}` : String(value);
}

/** What one assessor's entry in a matrix cell shows: their mean, or a mark for missing / not observed. */
export function assessorMark(level: AssessorScore): string {
	if (level.status === 'missing') return '–';
	if (level.status === 'not-observed') return 'n.g.';
	return formatMean(level.mean!);
}

/** "An: Onvoldoende in Magazijn, Goed in Fiets, gemiddeld 2,0 (Matig)", for screen readers and the panel. */
export function assessorSpoken(level: AssessorScore, name: string, exerciseNames: Record<string, string> = {}): string {
	if (level.status === 'missing') return `${name}: nog niet ingediend`;
	if (level.status === 'not-observed') return `${name}: niet geobserveerd`;
	const parts = level.exerciseLevels.map((e) => `${e.level === 'niet-geobserveerd' ? 'niet geobserveerd' : samLevelLabel(e.level)}${exerciseNames[e.exerciseId] ? ` in ${exerciseNames[e.exerciseId]}` : ''}`);
	const proposal = level.proposal ? ` (${describeProposal(level.proposal)})` : '';
	return parts.length > 1 ? `${name}: ${parts.join(', ')}, gemiddeld ${formatMean(level.mean!)}${proposal}` : `${name}: ${parts[0]}`;
}

export const DIFFERENCE_MARK: Record<DifferenceKind, string> = {
	groot: '≥2',
	klein: '<2',
	oefeningen: '≠ oef.',
	gelijk: '',
	'te-weinig': '',
	verborgen: 'verborgen'
};

export function initials(name: string): string {
	return name
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, 2)
		.map((p) => p[0]!.toUpperCase())
		.join('');
}
