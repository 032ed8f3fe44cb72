import type { Estimate } from '$lib/engine/agreement';
import { formatFixedNl, formatShareNl } from '$lib/engine/common/format-nl';

/** "0,74" or "niet bepaald"; the reason is shown beside it by the component. */
export function estimateText(e: Estimate, as: 'coefficient' | 'share' = 'coefficient'): string {
	if (!e.ok) return 'niet bepaald';
	return as === 'share' ? formatShareNl(e.value) : formatFixedNl(e.value);
}

export function intervalText(lower: Estimate, upper: Estimate): string {
	if (!lower.ok || !upper.ok) return 'interval niet bepaald';
	return `[${formatFixedNl(lower.value)}; ${formatFixedNl(upper.value)}]`;
}
