import { samLevelFromValue, samLevelLabel } from '$lib/engine/rubric';
import type { AssessorLevel, DifferenceKind } from '$lib/engine/consensus';

/** "Goed" for 3; a half value (a median of two) reads "tussen Matig en Goed". */
export function levelText(value: number): string {
	if (Number.isInteger(value)) {
		const id = samLevelFromValue(value);
		return id ? samLevelLabel(id) : String(value);
	}
	const low = samLevelFromValue(Math.floor(value));
	const high = samLevelFromValue(Math.ceil(value));
	return low && high ? `tussen ${samLevelLabel(low)} en ${samLevelLabel(high)}` : String(value);
}

/** What one assessor's entry in a matrix cell shows: the number, or a mark for missing / not observed. */
export function assessorMark(level: AssessorLevel): string {
	if (level.status === 'missing') return '–';
	if (level.status === 'not-observed') return 'n.g.';
	return String(level.value);
}

export function assessorSpoken(level: AssessorLevel, name: string): string {
	if (level.status === 'missing') return `${name}: nog niet ingediend`;
	if (level.status === 'not-observed') return `${name}: niet geobserveerd`;
	return `${name}: ${levelText(level.value!)}`;
}

export const DIFFERENCE_MARK: Record<DifferenceKind, string> = {
	groot: '≥2',
	klein: '1',
	gelijk: '',
	'te-weinig': ''
};

export function formatNumber(value: number, digits = 2): string {
	return value.toLocaleString('nl-BE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function initials(name: string): string {
	return name
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, 2)
		.map((p) => p[0]!.toUpperCase())
		.join('');
}
