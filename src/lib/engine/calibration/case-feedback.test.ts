import { describe, expect, it } from 'vitest';
import { computeCaseFeedback } from './case-feedback';
import { describeLevelDifference } from './level-difference';
import { miniCase } from './calibration.fixture';

describe('describeLevelDifference', () => {
	it.each([
		['goed', 'goed', 'je scoorde hetzelfde niveau als de referentie (goed)'],
		['zeer-goed', 'goed', 'je scoorde één niveau hoger dan de referentie (goed)'],
		['onvoldoende', 'goed', 'je scoorde twee niveaus lager dan de referentie (goed)'],
		['zeer-goed', 'onvoldoende', 'je scoorde drie niveaus hoger dan de referentie (onvoldoende)'],
		['niet-geobserveerd', 'matig', 'je koos "niet geobserveerd"; de referentie vond genoeg bewijs voor matig'],
		[undefined, 'matig', 'je gaf geen niveau; de referentie is matig']
	] as const)('own %s against reference %s', (own, reference, expected) => {
		expect(describeLevelDifference(own, reference)).toBe(expected);
	});
});

describe('computeCaseFeedback', () => {
	it('compares each competency with the reference and tells what became of each evidence sentence', () => {
		const feedback = computeCaseFeedback(miniCase, {
			notes: [
				{ id: 'n1', text: 'Telt de dozen na.', sentenceIds: ['s1'] },
				{ id: 'n2', text: 'Meldt het tekort.', sentenceIds: ['s2'] },
				{ id: 'n3', text: 'Zet de kar klaar.', sentenceIds: ['s3'] },
				{ id: 'n4', text: '   ', sentenceIds: ['s4'] }
			],
			classifications: [
				{ noteId: 'n1', competencyId: 'nauwkeurigheid', indicatorId: 'eigen-werk-nakijken' },
				{ noteId: 'n2', competencyId: 'nauwkeurigheid' }
			],
			ratings: [
				{ competencyId: 'nauwkeurigheid', level: 'zeer-goed', reason: 'telt alles na' },
				{ competencyId: 'initiatief', level: 'niet-geobserveerd', reason: '' }
			]
		});
		const [nauwkeurigheid, initiatief, werkorganisatie] = feedback.competencies;
		expect(nauwkeurigheid!.difference).toBe(1);
		expect(nauwkeurigheid!.evidence.map((e) => e.status)).toEqual(['used']);
		expect(initiatief!.difference).toBeNull();
		// s2 was noted but put under nauwkeurigheid; s4's note is empty, so it counts as missed.
		expect(initiatief!.evidence.map((e) => [e.status, e.otherCompetencyIds])).toEqual([
			['elsewhere', ['nauwkeurigheid']],
			['missed', []]
		]);
		expect(werkorganisatie!.own).toBeUndefined();
		expect(werkorganisatie!.evidence.map((e) => e.status)).toEqual(['unclassified']);
		expect(feedback.ratedCount).toBe(1);
		expect(feedback.exactShare).toBe(0);
		expect(feedback.withinOneShare).toBe(1);
		expect(feedback.missedEvidenceCount).toBe(1);
		expect(feedback.evidenceCount).toBe(4);
	});

	it('has no shares when nothing was rated, instead of 0', () => {
		const feedback = computeCaseFeedback(miniCase, { notes: [], classifications: [], ratings: [] });
		expect(feedback.exactShare).toBeNull();
		expect(feedback.withinOneShare).toBeNull();
	});
});
