import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './agreement';

const run = promisify(execFile);
const FIXTURES = 'tests/fixtures/agreement';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run('node', ['scripts/agreement.mjs', ...args]);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

describe('agreement CLI', () => {
	it('prints one JSON object for the Krippendorff 2011 data (wide CSV): ordinal alpha .815, no Cohen keys', async () => {
		const { code, stdout } = await cli(`${FIXTURES}/krippendorff-2011-wide.csv`, '--categories', '1,2,3,4,5');
		expect(code).toBe(0);
		const out = JSON.parse(stdout);
		expect(out.krippendorff_alpha_ordinal).toBeCloseTo(0.815, 3);
		expect(out.gwet_ac1).toBeCloseTo(0.77544, 5);
		expect(out).not.toHaveProperty('cohen_kappa');
		expect(out.units).toBe(12);
		expect(out.raters).toBe(4);
	}, 30_000);
	it("irrCAC's cac.raw4raters: Conger's kappa and the generalised Fleiss kappa with their SEs, ICCs on the 8 complete units", async () => {
		const { code, stdout } = await cli(`${FIXTURES}/irrcac-raw4raters.csv`, '--categories', '1,2,3,4,5');
		expect(code).toBe(0);
		const out = JSON.parse(stdout);
		expect(out.conger_kappa).toBeCloseTo(0.76282, 5);
		expect(out.conger_kappa_se).toBeCloseTo(0.14917, 5);
		expect(out.fleiss_kappa_generalized).toBeCloseTo(0.76117, 5);
		expect(out.fleiss_kappa_generalized_se).toBeCloseTo(0.15302, 5);
		expect(typeof out.percent_agreement_within_one_pairs).toBe('number');
		expect(out).not.toHaveProperty('percent_agreement_within_one');
		expect(typeof out.icc2_1).toBe('number');
		expect(out.icc_units).toBe(8);
		expect(out.notes.icc).toContain('8 volledig beoordeelde eenheden');
	}, 30_000);
	it('gives the same figures from the long layout unit,rater,value', async () => {
		const wide = JSON.parse((await cli(`${FIXTURES}/krippendorff-2011-wide.csv`, '--categories', '1,2,3,4,5')).stdout);
		const long = JSON.parse((await cli(`${FIXTURES}/krippendorff-2011-long.csv`, '--categories=1,2,3,4,5')).stdout);
		expect(long.krippendorff_alpha_interval).toBeCloseTo(wide.krippendorff_alpha_interval, 12);
		expect(long.gwet_ac2_quadratic).toBeCloseTo(wide.gwet_ac2_quadratic, 12);
	}, 30_000);
	it('reads quoted rater names, CRLF and a BOM', async () => {
		const { code, stdout } = await cli(`${FIXTURES}/quoted-crlf-bom.csv`, '--categories', '1,2,3,4');
		expect(code).toBe(0);
		expect(JSON.parse(stdout).rater_names).toEqual(['Assessor, An', 'Bo "B"']);
	}, 30_000);
	it.each([
		['ragged.csv', 'regel 3'],
		['outside-categories.csv', 'buiten de categorieën'],
		['one-rater.csv', 'twee beoordelaars'],
		['unparsable.csv', 'aanhalingsteken'],
		['layouts/ratings.xlsx', 'rekenbladbestand'],
		['does-not-exist.csv', 'bestaat niet']
	])('refuses %s with one line on stderr and a non-zero exit', async (file, message) => {
		const { code, stdout, stderr } = await cli(`${FIXTURES}/${file}`, '--categories', '1,2,3,4');
		expect(code).not.toBe(0);
		expect(stdout).toBe('');
		expect(stderr).toContain(message);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).not.toMatch(/\s+at\s/);
	}, 30_000);
	it('adds Dutch readings with --uitleg, including the kappa paradox when one level dominates', async () => {
		const { code, stdout } = await cli(`${FIXTURES}/paradox.csv`, '--categories', '1,2,3,4', '--uitleg');
		expect(code).toBe(0);
		const out = JSON.parse(stdout);
		expect(out.readings.krippendorff_alpha_ordinal.text).toMatch(/^α = /);
		expect(out.paradox).toContain('AC1/AC2');
	}, 30_000);
	it('edge_single_rating_unit and _removed give identical alphas (agreement spec), while AC1 may differ', async () => {
		const withUnit = JSON.parse((await cli(`${FIXTURES}/edge_single_rating_unit.csv`, '--categories', '1,2,3,4')).stdout);
		const removed = JSON.parse((await cli(`${FIXTURES}/edge_single_rating_unit_removed.csv`, '--categories', '1,2,3,4')).stdout);
		for (const metric of ['nominal', 'ordinal', 'interval', 'ratio']) {
			expect(withUnit[`krippendorff_alpha_${metric}`]).toBeCloseTo(removed[`krippendorff_alpha_${metric}`], 12);
		}
		expect(withUnit).toHaveProperty('fleiss_kappa_generalized');
		expect(removed).toHaveProperty('fleiss_kappa');
	}, 30_000);
	it('all ratings in one category: alpha and kappa null with reasons, AC1 = 1', async () => {
		const out = JSON.parse((await cli(`${FIXTURES}/edge_all_same_category.csv`, '--categories', '1,2,3,4')).stdout);
		expect(out.krippendorff_alpha_nominal).toBeNull();
		expect(out.notes.krippendorff_alpha_nominal).toBeTruthy();
		expect(out.fleiss_kappa_generalized).toBeNull();
		expect(out.gwet_ac1).toBe(1);
	}, 30_000);
	it('0/0: no unit rated twice gives nulls with reasons, never NaN', async () => {
		const { code, stdout } = await cli(`${FIXTURES}/edge_no_pairable_unit.csv`, '--categories', '1,2,3,4');
		expect(code).toBe(0);
		const out = JSON.parse(stdout);
		expect(out.cohen_kappa).toBeNull();
		expect(out.krippendorff_alpha_interval).toBeNull();
		expect(out.notes.cohen_kappa).toBeTruthy();
		expect(stdout).not.toContain('NaN');
	}, 30_000);
	it('two complete raters: Cohen, Fleiss and ICC keys, no generalised Fleiss', async () => {
		const out = JSON.parse((await cli(`${FIXTURES}/edge_two_raters.csv`, '--categories', '1,2,3,4')).stdout);
		expect(typeof out.cohen_kappa_quadratic_se0).toBe('number');
		expect(typeof out.icc2_k_ci95_lower).toBe('number');
		expect(out.light_kappa).toBeCloseTo(out.cohen_kappa, 12);
		expect(out).not.toHaveProperty('fleiss_kappa_generalized');
	}, 30_000);
	it('asks for the categories and refuses a non-numeric one', () => {
		expect(parseArgs(['x.csv'])).toMatchObject({ ok: false, message: expect.stringContaining('--categories') });
		expect(parseArgs(['x.csv', '--categories', '1,a'])).toMatchObject({ ok: false, message: expect.stringContaining('ofwel getallen ofwel woorden') });
		expect(parseArgs(['x.csv', '--categories', '1,2'])).toMatchObject({ ok: true, file: 'x.csv', scale: { categories: [1, 2], words: null }, explain: false, bootstrap: null });
		expect(parseArgs(['x.csv', '--categories', 'onvoldoende,matig,goed,"zeer goed"'])).toMatchObject({
			ok: true,
			scale: { categories: [1, 2, 3, 4], words: ['onvoldoende', 'matig', 'goed', 'zeer goed'] }
		});
		expect(parseArgs(['x.csv', '--categories=1,2', '--bootstrap', '10000', '--seed=7', '--cluster', 'kandidaat'])).toMatchObject({
			ok: true,
			bootstrap: { resamples: 10000, seed: 7 },
			read: { cluster: 'kandidaat' }
		});
		expect(parseArgs(['x.csv', '--categories', '1,2', '--bootstrap', '5'])).toMatchObject({ ok: false, message: expect.stringContaining('--bootstrap') });
	});
});
