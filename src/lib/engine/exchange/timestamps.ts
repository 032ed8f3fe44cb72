import { BundleError } from './errors';
import { BUNDLE_TABLES, TABLE_LABELS, type BundleTable } from './format';
import type { Bundle } from './bundle';
import { isFuturePeriod, labelPeriod } from '../organisation/kpi-period';

/**
 * Fields that record when something happened, with the words the message uses. Planned dates (session
 * days, an action's due date) are dates without a time and may lie in the future: they are not listed.
 */
const MOMENT_FIELDS: ReadonlyMap<string, string> = new Map(Object.entries({
	createdAt: 'aangemaakt op',
	updatedAt: 'gewijzigd op',
	deletedAt: 'verwijderd op',
	observedAt: 'waargenomen op',
	submittedAt: 'ingediend op',
	at: 'tijdstip',
	lockedAt: 'vergrendeld op',
	startedAt: 'gestart op',
	endedAt: 'beëindigd op',
	storedAt: 'bewaard op',
	erasedAt: 'gewist op',
	detectedAt: 'gevonden op'
}));

/** Nothing in WAKKER happened before this; an earlier stamp is a clock that was never set. */
export const EARLIEST_MOMENT = '2000-01-01T00:00:00.000Z';
/** Clocks of two tablets differ a little, never by more than a day. */
export const FUTURE_MARGIN_MS = 24 * 60 * 60 * 1000;

export interface ImpossibleMoment {
	/** Which records, e.g. "Notities" or "Het bestand zelf". */
	where: string;
	field: string;
	value: string;
	count: number;
}

/**
 * Every moment in the bundle that cannot be true: before 2000, or more than a day after `now` (the time of
 * the import on this tablet). Walks nested values too (a lock's `lockedAt`, an action's history), but not a
 * rubric's content, whose texts are not moments.
 */
export function findImpossibleMoments(bundle: Bundle, now: Date): ImpossibleMoment[] {
	const earliest = Date.parse(EARLIEST_MOMENT);
	const latest = now.getTime() + FUTURE_MARGIN_MS;
	const found = new Map<string, ImpossibleMoment>();
	const check = (where: string, field: string, value: unknown) => {
		if (typeof value !== 'string') return;
		const t = Date.parse(value);
		if (!Number.isNaN(t) && t >= earliest && t <= latest) return;
		const key = `${where}>${field}`;
		const entry = found.get(key) ?? { where, field, value, count: 0 };
		entry.count++;
		found.set(key, entry);
	};
	check('Het bestand zelf', 'createdAt', bundle.createdAt);
	for (const table of BUNDLE_TABLES) {
		for (const record of bundle.records[table] ?? []) walk(record, table, (field, value) => check(TABLE_LABELS[table], field, value));
	}
	for (const erasure of bundle.erasures) check('Wissingen', 'erasedAt', erasure.erasedAt);
	return [...found.values()];
}

function walk(root: unknown, table: BundleTable, visit: (field: string, value: unknown) => void): void {
	const stack: unknown[] = [root];
	while (stack.length > 0) {
		const value = stack.pop();
		if (value === null || typeof value !== 'object') continue;
		if (Array.isArray(value)) {
			stack.push(...(value as unknown[]));
			continue;
		}
		for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
			if (MOMENT_FIELDS.has(key)) visit(key, child);
			else if (!(table === 'rubricVersions' && key === 'content') && !(table === 'settings' && key === 'value')) stack.push(child);
		}
	}
}

/** "31-12-9999": the date as people here write it, from the stamp's own text (no time zone shifts). */
function shownDate(value: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
	return m ? `${Number(m[3])}-${Number(m[2])}-${m[1]}` : value.slice(0, 40);
}

export function describeImpossibleMoment(m: ImpossibleMoment): string {
	const what = m.count === 1 ? '1 datum' : `${m.count} datums`;
	return `${m.where}: ${what} "${MOMENT_FIELDS.get(m.field) ?? m.field}" kan niet (bv. ${shownDate(m.value)})`;
}

/** Refuses a bundle with any impossible moment, naming where, before anything is stored. */
export function assertPossibleMoments(bundle: Bundle, now: Date): void {
	const impossible = findImpossibleMoments(bundle, now);
	if (impossible.length === 0) return;
	const list = impossible.slice(0, 5).map(describeImpossibleMoment).join('; ');
	const more = impossible.length > 5 ? `; en nog ${impossible.length - 5} andere` : '';
	throw new BundleError(
		'impossible-date',
		`Dit bestand wordt niet ingeladen: het bevat datums die niet kunnen (vóór 2000 of meer dan een dag na vandaag). ${list}${more}. Kijk na of de datum en de klok juist staan op de tablet die het bestand maakte en op deze tablet. Er is niets veranderd.`
	);
}

/**
 * Refuses a bundle with KPI values for a period that has not started yet (local `today`, `2026-03-14`):
 * the screen refuses them, so they come from a tablet with a wrong clock or a hand-edited file.
 */
export function assertNoFutureKpiPeriods(bundle: Bundle, today: string): void {
	const periods = (bundle.records.kpiEntries ?? []).flatMap((e) => (!e.deletedAt && typeof e.period === 'string' && isFuturePeriod(e.period, today) ? [e.period] : []));
	const future = [...new Set(periods)].sort();
	if (future.length === 0) return;
	throw new BundleError(
		'impossible-date',
		`Dit bestand wordt niet ingeladen: het bevat KPI-waarden voor een periode die nog niet begonnen is (${future.slice(0, 5).map(labelPeriod).join(', ')}). Kijk na of de datum en de klok juist staan op de tablet die het bestand maakte. Er is niets veranderd.`
	);
}
