import { describe, expect, it } from 'vitest';
import { buildSessionReport } from './session-report';
import { buildFixtureSource } from './report.fixture';
import { describeAgreement } from './agreement-note';

describe('buildSessionReport', () => {
	const report = buildSessionReport(buildFixtureSource({ notesPerCandidate: 10, consensusFor: ['initiatief', 'motivatie'] }));

	it('puts all six candidates side by side for every competency', () => {
		expect(report.candidates.map((c) => c.name)).toContain("Zoë O'Brien-Çelik");
		expect(report.candidates).toHaveLength(6);
		expect(report.tiers.flatMap((t) => t.rows)).toHaveLength(18);
		expect(report.tiers.flatMap((t) => t.rows).every((r) => r.cells.length === 6)).toBe(true);
	});

	it('counts notes and consensus per candidate', () => {
		const zoe = report.candidates.find((c) => c.name.startsWith('Zoë'))!;
		expect(zoe).toMatchObject({ noteCount: 10, consensusCount: 2, competencyCount: 18 });
		expect(report.method.consensusCount).toBe(2);
		expect(report.method.medianCount).toBe(6 * 18 - 2);
	});

	it('lists the agreement per competency when the engine gave it, in the order of the matrix', () => {
		const source = buildFixtureSource({ notesPerCandidate: 1 });
		const withAgreement = buildSessionReport({ ...source, agreement: describeAgreement(source.ratings) });
		expect(withAgreement.agreementRows.map((r) => r.name)).toEqual(withAgreement.tiers.flatMap((t) => t.rows.map((row) => row.name)));
		expect(withAgreement.agreementRows[0]!.exact).toMatch(/^\d+%$/);
		expect(report.agreementRows).toEqual([]);
	});

	it('marks medians with an asterisk in the matrix', () => {
		const cells = report.tiers.flatMap((t) => t.rows).flatMap((r) => r.cells);
		expect(cells.filter((c) => c.outcome.kind === 'combined').every((c) => c.label.endsWith('*'))).toBe(true);
		expect(cells.filter((c) => c.outcome.kind === 'consensus').every((c) => !c.label.endsWith('*'))).toBe(true);
	});
});
