/**
 * Dates people type for things that happen in a trajectory (a coaching session, an evaluation, the next
 * appointment). A typo like 1990 or 2035 is refused with a Dutch message instead of ending up in a report.
 * All days are calendar days `YYYY-MM-DD`; `today` is passed in so the engine stays pure.
 */

/** How far back a conversation may be typed in afterwards: a trajectory (traject) rarely runs longer. */
export const MAX_PAST_YEARS = 3;
/** How far ahead a next appointment may be planned. */
export const MAX_AHEAD_DAYS = 366;

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds at noon UTC of a valid calendar day, or undefined for "2026-02-30", "", "31/12/2026". */
export function parseDay(day: string): number | undefined {
	const m = ISO_DAY.exec(day);
	if (!m) return undefined;
	const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
	const back = new Date(t);
	return back.getUTCFullYear() === Number(m[1]) && back.getUTCMonth() === Number(m[2]) - 1 && back.getUTCDate() === Number(m[3]) ? t : undefined;
}

export function addDays(day: string, days: number): string {
	const t = parseDay(day);
	if (t === undefined) return day;
	return new Date(t + days * DAY_MS).toISOString().slice(0, 10);
}

function formatDay(day: string): string {
	const [y, m, d] = day.split('-');
	return `${Number(d)}/${Number(m)}/${y}`;
}

/** The earliest day a past event may have: `MAX_PAST_YEARS` before today. */
export function earliestPastDay(today: string): string {
	const [y, rest] = [Number(today.slice(0, 4)), today.slice(4)];
	return `${y - MAX_PAST_YEARS}${rest === '-02-29' ? '-02-28' : rest}`;
}

/**
 * A day on which something already happened (`what`: "Het gesprek", "De evaluatie"): not in the future and
 * not more than `MAX_PAST_YEARS` ago. Undefined when plausible, otherwise one Dutch sentence.
 */
export function checkPastDay(day: string, today: string, what: string): string | undefined {
	const t = parseDay(day);
	if (t === undefined) return `${what}: kies een geldige datum.`;
	if (t > (parseDay(today) ?? t)) return `${what} ligt in de toekomst (${formatDay(day)}): kies een datum tot vandaag.`;
	const earliest = earliestPastDay(today);
	if (day < earliest) return `${what} ligt te ver terug (${formatDay(day)}): kies een datum na ${formatDay(earliest)}.`;
	return undefined;
}

/**
 * A planned day (`what`: "De volgende afspraak"): on or after `from` and at most `MAX_AHEAD_DAYS` after today.
 */
export function checkPlannedDay(day: string, from: string, today: string, what: string): string | undefined {
	const t = parseDay(day);
	if (t === undefined) return `${what}: kies een geldige datum.`;
	if (day < from) return `${what} ligt vóór ${formatDay(from)}: kies een latere datum.`;
	const latest = addDays(today, MAX_AHEAD_DAYS);
	if (day > latest) return `${what} ligt te ver vooruit (${formatDay(day)}): kies een datum tot ${formatDay(latest)}.`;
	return undefined;
}

/** The local calendar day of `now` as `2026-03-14` (not UTC: a conversation at 0:30 in Brussels is today). */
export function localDay(now: Date): string {
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
