import { describe, expect, it } from 'vitest';
import {
	computeItemSpread,
	DISAGREEMENT_THRESHOLD,
	rankWeakestItems,
	resolveAllScores,
	resolveItemScore,
	suggestTeamScore,
	summariseScores
} from './checklist-scoring';
import { checkTeamScore } from './checklist-team-score';
import { computeChangeVsBaseline, formatDelta } from './checklist-change';
import { suggestChecklistActions, SUGGESTED_ACTION_COUNT } from './checklist-actions';
import { loadChecklist, makeMeasurement } from './organisation.fixture';

const checklist = loadChecklist();
const item = checklist.items[0]!;
const P1 = '00000000-0000-4000-8000-aaaaaaaaaaa1';
const P2 = '00000000-0000-4000-8000-aaaaaaaaaaa2';
const P3 = '00000000-0000-4000-8000-aaaaaaaaaaa3';

function team(scores: readonly (number | undefined)[]) {
	return makeMeasurement({
		participants: [
			{ id: P1, name: 'An', scores: scores[0] === undefined ? {} : { [item.id]: scores[0] } },
			{ id: P2, name: 'Bram', scores: scores[1] === undefined ? {} : { [item.id]: scores[1] } },
			...(scores.length === 3 ? [{ id: P3, name: 'Chris', scores: scores[2] === undefined ? {} : { [item.id]: scores[2] } }] : [])
		]
	});
}

describe('item spread', () => {
	it.each([
		[[3, 4], 1, false],
		[[2, 4], 2, true],
		[[0, 6], 6, true],
		[[5, 5], 0, false]
	] as const)('scores %j have range %i, disagreement %s', (scores, range, disagreement) => {
		const spread = computeItemSpread(team([scores[0], scores[1]]), item.id);
		expect(spread.range).toBe(range);
		expect(spread.disagreement).toBe(disagreement);
	});

	it('names who gave the lowest and the highest score when colleagues differ', () => {
		const spread = computeItemSpread(team([1, 4, 4]), item.id);
		expect(spread.lowest).toEqual(['An']);
		expect(spread.highest).toEqual(['Bram', 'Chris']);
	});

	it('uses a threshold of 2 points', () => {
		expect(DISAGREEMENT_THRESHOLD).toBe(2);
	});

	it('is empty when nobody scored the item', () => {
		const spread = computeItemSpread(team([undefined, undefined]), item.id);
		expect(spread).toMatchObject({ min: undefined, max: undefined, range: undefined, disagreement: false });
	});

	it('suggests the median, rounded down on a tie', () => {
		expect(suggestTeamScore(computeItemSpread(team([1, 4, 5]), item.id))).toBe(4);
		expect(suggestTeamScore(computeItemSpread(team([2, 5]), item.id))).toBe(2);
		expect(suggestTeamScore(computeItemSpread(team([undefined, undefined]), item.id))).toBeUndefined();
	});
});

describe('score that counts', () => {
	it('takes the agreed team score first', () => {
		const m = { ...team([1, 5]), teamScores: { [item.id]: { score: 3, reason: 'besproken' } } };
		expect(resolveItemScore(m, item)).toMatchObject({ score: 3, source: 'team' });
	});

	it('takes the score of a single participant', () => {
		const m = makeMeasurement({ participants: [{ id: P1, name: 'An', scores: { [item.id]: 4 } }] });
		expect(resolveItemScore(m, item)).toMatchObject({ score: 4, source: 'single' });
	});

	it('takes the common score when everyone agrees', () => {
		expect(resolveItemScore(team([4, 4]), item)).toMatchObject({ score: 4, source: 'unanimous' });
	});

	it('has no score, with a reason, while colleagues differ without a team score', () => {
		expect(resolveItemScore(team([2, 3]), item)).toMatchObject({ score: undefined, missingReason: 'collega’s verschillen: spreek een teamscore af' });
	});

	it('waits until everyone has scored', () => {
		expect(resolveItemScore(team([4, undefined]), item).missingReason).toBe('nog niet door iedereen gescoord (1 van 2)');
	});

	it('ranks the weakest items first, ties in checklist order, unscored left out', () => {
		const m = makeMeasurement({
			participants: [{ id: P1, name: 'An', scores: { [checklist.items[0]!.id]: 5, [checklist.items[1]!.id]: 2, [checklist.items[2]!.id]: 2, [checklist.items[3]!.id]: 0 } }]
		});
		const ranked = rankWeakestItems(resolveAllScores(m, checklist));
		expect(ranked.map((r) => r.number)).toEqual([4, 2, 3, 1]);
	});

	it('reports the mean as undefined with a reason when nothing is scored', () => {
		const summary = summariseScores(resolveAllScores(makeMeasurement(), checklist));
		expect(summary.mean).toBeUndefined();
		expect(summary.meanMissingReason).toBe('nog geen enkel item gescoord');
	});

	it('averages the scored items only', () => {
		const m = makeMeasurement({ participants: [{ id: P1, name: 'An', scores: { [checklist.items[0]!.id]: 6, [checklist.items[1]!.id]: 3 } }] });
		expect(summariseScores(resolveAllScores(m, checklist))).toMatchObject({ scored: 2, total: 13, mean: 4.5 });
	});
});

describe('team score check', () => {
	const spreadDiffer = computeItemSpread(team([1, 5]), item.id);
	const spreadClose = computeItemSpread(team([3, 4]), item.id);
	it('requires a reason where colleagues differ by the threshold', () => {
		expect(checkTeamScore({ score: 3, reason: '  ' }, checklist.scale, spreadDiffer)).toMatchObject({ ok: false });
		expect(checkTeamScore({ score: 3, reason: 'Werkleiders zien het anders' }, checklist.scale, spreadDiffer)).toMatchObject({ ok: true, score: 3 });
	});
	it('accepts no reason where colleagues are close', () => {
		expect(checkTeamScore({ score: 4, reason: '' }, checklist.scale, spreadClose)).toMatchObject({ ok: true });
	});
	it.each([-1, 7, 2.5, Number.NaN])('refuses score %s outside the 0–6 scale', (score) => {
		expect(checkTeamScore({ score, reason: 'x' }, checklist.scale, spreadClose)).toMatchObject({ ok: false, message: 'Kies een teamscore van 0 tot 6.' });
	});
});

describe('change against the nulmeting', () => {
	it('subtracts the baseline per item and explains missing scores', () => {
		const [a, b, c] = checklist.items;
		const base = makeMeasurement({ participants: [{ id: P1, name: 'An', scores: { [a!.id]: 2, [b!.id]: 5 } }] });
		const now = makeMeasurement({ participants: [{ id: P1, name: 'An', scores: { [a!.id]: 4, [b!.id]: 3, [c!.id]: 1 } }] });
		const changes = computeChangeVsBaseline(resolveAllScores(base, checklist), resolveAllScores(now, checklist));
		expect(changes[0]).toMatchObject({ baseline: 2, current: 4, delta: 2 });
		expect(changes[1]).toMatchObject({ delta: -2 });
		expect(changes[2]).toMatchObject({ delta: undefined, missingReason: 'geen score in de nulmeting' });
		expect(changes[3]).toMatchObject({ delta: undefined, missingReason: 'geen score in de nulmeting' });
	});
	it('formats a change with a real minus sign', () => {
		expect([formatDelta(2), formatDelta(-1), formatDelta(0)]).toEqual(['+2', '−1', '0']);
	});
});

describe('starting actions', () => {
	it('suggests actions for the weakest items at or below the middle of the scale', () => {
		const scores: Record<string, number> = {};
		checklist.items.forEach((it, i) => (scores[it.id] = i < 5 ? 1 + (i % 3) : 6));
		const m = makeMeasurement({ participants: [{ id: P1, name: 'An', scores }] });
		const actions = suggestChecklistActions(rankWeakestItems(resolveAllScores(m, checklist)));
		expect(actions).toHaveLength(SUGGESTED_ACTION_COUNT);
		expect(actions.map((a) => a.itemId)).toEqual(['visie-doelstellingen', 'uitdragen-bedrijfswereld', 'afgebakende-visie']);
		expect(actions.every((a) => a.text.length > 10 && a.who.length > 0)).toBe(true);
	});
	it('suggests nothing when every item scores high', () => {
		const scores = Object.fromEntries(checklist.items.map((it) => [it.id, 5]));
		const m = makeMeasurement({ participants: [{ id: P1, name: 'An', scores }] });
		expect(suggestChecklistActions(rankWeakestItems(resolveAllScores(m, checklist)))).toEqual([]);
	});
});
