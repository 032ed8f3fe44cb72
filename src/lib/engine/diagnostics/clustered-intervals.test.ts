import { describe, expect, it } from 'vitest';
import doneProfile from '../../../../rubrics/done-profiel.json';
import exerciseLibrary from '../../../../rubrics/oefeningen.json';
import { CompetencyProfile, ExerciseLibrary } from '../rubric';
import { DEMO_SEED, makeDemoAssessment } from '../demo/make-demo-assessment';
import { toSessionRatings } from '../consensus/session-ratings';
import type { Estimate } from '../agreement/estimate';
import { createPrng } from '../agreement/prng';
import { quantileSorted } from '../agreement/bootstrap';
import { clusteredMeanInterval } from './cluster-mean';
import { diagnoseSession } from './diagnose-session';
import { sampleSizeWarning, shortSampleWarning, tableSampleNote } from './sample-size';
import { computeSessionAgreement, intervalMethodLine, type GroupAgreement } from './session-agreement';
import { generateSession } from './synthetic-session';

const profile = CompetencyProfile.parse(doneProfile);
const library = ExerciseLibrary.parse(exerciseLibrary);
const demo = makeDemoAssessment({ profile, exercises: library.exercises, seed: DEMO_SEED, now: '2026-03-20T10:00:00.000Z' });
// In the dashboard's order, so the figures are the dashboard's.
const ratings = toSessionRatings(demo.ratings, {
	candidateIds: demo.candidates.map((c) => c.id),
	competencyIds: demo.session.competencyIds,
	exerciseIds: demo.exercises.map((e) => e.id),
	assessorIds: demo.assessors.map((a) => a.id)
});
const v = (e: Estimate) => (e.ok ? e.value : Number.NaN);
/** As the dashboard shows a limit: two decimals. */
const shown = (e: Estimate) => (e.ok ? e.value.toFixed(2) : 'niet bepaald');

function diagnose(options: Parameters<typeof diagnoseSession>[1]) {
	const result = diagnoseSession(ratings, options);
	if (!result.ok) throw new Error(result.reason);
	return result.value;
}

describe('the demo: intervals resample its 6 candidates', () => {
	const byCandidate = diagnose({});
	const byUnit = diagnose({ resample: 'units' });
	const overall = byCandidate.agreement.overall;

	it('counts 114 units of 6 candidates', () => {
		expect(overall.pairableUnits).toBe(114);
		expect(overall.candidates).toBe(6);
		expect(byCandidate.agreement.interval).toEqual({
			resampled: 'candidates',
			resamples: 462,
			exact: true,
			seed: 20_260_101,
			count: 6,
			line: '95%-interval: kandidaten herbemonsterd, 462 herhalingen (elke mogelijke trekking uit de 6 kandidaten één keer, met haar kans).'
		});
		expect(byUnit.agreement.interval.line).toBe('95%-interval: eenheden herbemonsterd alsof ze onafhankelijk zijn, 10.000 herhalingen (seed 20260101).');
	});

	it('is wider than the unit bootstrap for alpha: overall, and summed over the exercises', () => {
		const width = (g: GroupAgreement, s: 'alphaOrdinal' | 'ac2') => v(g[s].upper) - v(g[s].lower);
		expect(width(overall, 'alphaOrdinal')).toBeGreaterThan(width(byUnit.agreement.overall, 'alphaOrdinal') * 1.5);
		// AC2 is not wider here: its quadratic weights credit near misses, and how often assessors miss by one hardly
		// varies between the demo's candidates (by units [0,76; 0,83], by candidates [0,77; 0,83]).
		expect(width(overall, 'ac2')).toBeGreaterThan(width(byUnit.agreement.overall, 'ac2') * 0.8);
		const sum = (gs: readonly GroupAgreement[]) => gs.reduce((s, g) => s + width(g, 'alphaOrdinal'), 0);
		expect(sum(byCandidate.agreement.byExercise)).toBeGreaterThan(sum(byUnit.agreement.byExercise));
		// Before: α 0,36 [0,25; 0,46] by units; after: by candidates.
		expect([shown(byUnit.agreement.overall.alphaOrdinal.lower), shown(byUnit.agreement.overall.alphaOrdinal.upper)]).toEqual(['0.25', '0.46']);
		expect([shown(overall.alphaOrdinal.lower), shown(overall.alphaOrdinal.upper)]).toEqual(['0.12', '0.52']);
	});

	it('takes every one of the 462 possible resamples of 6 candidates (exact), so no seed changes a shown decimal', () => {
		expect(overall.alphaOrdinal.exact).toBe(true);
		expect(overall.alphaOrdinal.resamples).toBe(462);
		const limits = (seed: number) => {
			const d = diagnose({ seed });
			const groups = [d.agreement.overall, ...d.agreement.byCompetency, ...d.agreement.byExercise];
			return [
				...groups.flatMap((g) => [g.alphaOrdinal.lower, g.alphaOrdinal.upper, g.ac2.lower, g.ac2.upper].map(shown)),
				...d.offsets.flatMap((o) => [o.offset?.lower?.toFixed(2), o.offset?.upper?.toFixed(2)])
			];
		};
		const first = limits(1);
		for (const seed of [2, 77, 20_260_101]) expect(limits(seed)).toEqual(first);
	});

	it('gives the rater offsets intervals over candidates: An Peeters still clearly higher, but less precisely', () => {
		const an = demo.assessors.find((a) => a.name === 'An Peeters')!;
		const offset = byCandidate.offsets.find((o) => o.assessorId === an.id)!.offset!;
		expect(offset.clusters).toBe(6);
		expect(offset.exact).toBe(true);
		expect(offset.mean).toBeCloseTo(0.655, 3);
		expect(offset.lower!).toBeGreaterThan(0.3);
		expect(offset.upper! - offset.lower!).toBeGreaterThan(0.3);
		const flag = byCandidate.flags.find((f) => f.kind === 'overwaarderen')!;
		expect(flag.evidence).toMatch(/op dezelfde 113 beoordelingen van 6 kandidaten \(95%-interval 0,\d+ tot 0,\d+, kandidaten herbemonsterd\)/);
	});

	it('warns that 6 candidates are few, counting candidates and units, also where there are 114 units', () => {
		expect(overall.sampleWarning).toContain('114 eenheden van 6 kandidaten');
		expect(overall.sampleWarning).toContain('Het 95%-interval houdt daar rekening mee');
		// Resampling units does not account for the candidates, and the warning does not claim it does.
		expect(byUnit.agreement.overall.sampleWarning).toContain('herbemonstert eenheden en is daardoor te smal');
		expect(overall.reading.warnings).toContain(overall.sampleWarning);
		expect(overall.reading.warnings.join(' ')).not.toMatch(/slechts \d+ beoordeelde eenheden/);
		for (const g of byCandidate.agreement.byCompetency) expect(g.sampleWarning).toContain(`${g.pairableUnits} eenheden van ${g.candidates} kandidaten`);
	});
});

describe('sampleSizeWarning', () => {
	it.each([
		[{ candidates: 6, units: 114 }, /^Gebaseerd op 114 eenheden van 6 kandidaten\. .*telt het aantal kandidaten, niet het aantal eenheden: één kandidaat meer of minder/],
		[{ candidates: 1, units: 1 }, /^Gebaseerd op 1 eenheid van 1 kandidaat: met één kandidaat is er geen interval/],
		[{ candidates: 12, units: 1200 }, /^Gebaseerd op 1\.200 eenheden van 12 kandidaten\. .*breder dan het aantal eenheden doet vermoeden/],
		[{ candidates: 30, units: 30 }, null],
		[{ candidates: 45, units: 900 }, null]
	])('%j', (sample, expected) => {
		const warning = sampleSizeWarning(sample);
		if (expected === null) expect(warning).toBeNull();
		else expect(warning).toMatch(expected);
	});
});

describe('the short warning of a table row and the note above the table', () => {
	it.each([
		[6, 'Slechts 6 kandidaten: een ruwe indicatie.'],
		[1, 'Eén kandidaat: geen interval.'],
		[30, null]
	])('%i candidates: %s', (candidates, expected) => expect(shortSampleWarning(candidates)).toBe(expected));
	it('explains once, only when a row has fewer than 30 candidates', () => {
		expect(tableSampleNote([6, 40])).toMatch(/^Rijen met minder dan 30 kandidaten zijn een ruwe indicatie/);
		expect(tableSampleNote([30, 40])).toBeNull();
		expect(tableSampleNote([])).toBeNull();
	});
});

describe('intervalMethodLine', () => {
	it('names the seed only for random resamples, with Dutch digit grouping', () => {
		expect(intervalMethodLine({ resampled: 'candidates', resamples: 10_000, exact: false, seed: 7, count: 12 })).toBe(
			'95%-interval: kandidaten herbemonsterd, 10.000 herhalingen (seed 7).'
		);
		expect(intervalMethodLine({ resampled: 'candidates', resamples: 3, exact: true, seed: 7, count: 2 })).toBe(
			'95%-interval: kandidaten herbemonsterd, 3 herhalingen (elke mogelijke trekking uit de 2 kandidaten één keer, met haar kans).'
		);
	});
});

describe('clusteredMeanInterval', () => {
	const values = [0.5, 1, 0, 1, 0.5, -0.5, 1.5, 1, 0, 0.5, 1, 1, 0.5, 0, 2, 1, 0.5, 0.5, 1, 0];
	const clusters = values.map((_, i) => `k${i % 10}`);

	it('random (10 candidates: 92,378 resamples > 2,000): equals a plain loop with the same generator', () => {
		const result = clusteredMeanInterval(values, clusters, { resamples: 2000, seed: 5 })!;
		expect(result.exact).toBe(false);
		const random = createPrng(5);
		const ids = [...new Set(clusters)];
		const means: number[] = [];
		for (let b = 0; b < 2000; b++) {
			const drawn: number[] = [];
			for (let d = 0; d < ids.length; d++) {
				const id = ids[Math.floor(random() * ids.length)];
				values.forEach((x, i) => clusters[i] === id && drawn.push(x));
			}
			means.push(drawn.reduce((s, x) => s + x, 0) / drawn.length);
		}
		const sorted = Float64Array.from(means).sort();
		expect(result.lower).toBeCloseTo(quantileSorted(sorted, 0.025), 12);
		expect(result.upper).toBeCloseTo(quantileSorted(sorted, 0.975), 12);
		expect(result.mean).toBeCloseTo(values.reduce((s, x) => s + x, 0) / values.length, 12);
	});

	it('exact (4 candidates): equals brute force over all 256 ordered draws', () => {
		const four = values.slice(0, 12);
		const ids = four.map((_, i) => i % 4);
		const result = clusteredMeanInterval(four, ids)!;
		expect(result.exact).toBe(true);
		const means: number[] = [];
		for (let code = 0; code < 256; code++) {
			const drawn: number[] = [];
			for (let d = 0, x = code; d < 4; d++, x >>= 2) four.forEach((y, i) => ids[i] === (x & 3) && drawn.push(y));
			means.push(drawn.reduce((s, y) => s + y, 0) / drawn.length);
		}
		means.sort((a, b) => a - b);
		expect(result.lower).toBeCloseTo(means[Math.ceil(0.025 * 256) - 1]!, 12);
		expect(result.upper).toBeCloseTo(means[Math.ceil(0.975 * 256) - 1]!, 12);
	});

	it('has no interval for one candidate, and none for no values', () => {
		expect(clusteredMeanInterval([1, 2, 3], ['a', 'a', 'a'])).toMatchObject({ lower: null, upper: null, clusters: 1 });
		expect(clusteredMeanInterval([], [])).toBeNull();
	});
});

describe('more candidates: the random bootstrap, 10,000 resamples', () => {
	it.each([10, 12, 20])('keeps the limits of %i candidates within half a shown decimal across seeds', (candidates) => {
		const session = generateSession({ candidates, competencies: 6, exercises: 3, assessors: 3, seed: 11 });
		const limits = [1, 2, 3].map((seed) => {
			const result = computeSessionAgreement(session, { seed });
			if (!result.ok) throw new Error(result.reason);
			expect(result.value.overall.alphaOrdinal.exact).toBe(false);
			const o = result.value.overall;
			return [o.alphaOrdinal.lower, o.alphaOrdinal.upper, o.ac2.lower, o.ac2.upper].map(v);
		});
		for (let k = 0; k < 4; k++) {
			const spread = Math.max(...limits.map((l) => l[k]!)) - Math.min(...limits.map((l) => l[k]!));
			expect(spread).toBeLessThan(0.005);
		}
	});
});
