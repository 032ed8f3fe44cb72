import { describe, expect, it } from 'vitest';
import { buildRatingsExport } from './ratings-export';
import { formatCsv } from '../export/csv';
import type { ExportTable } from '../export/table';

import { toSessionRatings } from './session-ratings';
import { parseRatingsCsv } from '../agreement/ratings-csv';
import { computeAllAgreement } from '../agreement/compute-all';
import { computeSessionAgreement } from '../diagnostics/session-agreement';
import type { RatingInput } from './rating-input';

/** The file R and the CLI read. */
const rCsv = (table: ExportTable) => formatCsv(table.rows, 'r-python');

const at = '2026-03-02T10:00:00.000Z';
const LEVELS = ['onvoldoende', 'matig', 'goed', 'zeer-goed'] as const;
// 3 assessors × 2 candidates × 2 competencies × 2 exercises, with one missing, one draft and one "niet geobserveerd".
const ratings: RatingInput[] = [];
let i = 0;
for (const candidateId of ['c1', 'c2'])
	for (const competencyId of ['initiatief', 'samenwerken'])
		for (const exerciseId of ['e1', 'e2'])
			for (const authorId of ['a1', 'a2', 'a3']) {
				i++;
				if (i === 5) continue;
				const level = i === 7 ? 'niet-geobserveerd' : LEVELS[(i * 7 + authorId.charCodeAt(1)) % 4]!;
				ratings.push({ candidateId, competencyId, exerciseId, authorId, level, submittedAt: i === 9 ? undefined : at });
			}
const names = {
	assessors: { a1: 'An', a2: 'Bram', a3: 'Chris' },
	candidates: { c1: { name: 'Cas Peeters', code: 'K1' }, c2: { name: 'Dina', code: 'K2' } },
	competencies: { initiatief: 'Initiatief', samenwerken: 'Samenwerken' },
	exercises: { e1: 'Magazijn', e2: 'Kookopdracht' }
};

describe('toSessionRatings', () => {
	it('keeps only submitted ratings with a level', () => {
		expect(toSessionRatings(ratings)).toHaveLength(24 - 3);
	});
	it('sorts in the session order, whatever order the records came in', () => {
		const order = { candidateIds: ['c2', 'c1'], competencyIds: ['samenwerken', 'initiatief'], exerciseIds: ['e1', 'e2'], assessorIds: ['a3', 'a1', 'a2'] };
		const sorted = toSessionRatings([...ratings].reverse(), order);
		expect(sorted.slice(0, 3).map((r) => [r.candidateId, r.competencyId, r.exerciseId, r.assessorId])).toEqual([
			['c2', 'samenwerken', 'e1', 'a3'],
			['c2', 'samenwerken', 'e1', 'a1'],
			['c2', 'samenwerken', 'e1', 'a2']
		]);
		expect(toSessionRatings(ratings, order)).toEqual(sorted);
	});
});

describe('buildRatingsExport', () => {
	const exported = buildRatingsExport(toSessionRatings(ratings), names, false);
	if (!exported.ok) throw new Error(exported.reason);

	it('writes a header of assessor names and one unit per line, empty = missing', () => {
		const lines = rCsv(exported.value.ratings).trim().split(/\r?\n/);
		expect(lines[0]).toBe('An,Bram,Chris');
		expect(lines).toHaveLength(1 + 8);
		expect(lines.some((l) => /^,|,,|,$/.test(l))).toBe(true);
		expect(rCsv(exported.value.legend).split(/\r?\n/)[1]).toBe('1,Cas Peeters,Initiatief,Magazijn');
	});

	it('reads back through the CLI parser with the same alpha as the dashboard', () => {
		const parsed = parseRatingsCsv(rCsv(exported.value.ratings), [1, 2, 3, 4]);
		if (!parsed.ok) throw new Error(parsed.reason);
		const cli = computeAllAgreement(parsed.matrix);
		const dashboard = computeSessionAgreement(toSessionRatings(ratings), { resamples: 50 });
		if (!dashboard.ok) throw new Error(dashboard.reason);
		const alpha = dashboard.value.overall.alphaOrdinal.estimate;
		expect(alpha.ok).toBe(true);
		expect(cli['krippendorff_alpha_ordinal']).toBeCloseTo(alpha.ok ? alpha.value : Number.NaN, 12);
	});

	it('pseudonymises candidates and assessors on request', () => {
		const pseudo = buildRatingsExport(toSessionRatings(ratings), names, true);
		if (!pseudo.ok) throw new Error(pseudo.reason);
		expect(rCsv(pseudo.value.ratings).split(/\r?\n/)[0]).toBe('Assessor 1,Assessor 2,Assessor 3');
		expect(rCsv(pseudo.value.legend)).not.toMatch(/Cas|Dina/);
		expect(rCsv(pseudo.value.legend)).toMatch(/K1/);
	});

	it('gives a candidate without a code a K-number, never the name or an empty cell', () => {
		const noCodes = { ...names, candidates: { c1: { name: 'Cas Peeters', code: '' }, c2: { name: 'Dina', code: ' ' } } };
		const pseudo = buildRatingsExport(toSessionRatings(ratings), noCodes, true);
		if (!pseudo.ok) throw new Error(pseudo.reason);
		const whoColumn = rCsv(pseudo.value.legend).trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[1]);
		expect(new Set(whoColumn)).toEqual(new Set(['K1', 'K2']));
	});

	it('is undefined with a reason when fewer than two assessors rated', () => {
		const one = buildRatingsExport(toSessionRatings(ratings.filter((r) => r.authorId === 'a1')), names, false);
		expect(one).toEqual({ ok: false, reason: expect.stringContaining('twee assessoren') });
	});
});
