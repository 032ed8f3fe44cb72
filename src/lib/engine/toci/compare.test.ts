import { describe, expect, it } from 'vitest';
import { compareSelfAndMentor, countAnswered, levelRank, listTalkingPoints, type TociScale } from './compare';
import { buildTociProgress } from './progress';
import { checkDoorstroomDecision } from './decision';

const scale: TociScale = {
	levels: [
		{ id: 'nog-niet', value: 1, label: 'Nog niet', youthLabel: 'Dat lukt me nog niet' },
		{ id: 'soms', value: 2, label: 'Soms', youthLabel: 'Dat lukt me soms' },
		{ id: 'meestal', value: 3, label: 'Meestal', youthLabel: 'Dat lukt me meestal' },
		{ id: 'altijd', value: 5, label: 'Altijd', youthLabel: 'Dat lukt me altijd' }
	],
	competencies: [
		{ id: 'op-tijd', name: 'Op tijd komen' },
		{ id: 'samenwerken', name: 'Samenwerken' },
		{ id: 'vragen-stellen', name: 'Vragen stellen' },
		{ id: 'afspraken', name: 'Afspraken nakomen' }
	]
};

const answers = {
	self: { 'op-tijd': { levelId: 'altijd', text: 'Elke dag om 8 uur binnen.' }, samenwerken: { levelId: 'soms', text: '' }, 'vragen-stellen': { levelId: 'meestal', text: '' } },
	mentor: { 'op-tijd': { levelId: 'soms', text: 'Twee keer te laat deze maand.' }, samenwerken: { levelId: 'meestal', text: '' }, 'vragen-stellen': { levelId: 'meestal', text: '' } },
	coach: {}
};

describe('compareSelfAndMentor', () => {
	const rows = compareSelfAndMentor(scale, answers);
	it('counts gaps in steps on the scale, not in values', () => {
		expect(levelRank(scale, 'altijd')).toBe(4);
		expect(rows[0]).toMatchObject({ self: 4, mentor: 2, gap: 2, kind: 'zelf-hoger' });
	});
	it('marks self lower, equal and incomplete', () => {
		expect(rows.map((r) => r.kind)).toEqual(['zelf-hoger', 'zelf-lager', 'gelijk', 'onvolledig']);
		expect(rows[2]!.talkingPoint).toBeUndefined();
	});
	it('keeps the youth example and the mentor text next to each other', () => {
		expect(rows[0]).toMatchObject({ selfExample: 'Elke dag om 8 uur binnen.', mentorText: 'Twee keer te laat deze maand.' });
	});
	it('lists talking points with the largest gap first', () => {
		const points = listTalkingPoints(rows);
		expect(points.map((p) => p.competencyId)).toEqual(['op-tijd', 'samenwerken']);
		expect(points[0]!.talkingPoint).toMatch(/2 stappen hoger/);
		expect(points[1]!.talkingPoint).toMatch(/1 stap lager/);
	});
	it('counts how much of the self-evaluation is filled in', () => {
		expect(countAnswered(scale, answers.self)).toEqual({ answered: 3, total: 4 });
	});
});

describe('buildTociProgress', () => {
	it('orders evaluations by date and follows each competency', () => {
		const progress = buildTociProgress(scale, [
			{ id: 'e2', date: '2026-06-01', self: {}, mentor: { 'op-tijd': { levelId: 'meestal', text: '' } }, mastered: ['op-tijd', 'onbekend'], decision: { outcome: 'blijven', phase: 'arbeidsbereid' } },
			{ id: 'e1', date: '2026-02-01', self: {}, mentor: { 'op-tijd': { levelId: 'nog-niet', text: '' } }, mastered: [] },
			{ id: 'e0', date: '2026-01-01', self: {}, mentor: {}, mastered: [], deletedAt: '2026-01-02T00:00:00.000Z' }
		]);
		expect(progress.dates.map((d) => [d.date, d.masteredCount, d.phase])).toEqual([
			['2026-02-01', 0, undefined],
			['2026-06-01', 1, 'arbeidsbereid']
		]);
		expect(progress.rows[0]).toMatchObject({ mentorChange: 2, masteredSince: '2026-06-01' });
		expect(progress.rows[1]!.mentorChange).toBeUndefined();
	});
});

describe('checkDoorstroomDecision', () => {
	it('requires outcome, phase and reason', () => {
		expect(checkDoorstroomDecision({ reason: '  ' }).errors).toHaveLength(3);
		expect(checkDoorstroomDecision({ outcome: 'blijven', phase: 'arbeidsbereid', reason: 'Nog te vaak te laat.' })).toEqual({ errors: [], warnings: [] });
	});
	it('questions an OAO for a youth who is only arbeidsbereid', () => {
		expect(checkDoorstroomDecision({ outcome: 'stage-naar-oao', phase: 'arbeidsbereid', reason: 'x' }).warnings).toHaveLength(1);
	});
});
