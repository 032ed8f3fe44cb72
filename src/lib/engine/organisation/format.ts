/** Numbers as Flemish readers expect them: decimal comma, at most `decimals` decimals. */
export function formatNumberNl(value: number, decimals = 2): string {
	return new Intl.NumberFormat('nl-BE', { maximumFractionDigits: decimals }).format(value);
}

/** A change with its sign: "+3", "−1,5", "0". */
export function formatSignedNl(value: number, decimals = 2): string {
	const abs = formatNumberNl(Math.abs(value), decimals);
	if (value > 0) return `+${abs}`;
	if (value < 0) return `−${abs}`;
	return '0';
}

export function formatPercentNl(fraction: number): string {
	return new Intl.NumberFormat('nl-BE', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(fraction);
}

/** ISO date `2026-03-14` as `14/03/2026`. */
export function formatDateNl(isoDate: string): string {
	const [y, m, d] = isoDate.slice(0, 10).split('-');
	return `${d}/${m}/${y}`;
}
