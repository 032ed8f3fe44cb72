/** A KPI period is a month (`2026-03`) or a quarter (`2026-Q1`), as in the KpiEntry model. */
export type PeriodKind = 'month' | 'quarter';

export interface ParsedPeriod {
	kind: PeriodKind;
	year: number;
	/** Month 1–12 or quarter 1–4. */
	index: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export function parsePeriod(period: string): ParsedPeriod | undefined {
	const m = MONTH.exec(period);
	if (m) return { kind: 'month', year: Number(m[1]), index: Number(m[2]) };
	const q = QUARTER.exec(period);
	if (q) return { kind: 'quarter', year: Number(q[1]), index: Number(q[2]) };
	return undefined;
}

export function periodKindOf(period: string): PeriodKind | undefined {
	return parsePeriod(period)?.kind;
}

export function formatPeriodId(p: ParsedPeriod): string {
	return p.kind === 'month' ? `${p.year}-${String(p.index).padStart(2, '0')}` : `${p.year}-Q${p.index}`;
}

/** "maart 2026", "1e kwartaal 2026". */
export function labelPeriod(period: string): string {
	const p = parsePeriod(period);
	if (!p) return period;
	return p.kind === 'month' ? `${MONTH_NAMES[p.index - 1]} ${p.year}` : `${p.index}e kwartaal ${p.year}`;
}

/** The period of the same kind right after this one. */
export function nextPeriod(period: string): string {
	const p = parsePeriod(period);
	if (!p) throw new Error(`Ongeldige periode: ${period}`);
	const per = p.kind === 'month' ? 12 : 4;
	return p.index === per ? formatPeriodId({ ...p, year: p.year + 1, index: 1 }) : formatPeriodId({ ...p, index: p.index + 1 });
}

/** First and last day (ISO dates, inclusive) of a period. */
export function periodRange(period: string): { from: string; to: string } {
	const p = parsePeriod(period);
	if (!p) throw new Error(`Ongeldige periode: ${period}`);
	const firstMonth = p.kind === 'month' ? p.index : (p.index - 1) * 3 + 1;
	const lastMonth = p.kind === 'month' ? p.index : firstMonth + 2;
	const lastDay = new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate();
	const pad = (n: number) => String(n).padStart(2, '0');
	return { from: `${p.year}-${pad(firstMonth)}-01`, to: `${p.year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** The period of a kind that holds an ISO date (`2026-03-14` or a full date-time). */
export function periodOfDate(isoDate: string, kind: PeriodKind): string {
	const year = Number(isoDate.slice(0, 4));
	const month = Number(isoDate.slice(5, 7));
	return formatPeriodId({ kind, year, index: kind === 'month' ? month : Math.floor((month - 1) / 3) + 1 });
}

/** Periods sorted in time; months and quarters of a year are not mixed by callers. */
export function comparePeriods(a: string, b: string): number {
	const pa = parsePeriod(a);
	const pb = parsePeriod(b);
	if (!pa || !pb) return a.localeCompare(b);
	return pa.year - pb.year || pa.index - pb.index;
}

/** Every period from `from` to `to` inclusive (same kind), at most `max` long. */
export function listPeriods(from: string, to: string, max = 120): string[] {
	const out: string[] = [];
	let p = from;
	while (comparePeriods(p, to) <= 0 && out.length < max) {
		out.push(p);
		p = nextPeriod(p);
	}
	return out;
}

/** Whether a period starts after `today` (local ISO date): such a period cannot have figures yet. */
export function isFuturePeriod(period: string, today: string): boolean {
	const p = parsePeriod(period);
	return p !== undefined && periodRange(period).from > today;
}

/** Why a future period is refused, in Dutch. */
export function futurePeriodMessage(period: string): string {
	return `${labelPeriod(period)} is nog niet begonnen: je registreert een periode pas als ze gestart is.`;
}
