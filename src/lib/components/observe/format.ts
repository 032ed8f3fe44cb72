/** "m:ss" or "h:mm:ss" for a duration in milliseconds. */
export function formatDuration(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Clock time of an ISO timestamp in Brussels time, e.g. "09:42". */
export function formatClock(iso: string): string {
	return new Date(iso).toLocaleTimeString('nl-BE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' });
}

/** "1 notitie" / "3 notities". */
export function countLabel(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}
