import { describe, expect, it } from 'vitest';
import { buildChecklistReport } from './checklist-report';
import { buildChecklistCsvRows } from './checklist-csv';
import { formatCsv } from '../export/csv';
import { buildChecklistProfileChart } from './chart-models';
import { resolveAllScores } from './checklist-scoring';
import { loadChecklist, makeMeasurement } from './organisation.fixture';

const checklist = loadChecklist();
const [i1, i2] = checklist.items;
const AN = '00000000-0000-4000-8000-aaaaaaaaaaa1';
const BRAM = '00000000-0000-4000-8000-aaaaaaaaaaa2';

const baseline = makeMeasurement({
	date: '2026-01-15',
	label: 'Nulmeting',
	participants: [
		{ id: AN, name: 'An', scores: { [i1!.id]: 1, [i2!.id]: 3 } },
		{ id: BRAM, name: 'Bram', scores: { [i1!.id]: 4, [i2!.id]: 3 } }
	],
	teamScores: { [i1!.id]: { score: 2, reason: 'Visie "op papier"; nog geen doelen' } },
	reflections: { goed: '<script>alert(1)</script>' }
});
const later = makeMeasurement({ date: '2026-07-01', label: 'Na zes maanden', isBaseline: false, participants: [{ id: AN, name: 'An', scores: { [i1!.id]: 4 } }] });

describe('checklist report', () => {
	it('describes scores, spread and who differs for the nulmeting', () => {
		const report = buildChecklistReport({ checklist, organisationName: 'Werkhaven', measurement: baseline, baseline, actions: [] });
		expect(report.isBaseline).toBe(true);
		expect(report.rows[0]).toEqual({ number: 1, text: i1!.text, score: '2', spread: '1–4 (laagst: An; hoogst: Bram)', change: '—' });
		expect(report.rows[1]!.spread).toBe('3');
		expect(report.rows[2]!.score).toBe('geen score (nog niet gescoord)');
		expect(report.reflections[0]).toEqual({ question: 'Op welke aspecten scoort je organisatie al goed?', answer: '<script>alert(1)</script>' });
		expect(report.reflections[1]!.answer).toBe('(niet ingevuld)');
		expect(report.mean).toBe('2,5 (2 van 13 items)');
	});

	it('shows the change against the nulmeting, with the reason where a score is missing', () => {
		const report = buildChecklistReport({ checklist, organisationName: 'Werkhaven', measurement: later, baseline, actions: [] });
		expect(report.baselineLabel).toBe('Nulmeting (15/01/2026)');
		expect(report.rows[0]!.change).toBe('+2');
		expect(report.rows[1]!.change).toBe('— (geen score in deze meting)');
		expect(report.overallChange).toBe('+2 punt gemiddeld per item, over 1 van 13 items (die in beide metingen een score hebben)');
	});

	it('lists the agreed team scores with their reasons; the nulmeting has no overall change', () => {
		const report = buildChecklistReport({ checklist, organisationName: 'Werkhaven', measurement: baseline, baseline, actions: [] });
		expect(report.agreed).toEqual([{ number: 1, text: i1!.text, score: '2', reason: 'Visie "op papier"; nog geen doelen' }]);
		expect(report.overallChange).toBeUndefined();
		expect(JSON.stringify(report)).not.toContain('↔');
	});

	it('writes a CSV row per item with each colleague’s score and the quoted reason', () => {
		const csv = formatCsv(buildChecklistCsvRows({ checklist, organisationName: 'Werkhaven', measurement: baseline, baseline }), 'excel-be');
		const lines = csv.slice(1).split('\r\n');
		expect(lines[1]).toBe(`Werkhaven;Nulmeting;2026-01-15;1;${i1!.text};1;4;2;teamscore;"Visie ""op papier""; nog geen doelen";;`);
		expect(lines[2]).toBe(`Werkhaven;Nulmeting;2026-01-15;2;${i2!.text};3;3;3;iedereen eens;;;`);
		expect(lines).toHaveLength(checklist.items.length + 2);
	});

	it('charts the profile with gaps (null) for items without a score, never 0', () => {
		const chart = buildChecklistProfileChart(checklist, resolveAllScores(baseline, checklist));
		expect(chart.series[0]!.values.slice(0, 3)).toEqual([2, 3, null]);
		expect(chart.labels[0]!.length).toBeLessThanOrEqual(38);
		expect(chart.fullLabels[0]).toBe(`1. ${i1!.text}`);
	});
});
