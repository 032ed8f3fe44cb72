/**
 * Numbers, dates and counts as Flemish readers expect them (nl-BE: decimal comma, "3 maart 2026", Brussels
 * time). Every screen, PDF and export writes them through here, so a figure reads the same everywhere.
 */

const NL = 'nl-BE';
const BRUSSELS = 'Europe/Brussels';

/** At most `decimals` decimals (and at least `minDecimals`): "65,5", "3". */
export function formatNumberNl(value: number, decimals = 2, minDecimals = 0): string {
	return new Intl.NumberFormat(NL, { maximumFractionDigits: decimals, minimumFractionDigits: minDecimals }).format(value);
}

/** Exactly `digits` decimals, for coefficients and means that are compared in a column: "0,70", "2,0". */
export function formatFixedNl(value: number, digits = 2): string {
	return value.toLocaleString(NL, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A change with its sign: "+3", "−1,5", "0". */
export function formatSignedNl(value: number, decimals = 2): string {
	const abs = formatNumberNl(Math.abs(value), decimals);
	if (value > 0) return `+${abs}`;
	if (value < 0) return `−${abs}`;
	return '0';
}

/** A change as a percentage with its sign: "+12%", "−5%", "0%". */
export function formatPercentNl(fraction: number): string {
	return new Intl.NumberFormat(NL, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(fraction);
}

/** A share as a whole percentage: "74%". */
export function formatShareNl(fraction: number): string {
	return `${Math.round(fraction * 100)}%`;
}

/** "1 notitie", "3 notities", "1.250 notities". */
export function countLabel(count: number, singular: string, plural: string): string {
	return `${count.toLocaleString(NL)} ${count === 1 ? singular : plural}`;
}

const DATE_FORMAT = new Intl.DateTimeFormat(NL, { day: 'numeric', month: 'long', year: 'numeric', timeZone: BRUSSELS });
const DATE_TIME_FORMAT = new Intl.DateTimeFormat(NL, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: BRUSSELS });
const DATE_TIME_SECONDS_FORMAT = new Intl.DateTimeFormat(NL, {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	timeZone: BRUSSELS
});
const SHORT_MONTH_FORMAT = new Intl.DateTimeFormat(NL, { day: 'numeric', month: 'short', year: 'numeric', timeZone: BRUSSELS });

function parseDate(value: string): Date {
	// A bare calendar date is read at noon UTC, which is that same day in Brussels in every season.
	return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
}

/** `2026-03-03` or an ISO date-time → "3 maart 2026"; an unreadable value is returned as given. */
export function formatDateNl(value: string): string {
	const date = parseDate(value);
	return Number.isNaN(date.getTime()) ? value : DATE_FORMAT.format(date);
}

/**
 * An ISO date-time → "3 maart 2026 om 14:05"; with `seconds` (an audit trail, where two entries in one minute
 * must stay apart) "3 maart 2026 om 14:05:09". An unreadable value is returned as given.
 */
export function formatDateTimeNl(value: string, options: { seconds?: boolean } = {}): string {
	const date = new Date(value);
	if (Number.isNaN(date.getTime())) return value;
	return (options.seconds ? DATE_TIME_SECONDS_FORMAT : DATE_TIME_FORMAT).format(date);
}

/** A date with a short month for table headers and chart labels: "2 mrt 2026". */
export function formatDateShortNl(value: string): string {
	const date = parseDate(value);
	return Number.isNaN(date.getTime()) ? value : SHORT_MONTH_FORMAT.format(date).replace('.', '');
}

/** ISO date `2026-03-14` as `14/03/2026`, for tables where dates stand in a column. */
export function formatDateNumericNl(isoDate: string): string {
	const [y, m, d] = isoDate.slice(0, 10).split('-');
	return `${d}/${m}/${y}`;
}

/** Clock time of an ISO timestamp in Brussels time, e.g. "09:42". */
export function formatClockNl(iso: string): string {
	return new Date(iso).toLocaleTimeString(NL, { hour: '2-digit', minute: '2-digit', timeZone: BRUSSELS });
}

/** "m:ss" or "h:mm:ss" for a duration in milliseconds. */
export function formatDuration(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
