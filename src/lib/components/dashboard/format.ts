import type { Estimate } from '$lib/engine/agreement';

export function formatCoefficient(value: number): string {
	return value.toLocaleString('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function formatShare(value: number): string {
	return `${Math.round(value * 100)}%`;
}

/** "0,74" or "niet bepaald"; the reason is shown beside it by the component. */
export function estimateText(e: Estimate, as: 'coefficient' | 'share' = 'coefficient'): string {
	if (!e.ok) return 'niet bepaald';
	return as === 'share' ? formatShare(e.value) : formatCoefficient(e.value);
}

export function intervalText(lower: Estimate, upper: Estimate): string {
	if (!lower.ok || !upper.ok) return 'interval niet bepaald';
	return `[${formatCoefficient(lower.value)}; ${formatCoefficient(upper.value)}]`;
}
