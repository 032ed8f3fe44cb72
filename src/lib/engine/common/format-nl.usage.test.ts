import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every Flemish number and date is written by format-nl.ts, so a figure or a date reads the same on a screen, in a
 * PDF and in an export. A locale call elsewhere is a second formatter waiting to drift (another month style,
 * UTC instead of Brussels time).
 */
const ROOT = process.cwd();
const SRC = join(ROOT, 'src');
const ALLOWED = new Set(['src/lib/engine/common/format-nl.ts']);
const LOCALE_CALL = /\.toLocale(?:Date|Time)?String\(\s*'nl-BE'|new Intl\.(?:NumberFormat|DateTimeFormat)\(|toLocaleDateString\(\s*'sv-SE'/;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

describe('one nl-BE format module', () => {
	it('finds no locale formatting outside format-nl.ts', () => {
		const found = sourceFiles(SRC).flatMap((path) => {
			const file = relative(ROOT, path);
			if (ALLOWED.has(file)) return [];
			return readFileSync(path, 'utf8')
				.split('\n')
				.flatMap((line, i) => (LOCALE_CALL.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
		});
		expect(found).toEqual([]);
	});

	it('recognises the calls it is meant to catch', () => {
		expect(LOCALE_CALL.test("new Date(x).toLocaleString('nl-BE', { dateStyle: 'short' })")).toBe(true);
		expect(LOCALE_CALL.test("const f = new Intl.DateTimeFormat('nl-BE');")).toBe(true);
		expect(LOCALE_CALL.test("formatDateTimeNl(x)")).toBe(false);
	});
});
