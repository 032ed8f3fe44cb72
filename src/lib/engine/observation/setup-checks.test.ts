import { beforeEach, describe, expect, it } from 'vitest';
import { canAddCandidate, checkSessionSetup, resolveAssignments, type SetupInput } from './setup-checks';

let base: SetupInput;
const baseInput: SetupInput = {
	competencyIds: ['samenwerken', 'initiatief'],
	assessorIds: ['a1', 'a2'],
	assessors: [
		{ id: 'a1', name: 'An' },
		{ id: 'a2', name: 'Bram' }
	],
	exercises: [
		{ id: 'e1', name: 'Magazijn', dayId: 'd1', competencyIds: ['samenwerken', 'initiatief'] },
		{ id: 'e2', name: 'Koken', dayId: 'd2', competencyIds: ['samenwerken', 'initiatief'] }
	],
	candidates: [
		{ id: 'c1', name: 'Cas', coachAssessorIds: [] },
		{ id: 'c2', name: 'Dina', coachAssessorIds: [] }
	],
	assignments: []
};
beforeEach(() => {
	base = baseInput;
});
const ids = (input: SetupInput) => checkSessionSetup(input).map((w) => w.id);

describe('checkSessionSetup', () => {
	it('finds nothing to warn about in a set-up that follows the draaiboek', () => {
		expect(checkSessionSetup(base)).toEqual([]);
	});

	it('warns above 8 competencies in one exercise, not at 8', () => {
		const eight = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
		base = { ...base, competencyIds: [...eight, 'i', 'samenwerken', 'initiatief'] };
		const at8 = { ...base, exercises: [{ ...base.exercises[0]!, competencyIds: [...base.exercises[0]!.competencyIds, ...eight.slice(2)] }, base.exercises[1]!] };
		expect(ids(at8)).not.toContain('too-many-competencies');
		const at9 = { ...base, exercises: [{ ...base.exercises[0]!, competencyIds: [...eight, 'i'] }, base.exercises[1]!] };
		expect(ids(at9)).toContain('too-many-competencies');
	});

	it('ignores matrix cells of competencies the session does not assess', () => {
		const nine = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
		expect(ids({ ...base, exercises: [{ ...base.exercises[0]!, competencyIds: [...nine, 'samenwerken', 'initiatief'] }, base.exercises[1]!] })).not.toContain('too-many-competencies');
	});

	it('warns when a competency is measured in fewer than 2 exercises, or in none', () => {
		const input = { ...base, competencyIds: ['samenwerken', 'initiatief', 'motivatie'], exercises: [base.exercises[0]!, { ...base.exercises[1]!, competencyIds: ['samenwerken'] }] };
		const warnings = checkSessionSetup(input);
		expect(warnings.find((w) => w.id === 'competency-too-few-exercises')?.subjects).toEqual(['initiatief']);
		expect(warnings.find((w) => w.id === 'competency-unused')?.subjects).toEqual(['motivatie']);
	});

	it('warns when all exercises fall on one day or a day is missing', () => {
		expect(ids({ ...base, exercises: base.exercises.map((e) => ({ ...e, dayId: 'd1' })) })).toContain('single-day');
		expect(ids({ ...base, exercises: [base.exercises[0]!, { ...base.exercises[1]!, dayId: undefined }] })).toContain('single-day');
	});

	it('recommends at least 2 assessors and says why', () => {
		const warning = checkSessionSetup({ ...base, assessorIds: ['a1'] }).find((w) => w.id === 'too-few-assessors');
		expect(warning?.why).toMatch(/meerdere assessoren/);
	});

	it('warns above 6 candidates, also when a lead allowed it, and names the reason', () => {
		const seven = Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, name: `K${i}`, coachAssessorIds: [] }));
		expect(ids({ ...base, candidates: seven.slice(0, 6) })).not.toContain('group-too-large');
		expect(ids({ ...base, candidates: seven })).toContain('group-too-large');
		const overridden = checkSessionSetup({ ...base, candidates: seven, groupSizeOverride: { reason: 'vaste ploeg' } });
		expect(overridden.find((w) => w.id === 'group-too-large')?.message).toContain('vaste ploeg');
	});

	it('warns once per pair when an assessor observes a candidate they coach', () => {
		const input = { ...base, candidates: [{ id: 'c1', name: 'Cas', coachAssessorIds: ['a2'] }] };
		const warnings = checkSessionSetup(input).filter((w) => w.id === 'coach-observes-own-candidate');
		expect(warnings).toHaveLength(1);
		expect(warnings[0]!.message).toBe('Bram observeert Cas, die hij of zij zelf begeleidt.');
	});

	it('does not warn about a coach who is assigned elsewhere', () => {
		const input = {
			...base,
			candidates: [{ id: 'c1', name: 'Cas', coachAssessorIds: ['a2'] }],
			assignments: ['e1', 'e2'].map((exerciseId) => ({ exerciseId, assessorId: 'a1', candidateId: 'c1' }))
		};
		expect(ids(input)).not.toContain('coach-observes-own-candidate');
	});
});

describe('canAddCandidate', () => {
	it.each([
		[5, undefined, true],
		[6, undefined, false],
		[6, { reason: '  ' }, false],
		[6, { reason: 'vaste ploeg van 7' }, true]
	])('with %i candidates and override %j: %s', (count, override, expected) => {
		expect(canAddCandidate(count, override)).toBe(expected);
	});
});

describe('resolveAssignments', () => {
	it('means everyone observes everyone when an exercise has no assignments', () => {
		expect(resolveAssignments('e1', ['a1', 'a2'], ['c1'], [])).toEqual([
			{ assessorId: 'a1', candidateId: 'c1' },
			{ assessorId: 'a2', candidateId: 'c1' }
		]);
	});
	it('uses only the explicit assignments of that exercise', () => {
		const assignments = [
			{ exerciseId: 'e1', assessorId: 'a1', candidateId: 'c1' },
			{ exerciseId: 'e2', assessorId: 'a2', candidateId: 'c1' }
		];
		expect(resolveAssignments('e1', ['a1', 'a2'], ['c1'], assignments)).toEqual([{ assessorId: 'a1', candidateId: 'c1' }]);
	});
});
