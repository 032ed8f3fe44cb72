import { describe, expect, it } from 'vitest';
import { makeErasure } from './erasure';
import { conflictId, planMerge, type MergeInput } from './merge-plan';
import { buildImportPreview, describeConflict } from './preview';
import { resolveConflict } from './resolve-conflict';
import { compareVersionVectors } from './version-vector';

const NOW = '2026-03-20T10:00:00.000Z';
const CAND = '11111111-1111-4111-8111-111111111111';
const NOTE = '22222222-2222-4222-8222-222222222222';
const CLASS = '33333333-3333-4333-8333-333333333333';

function note(vv: Record<string, number>, text: string) {
	return { id: NOTE, candidateId: CAND, sessionId: 'x', text, vv, updatedAt: NOW, createdAt: NOW };
}

function input(partial: Partial<MergeInput>): MergeInput {
	return {
		incoming: {},
		incomingErasures: [],
		local: {},
		localErasureIds: new Set(),
		localErasedEntityIds: new Set(),
		existingConflictIds: new Set(),
		fromDeviceId: 'B',
		now: NOW,
		...partial
	};
}

function planFor(local: ReturnType<typeof note> | undefined, incoming: ReturnType<typeof note>) {
	return planMerge(input({ incoming: { observations: [incoming] }, local: { observations: new Map(local ? [[NOTE, local]] : []) } }));
}

describe('planMerge', () => {
	it('adds a record this tablet does not have', () => {
		const plan = planFor(undefined, note({ B: 1 }, 'nieuw'));
		expect(plan.items[0]!.action).toBe('add');
		expect(plan.writes).toHaveLength(1);
	});

	it('takes the incoming version when it has seen every local change (dominates)', () => {
		const plan = planFor(note({ A: 1 }, 'oud'), note({ A: 1, B: 1 }, 'aangevuld op B'));
		expect(plan.items[0]!.action).toBe('update');
		expect(plan.writes[0]!.record.text).toBe('aangevuld op B');
	});

	it('keeps the local version when it has seen every incoming change', () => {
		const plan = planFor(note({ A: 2, B: 1 }, 'nieuwer hier'), note({ A: 1, B: 1 }, 'ouder'));
		expect(plan.items[0]!.action).toBe('keep-local');
		expect(plan.writes).toEqual([]);
	});

	it('never overwrites a record changed on both tablets: it becomes a conflict copy', () => {
		const plan = planFor(note({ A: 2, B: 1 }, 'versie A'), note({ A: 1, B: 2 }, 'versie B'));
		expect(plan.items[0]!.action).toBe('conflict');
		expect(plan.writes).toEqual([]);
		expect(plan.newConflicts).toHaveLength(1);
		expect(plan.newConflicts[0]!.incoming.text).toBe('versie B');
		expect(buildImportPreview(plan).conflicts[0]).toMatchObject({ local: 'versie A', incoming: 'versie B' });
	});

	it('does not store a conflict copy that was already stored (double import)', () => {
		const incoming = note({ A: 1, B: 2 }, 'versie B');
		const plan = planMerge(
			input({
				incoming: { observations: [incoming] },
				local: { observations: new Map([[NOTE, note({ A: 2, B: 1 }, 'versie A')]]) },
				existingConflictIds: new Set([conflictId('observations', NOTE, incoming.vv)])
			})
		);
		expect(plan.newConflicts).toEqual([]);
		expect(buildImportPreview(plan).changesNothing).toBe(true);
	});

	it('joins two identical concurrent changes without a conflict', () => {
		const plan = planFor(note({ A: 2, B: 1 }, 'zelfde'), note({ A: 1, B: 2 }, 'zelfde'));
		expect(plan.items[0]!.action).toBe('update');
		expect(plan.writes[0]!.record.vv).toEqual({ A: 2, B: 2 });
	});

	it('changes nothing when the same version is imported again', () => {
		const same = note({ A: 1 }, 'tekst');
		const plan = planFor(same, same);
		expect(plan.items[0]!.action).toBe('unchanged');
		expect(buildImportPreview(plan).changesNothing).toBe(true);
	});

	it('does not bring back an erased candidate, nor what points at their records', () => {
		const classification = { id: CLASS, observationId: NOTE, candidateId: 'other', sessionId: 'x', vv: { B: 1 } };
		const plan = planMerge(
			input({
				incoming: { candidates: [{ id: CAND, vv: { B: 1 } }], observations: [note({ B: 1 }, 'over de gewiste')], classifications: [classification] },
				localErasureIds: new Set([`candidates:${CAND}`]),
				localErasedEntityIds: new Set([CAND])
			})
		);
		expect(plan.items.map((i) => i.action)).toEqual(['erased', 'erased', 'erased']);
		expect(plan.writes).toEqual([]);
	});

	it('carries out erasures the tablet did not know and skips what they cover', () => {
		const erasure = makeErasure('candidates', CAND, 'A', NOW);
		const plan = planMerge(input({ incoming: { observations: [note({ B: 1 }, 'x')] }, incomingErasures: [erasure] }));
		expect(plan.newErasures).toEqual([erasure]);
		expect(plan.items[0]!.action).toBe('erased');
	});

	it('refuses an immutable record with the same id but other content', () => {
		const plan = planMerge(
			input({
				incoming: { auditLog: [{ id: NOTE, summary: 'ander' }] },
				local: { auditLog: new Map([[NOTE, { id: NOTE, summary: 'eerste' }]]) }
			})
		);
		expect(plan.items[0]!.action).toBe('refused');
	});

	it('takes a built-in rubric stored by another tablet at its own moment as the same rubric, and keeps its own', () => {
		const rubric = (storedAt: string, origin: string, name = 'DOne') => ({ id: 'done-profiel@1.0.0', rubricId: 'done-profiel', content: { name }, storedAt, origin });
		const same = planMerge(
			input({
				incoming: { rubricVersions: [rubric('2026-12-01T08:00:00.000Z', 'imported')] },
				local: { rubricVersions: new Map([['done-profiel@1.0.0', rubric('2026-12-03T09:30:00.000Z', 'builtin')]]) }
			})
		);
		expect(same.items[0]!.action).toBe('unchanged');
		expect(same.writes).toEqual([]);
		const other = planMerge(
			input({
				incoming: { rubricVersions: [rubric('2026-12-01T08:00:00.000Z', 'builtin', 'Iets anders')] },
				local: { rubricVersions: new Map([['done-profiel@1.0.0', rubric('2026-12-03T09:30:00.000Z', 'builtin')]]) }
			})
		);
		expect(other.items[0]!.action).toBe('refused');
	});
});

describe('resolveConflict', () => {
	it('gives the chosen version a vector that dominates both versions', () => {
		const a = note({ A: 2, B: 1 }, 'versie A');
		const b = note({ A: 1, B: 2 }, 'versie B');
		const resolved = resolveConflict({ chosen: b, other: a, deviceId: 'A', now: NOW });
		expect(resolved.text).toBe('versie B');
		expect(compareVersionVectors(resolved.vv, a.vv)).toBe('dominates');
		expect(compareVersionVectors(resolved.vv, b.vv)).toBe('dominates');
	});
});

describe('describeConflict', () => {
	it('shows the label and the fields in which the two versions differ', () => {
		const base = { id: NOTE, name: 'Jonas', jobTarget: 'Magazijnier', code: 'K1', vv: { A: 1 } };
		expect(describeConflict('candidates', { ...base, jobTarget: 'Magazijnier (lead)' }, { ...base, jobTarget: 'Keukenhulp', vv: { B: 1 } })).toEqual({
			local: 'Jonas — jobdoelwit: Magazijnier (lead)',
			incoming: 'Jonas — jobdoelwit: Keukenhulp'
		});
	});
});
