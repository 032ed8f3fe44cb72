import { formatDateNl } from '../common/format-nl';

/**
 * How far ahead a conversation may be dated: a coach plans the next TOCI conversation, typically a few
 * months out, but a date a year or more ahead is a typing mistake (2035 for 2025).
 */
export const TOCI_PLANNING_MONTHS = 3;
/**
 * How far before the youth was added to the app a conversation may lie: a coach may type in paper
 * conversations of the running trajectory, but not one from years before it started (1990 for 2026).
 */
export const TOCI_HISTORY_MONTHS = 24;

const toDay = (iso: string) => Date.parse(`${iso.slice(0, 10)}T12:00:00Z`);

/** The same day `months` calendar months later (or earlier), the month's last day when it has no such day. */
function addMonths(iso: string, months: number): string {
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
	const index = y * 12 + (m - 1) + months;
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export interface TociDateContext {
	/** Today as an ISO date (local calendar day). */
	today: string;
	/** When the youth's trajectory started in the app (the youth record's createdAt). */
	trajectoryStart?: string | undefined;
	/** The youth's first name or name, for the message. */
	youthName?: string | undefined;
}

/** The earliest and latest date a TOCI conversation may have, as ISO dates. */
export function tociDateBounds(context: TociDateContext): { earliest: string; latest: string } {
	const start = context.trajectoryStart && !Number.isNaN(toDay(context.trajectoryStart)) ? context.trajectoryStart.slice(0, 10) : context.today;
	const base = start < context.today ? start : context.today;
	return { earliest: addMonths(base, -TOCI_HISTORY_MONTHS), latest: addMonths(context.today, TOCI_PLANNING_MONTHS) };
}

/** A Dutch message when the date of a TOCI conversation is not plausible; undefined when it is. */
export function checkTociDate(date: string, context: TociDateContext): string | undefined {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(toDay(date)) || new Date(toDay(date)).toISOString().slice(0, 10) !== date)
		return 'Kies een geldige datum voor het gesprek.';
	const { earliest, latest } = tociDateBounds(context);
	const who = context.youthName?.trim() ? ` van ${context.youthName.trim()}` : '';
	if (date < earliest)
		return `${formatDateNl(date)} ligt ver vóór het traject${who} (gestart in de app op ${formatDateNl((context.trajectoryStart ?? context.today).slice(0, 10))}). Kies een datum vanaf ${formatDateNl(earliest)}.`;
	if (date > latest)
		return `${formatDateNl(date)} ligt te ver in de toekomst: plan een gesprek hoogstens drie maanden vooruit (tot ${formatDateNl(latest)}).`;
	return undefined;
}
