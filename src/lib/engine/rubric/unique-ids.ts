import type { z } from '../common/zod-nl';

/** Adds an issue for every repeated `id` in a list, so a rubric file cannot contain ambiguous references. */
export function checkUniqueIds(
	items: readonly { id: string }[],
	path: (string | number)[],
	ctx: z.RefinementCtx
): void {
	const seen = new Set<string>();
	items.forEach((item, i) => {
		if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `dubbele id "${item.id}"` });
		seen.add(item.id);
	});
}
