import { describe, expect, it } from 'vitest';
import { main } from './agreement';

const DIR = 'tests/fixtures/agreement/layouts';
const FIVE = '1,2,3,4,5';

/** Runs the CLI in this process and returns its exit code, parsed stdout and stderr. */
async function run(...args: string[]) {
	let out = '';
	let err = '';
	const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
	return { code, out: out ? (JSON.parse(out) as Record<string, unknown>) : null, err };
}

// The Krippendorff (2011) data, 12 units × 4 raters with missing ratings, written the ways people's tools write it.
// Every file must give the published ordinal alpha .815 (and AC1 .77544), or be refused.
describe('the CLI reads real-world layouts of the same data right', () => {
	it.each([
		['excel-nl-be-sep.csv', 'Excel nl-BE: BOM, sep=; line, CRLF', [], ';'],
		['semicolon-decimal-comma.csv', 'semicolons, decimal commas (3,0), trailing empty columns', [], ';'],
		['tab-separated.tsv', 'tab separated', [], 'tab'],
		['utf16le-bom.txt', 'UTF-16LE with BOM (Excel "Unicode-tekst")', [], 'tab'],
		['utf16be-no-bom.csv', 'UTF-16BE without BOM', [], ','],
		['windows-1252.csv', 'Windows-1252 names', [], ';'],
		['r-write-csv-rownames.csv', "R write.csv(x): row names under an empty header, NA", [], ','],
		['id-column-codes.csv', 'a first column of candidate codes', [], ','],
		['id-column-numbers.csv', 'a numeric id column named by --id-column', ['--id-column', 'id'], ','],
		['blank-lines.csv', 'blank lines, lines of spaces and of separators', [], ','],
		['long-dutch.csv', 'long: kandidaat;eenheid;beoordelaar;score;opmerking', [], ';'],
		['long-english-na.csv', 'long: Subject,Rater,Rating with NA', [], ','],
		['level-words.csv', 'level words', ['--categories', 'onvoldoende,matig,goed,zeer goed,uitstekend'], ';'],
		['long-unit-unnamed.csv', 'long with other header names, --long: the first three columns', ['--long'], ',']
	])('%s (%s)', async (file, _what, extra, delimiter) => {
		const args = extra.includes('--categories') ? [`${DIR}/${file}`, ...extra] : [`${DIR}/${file}`, '--categories', FIVE, ...extra];
		const { code, out, err } = await run(...args);
		expect(err).toBe('');
		expect(code).toBe(0);
		expect(out!.units).toBe(12);
		expect(out!.raters).toBe(4);
		expect(out!.krippendorff_alpha_ordinal).toBeCloseTo(0.815, 3);
		expect(out!.gwet_ac1).toBeCloseTo(0.77544, 5);
		expect((out!.read_as as Record<string, string>).delimiter).toBe(delimiter);
	});
	it('keeps accented names from Windows-1252 and UTF-16', async () => {
		expect((await run(`${DIR}/windows-1252.csv`, '--categories', FIVE)).out!.rater_names).toEqual(['Anaïs', 'Zoë', 'Cécile', 'Dirk']);
		expect((await run(`${DIR}/utf16le-bom.txt`, '--categories', FIVE)).out!.read_as).toMatchObject({ encoding: 'utf-16le' });
	});
	it('drops trailing empty columns, so two real raters keep their Cohen kappa', async () => {
		const { out } = await run(`${DIR}/semicolon-decimal-comma.csv`, '--categories', FIVE);
		expect(out!.rater_names).toEqual(['An', 'Bo', 'Cas', 'Dirk']);
	});
	it('reads a file without a header with --no-header', async () => {
		const { code, out } = await run(`${DIR}/no-header.csv`, '--categories', FIVE, '--no-header');
		expect(code).toBe(0);
		expect(out!.units).toBe(9);
		expect(out!.rater_names).toEqual(['beoordelaar 1', 'beoordelaar 2', 'beoordelaar 3', 'beoordelaar 4']);
	});
	it('reads the numeric id column as a rater with --no-id-column (and then refuses its numbers above 5)', async () => {
		const { code, err } = await run(`${DIR}/id-column-numbers.csv`, '--categories', FIVE, '--no-id-column');
		expect(code).toBe(1);
		expect(err).toContain('valt buiten de categorieën');
	});
});

describe('the CLI refuses what stays ambiguous, in one line that names the option that settles it', () => {
	it.each([
		['id-column-numbers.csv', [], '--id-column id'],
		['no-header.csv', [], '--no-header'],
		['long-unit-unnamed.csv', [], '--long'],
		['ratings.xlsx', [], 'dit is een rekenbladbestand; bewaar het als CSV'],
		['level-words.csv', [], '--categories'],
		['long-dutch.csv', ['--bootstrap', '1000', '--cluster', 'groep'], '--cluster groep'],
		['excel-nl-be-sep.csv', ['--cluster', 'An'], '--bootstrap']
	])('%s %j', async (file, extra, message) => {
		const { code, out, err } = await run(`${DIR}/${file}`, '--categories', FIVE, ...extra);
		expect(code).not.toBe(0);
		expect(out).toBeNull();
		expect(err).toContain(message);
		expect(err.trim().split('\n')).toHaveLength(1);
	});
});
