import { countLabel } from '$lib/engine/common/format-nl';
import type { SamGridRow } from '$lib/engine/consensus';
import { cellKey } from '$lib/engine/observation/evidence';
import { initials } from '$lib/components/consensus/format';

/** What a SAM cell shows besides its text: a badge, with a spoken label when the badge alone says too little. */
export interface SamMark {
	text: string;
	label?: string;
}

export type SamMarks = ReadonlyMap<string, SamMark>;

/** One assessor's own notes per cell: "2 notities". */
export function noteCountMarks(counts: ReadonlyMap<string, number> | undefined): SamMarks {
	const marks = new Map<string, SamMark>();
	for (const [key, count] of counts ?? []) if (count > 0) marks.set(key, { text: countLabel(count, 'notitie', 'notities') });
	return marks;
}

/** Which assessors pointed a note at each cell, as initials ("AP BJ") read out as their full names. */
export function assessorMarks(grid: readonly SamGridRow[], name: (assessorId: string) => string): SamMarks {
	const marks = new Map<string, SamMark>();
	for (const row of grid)
		for (const cell of row.cells)
			if (cell.assessorIds.length > 0)
				marks.set(cellKey(row.indicatorId, cell.levelId), {
					text: cell.assessorIds.map((a) => initials(name(a))).join(' '),
					label: `gekozen door ${cell.assessorIds.map(name).join(', ')}`
				});
	return marks;
}
