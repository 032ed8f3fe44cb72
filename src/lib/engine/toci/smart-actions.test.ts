import { describe, expect, it } from 'vitest';
import { checkTociActions } from './smart-actions';
import type { SmartRules } from '../rubric/pdp-schema.schema';

const rules: SmartRules = {
	concreteVerbs: ['bellen', 'vragen'],
	vagueWords: ['proberen'],
	measurableMarkers: ['keer'],
	deadlineMarkers: ['tegen'],
	hints: { concrete: 'Wat doe je precies?', measurable: 'Hoe zie je dat het gelukt is?', deadline: 'Tegen wanneer?', who: 'Wie doet het?' }
};

describe('checkTociActions', () => {
	it('names the SMART criteria each action still misses', () => {
		const { checks, allSmart } = checkTociActions(
			[
				{ id: 'a', text: 'De mentor bellen als ik te laat ben, elke keer', timespan: 'tegen 1 juni', who: 'Jongere' },
				{ id: 'b', text: 'Proberen beter op te letten', timespan: '', who: '' }
			],
			rules
		);
		expect(checks[0]!.missing).toEqual([]);
		expect(checks[1]!.missing).toEqual(['Concreet', 'Meetbaar', 'Tijdsgebonden', 'Wie']);
		expect(allSmart).toBe(false);
	});
	it('is not "all SMART" without any action', () => {
		expect(checkTociActions([], rules).allSmart).toBe(false);
	});
});
