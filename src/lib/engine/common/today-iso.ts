/** Today's local calendar date as `2026-03-14` (not UTC: a measurement at 0:30 in Brussels is today). */
export function todayIso(now: Date = new Date()): string {
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
