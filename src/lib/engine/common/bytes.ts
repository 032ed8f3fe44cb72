import { formatNumberNl } from './format-nl';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/** Bytes for people, in Flemish notation: "1,5 MB" (decimal units, as the browser's own settings show). */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) return 'onbekend';
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < UNITS.length - 1) {
		value /= 1000;
		unit++;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	return `${formatNumberNl(value, digits)} ${UNITS[unit]}`;
}
