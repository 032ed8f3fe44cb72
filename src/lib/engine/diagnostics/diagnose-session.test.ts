import { describe, expect, it } from 'vitest';
import { diagnoseSession } from './diagnose-session';
import { computeSessionAgreement } from './session-agreement';
import { generateSession } from './synthetic-session';
import type { SessionRating } from './session-ratings';

function flagsOf(ratings: SessionRating[], options: Parameters<typeof diagnoseSession>[1] = {}) {
	const result = diagnoseSession(ratings, { resamples: 200, ...options });
	if (!result.ok) throw new Error(result.reason);
	return result.value;
}

const base = { candidates: 6, competencies: 18, assessors: 3, seed: 11 };

describe('rater diagnostics', () => {
	it('raises no flag on a session where assessors only differ by chance', () => {
		const result = flagsOf(generateSession({ ...base, noise: 0.1 }));
		expect(result.flags.filter((f) => f.kind !== 'onenigheid')).toEqual([]);
	});
	it('flags "Overwaarderen" for an assessor one level above the others, with the numbers and a question', () => {
		const ratings = generateSession({ ...base, distort: ({ assessor, level }) => (assessor === 2 ? level + 1 : level) });
		const flags = flagsOf(ratings).flags.filter((f) => f.kind === 'overwaarderen');
		expect(flags).toHaveLength(1);
		expect(flags[0]).toMatchObject({ assessorId: 'a3', pitfall: 'Overwaarderen' });
		expect(flags[0]!.evidence).toMatch(/hoger dan de andere assessoren/);
		expect(flags[0]!.prompt.startsWith('Bespreek:')).toBe(true);
		expect(flags[0]!.figures['meanOffset']).toBeGreaterThan(0.5);
	});
	it('flags "Onderwaarderen" for an assessor one level below', () => {
		const ratings = generateSession({ ...base, distort: ({ assessor, level }) => (assessor === 0 ? level - 1 : level) });
		expect(flagsOf(ratings).flags.filter((f) => f.kind === 'onderwaarderen').map((f) => f.assessorId)).toEqual(['a1']);
	});
	it('flags "Toegeeflijkheid (de hulpverlenersfout)" for one candidate and mentions that the assessor coaches them', () => {
		const ratings = generateSession({ ...base, distort: ({ assessor, candidate, level }) => (assessor === 1 && candidate === 2 ? level + 2 : level) });
		const flags = flagsOf(ratings, { coachesByCandidate: { k3: ['a2'] }, names: { assessors: { a2: 'Bert' }, candidates: { k3: 'Kandidaat C' } } }).flags;
		const lenient = flags.filter((f) => f.kind === 'toegeeflijkheid');
		expect(lenient).toHaveLength(1);
		expect(lenient[0]).toMatchObject({ assessorId: 'a2', candidateId: 'k3', pitfall: 'Toegeeflijkheid (de hulpverlenersfout)' });
		expect(lenient[0]!.evidence).toContain('Bert begeleidt Kandidaat C');
	});
	it('flags "Extreme scores willen vermijden" for an assessor who turns 1 into 2 and 4 into 3', () => {
		const ratings = generateSession({ ...base, distort: ({ assessor, level }) => (assessor === 2 ? Math.min(3, Math.max(2, level)) : level) });
		const flags = flagsOf(ratings).flags.filter((f) => f.kind === 'extreme-scores-vermijden');
		expect(flags.map((f) => f.assessorId)).toEqual(['a3']);
		expect(flags[0]!.evidence).toMatch(/uiterste score/);
	});
	it('flags a halo for an assessor who gives a candidate the same level on every competency', () => {
		const ratings = generateSession({ ...base, distort: ({ assessor, candidate, level }) => (assessor === 0 ? 1 + (candidate % 4) : level) });
		const halo = flagsOf(ratings).flags.filter((f) => f.kind === 'halo');
		expect(halo.map((f) => f.assessorId)).toEqual(['a1']);
		expect(halo[0]!.figures['ownSpread']).toBe(0);
	});
	it('points to the competency where assessors disagree most', () => {
		const ratings = generateSession({ ...base, noise: 0.05, distort: ({ assessor, competency, level }) => (competency === 4 ? 1 + ((level + assessor * 2) % 4) : level) });
		const spots = flagsOf(ratings).flags.filter((f) => f.kind === 'onenigheid');
		expect(spots[0]).toMatchObject({ competencyId: 'c5' });
		expect(spots[0]!.prompt).toContain('gedragsindicatoren');
	});
	it('raises nothing on too little data and says so', () => {
		const ratings = generateSession({ candidates: 2, competencies: 3, assessors: 2, seed: 3, distort: ({ assessor, level }) => (assessor === 0 ? level + 1 : level) });
		const result = flagsOf(ratings);
		expect(result.flags).toEqual([]);
		expect(result.notes.join(' ')).toContain('te weinig gedeelde beoordelingen');
	});
	it('refuses a session with one assessor', () => {
		expect(diagnoseSession([{ candidateId: 'k', competencyId: 'c', assessorId: 'a', level: 2 }]).ok).toBe(false);
	});
});

describe('computeSessionAgreement', () => {
	it('gives alpha, AC2, exact and within-one agreement overall and per competency, exercise and assessor pair', () => {
		const result = computeSessionAgreement(generateSession({ ...base, exercises: 2 }), { resamples: 300 });
		if (!result.ok) throw new Error(result.reason);
		const { overall, byCompetency, byExercise, byAssessorPair } = result.value;
		expect(overall.units).toBe(6 * 18 * 2);
		expect(overall.alphaOrdinal.lower.ok && overall.alphaOrdinal.upper.ok).toBe(true);
		expect(overall.ac2.estimate.ok).toBe(true);
		expect(byCompetency).toHaveLength(18);
		expect(byExercise.map((e) => e.exerciseId)).toEqual(['o1', 'o2']);
		expect(byAssessorPair.map((p) => `${p.assessorA}-${p.assessorB}`)).toEqual(['a1-a2', 'a1-a3', 'a2-a3']);
		expect(byAssessorPair[0]!.weightedKappa.ok).toBe(true);
	});
	it('perfect agreement: exact 1, within-one 1, alpha 1', () => {
		const result = computeSessionAgreement(generateSession({ ...base, noise: 0 }), { resamples: 100 });
		if (!result.ok) throw new Error(result.reason);
		const { overall } = result.value;
		expect(overall.exact).toEqual({ ok: true, value: 1 });
		expect(overall.withinOne).toEqual({ ok: true, value: 1 });
		expect(overall.alphaOrdinal.estimate).toMatchObject({ ok: true, value: 1 });
	});
	it('a 6-candidate competency gives a wide interval and the reading shows it', () => {
		const result = computeSessionAgreement(generateSession({ ...base, noise: 0.3 }), { resamples: 500 });
		if (!result.ok) throw new Error(result.reason);
		const competency = result.value.byCompetency[0]!;
		expect(competency.units).toBe(6);
		expect(competency.reading.warnings.join(' ')).toContain('Gebaseerd op 6 eenheden van 6 kandidaten');
	});
});
