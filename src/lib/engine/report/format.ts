/** Dates in reports are written the Flemish way: "3 maart 2026". */
const DATE_FORMAT = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' });
const DATE_TIME_FORMAT = new Intl.DateTimeFormat('nl-BE', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Europe/Brussels'
});

/** `2026-03-03` or an ISO date-time → "3 maart 2026"; an unreadable value is returned as given. */
export function formatDateNl(value: string): string {
	const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
	return Number.isNaN(date.getTime()) ? value : DATE_FORMAT.format(date);
}

export function formatDateTimeNl(value: string): string {
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? value : DATE_TIME_FORMAT.format(date);
}

/** "1 notitie", "3 notities". */
export function countLabel(count: number, singular: string, plural: string): string {
	return `${count} ${count === 1 ? singular : plural}`;
}
