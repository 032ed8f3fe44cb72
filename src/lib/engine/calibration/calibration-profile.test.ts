import { describe, expect, it } from 'vitest';
import { computeIcc } from '../agreement/icc';
import { createRatingsMatrix } from '../agreement/ratings-matrix';
import { checkCalibrated, computeCalibrationProfile } from './calibration-profile';
import { caseWithReference, practiceOf } from './calibration.fixture';
import { DEFAULT_CALIBRATION_THRESHOLD } from './thresholds';

const value = (e: { ok: boolean; value?: number }) => (e.ok ? e.value : undefined);

// Three cases; own minus reference: [+1, 0, +1, 0], [+1, +1, 0], [−1, +1, 0] (worked by hand below).
const attempts = [
	practiceOf(caseWithReference('a', ['goed', 'goed', 'matig', 'zeer-goed']), ['zeer-goed', 'goed', 'goed', 'zeer-goed'], 1),
	practiceOf(caseWithReference('b', ['onvoldoende', 'matig', 'goed']), ['matig', 'goed', 'goed']),
	practiceOf(caseWithReference('c', ['zeer-goed', 'onvoldoende', 'goed']), ['goed', 'matig', 'goed'])
];
const own = [4, 3, 3, 4, 2, 3, 3, 3, 2, 3];
const reference = [3, 3, 2, 4, 1, 2, 3, 4, 1, 3];

describe('computeCalibrationProfile (hand-computed example, 3 cases, 10 levels)', () => {
	const profile = computeCalibrationProfile(attempts);

	it('counts what every figure rests on', () => {
		expect(profile.caseCount).toBe(3);
		expect(profile.pairCount).toBe(10);
		expect(profile.elevation.n).toBe(10);
	});

	it('elevation is the mean signed difference: 4/10 (milder than the reference)', () => {
		expect(value(profile.elevation.value)).toBeCloseTo(0.4, 12);
	});

	it('mean absolute deviation 6/10, exact 4/10, within one level 10/10', () => {
		expect(value(profile.meanAbsoluteDeviation.value)).toBeCloseTo(0.6, 12);
		expect(value(profile.exactShare.value)).toBeCloseTo(0.4, 12);
		expect(value(profile.withinOneShare.value)).toBeCloseTo(1, 12);
	});

	it('spread: SD own √(4/9) = 0.6667 against SD reference √(10.4/9) = 1.0750', () => {
		expect(value(profile.spread.own)).toBeCloseTo(Math.sqrt(4 / 9), 12);
		expect(value(profile.spread.reference)).toBeCloseTo(Math.sqrt(10.4 / 9), 12);
		expect(value(profile.spread.ratio)).toBeCloseTo(Math.sqrt(4 / 10.4), 12);
	});

	it('halo: mean within-case SD own 0.5774 against reference (0.8165 + 1 + 1.5275)/3', () => {
		expect(profile.halo.n).toBe(3);
		expect(value(profile.halo.own)).toBeCloseTo(Math.sqrt(1 / 3), 12);
		expect(value(profile.halo.reference)).toBeCloseTo((Math.sqrt(2 / 3) + 1 + Math.sqrt(7 / 3)) / 3, 12);
	});

	it('ICC(A,1) is 0.6494 by hand (MSR 1.3556, MSC 0.8, MSE 0.2444) and equals the agreement engine on the same pairs', () => {
		expect(value(profile.iccAgreement.value)).toBeCloseTo(0.649350649, 8);
		const matrix = createRatingsMatrix(own.map((o, i) => [o, reference[i]!]), { categories: [1, 2, 3, 4] });
		if (!matrix.ok) throw new Error(matrix.reason);
		const icc = computeIcc(matrix.matrix);
		if (!icc.ok) throw new Error(icc.reason);
		expect(value(profile.iccAgreement.value)).toBeCloseTo(value(icc.icc.icc2_1.value)!, 12);
		expect(value(profile.iccAgreement.lower)).toBeCloseTo(value(icc.icc.icc2_1.lower)!, 12);
		expect(value(profile.iccAgreement.upper)).toBeCloseTo(value(icc.icc.icc2_1.upper)!, 12);
	});

	it('words the narrow spread and the halo as development points, not the small elevation', () => {
		expect(profile.points).toHaveLength(2);
		expect(profile.points[0]).toMatch(/^Je niveaus liggen dichter bij elkaar dan die van de referentie \(spreiding 62%/);
		expect(profile.points[1]).toMatch(/Beoordeel elke competentie apart/);
		expect(profile.points.join(' ')).not.toMatch(/NaN|undefined/);
	});
});

describe('computeCalibrationProfile edge cases', () => {
	it('is undefined with a reason, never NaN or 0, without any compared level', () => {
		const profile = computeCalibrationProfile([practiceOf(caseWithReference('a', ['goed', 'matig']), [])]);
		expect(profile.pairCount).toBe(0);
		expect(profile.elevation.value).toEqual({ ok: false, reason: 'nog geen niveau vergeleken met de referentie' });
		expect(profile.iccAgreement.value.ok).toBe(false);
		expect(profile.halo.own.ok).toBe(false);
		expect(profile.points).toEqual([]);
	});

	it('leaves "niet geobserveerd" out of the comparisons', () => {
		const profile = computeCalibrationProfile([practiceOf(caseWithReference('a', ['goed', 'matig']), ['niet-geobserveerd', 'matig'])]);
		expect(profile.pairCount).toBe(1);
		expect(value(profile.meanAbsoluteDeviation.value)).toBe(0);
	});

	it('names strict rating and interpreting notes in the draaiboek\'s words', () => {
		const strict = practiceOf(caseWithReference('a', ['goed', 'zeer-goed', 'goed']), ['matig', 'goed', 'onvoldoende'], 2);
		const profile = computeCalibrationProfile([strict]);
		expect(profile.points.some((p) => p.startsWith('Je scoort gemiddeld 1,3 niveau lager dan de referentie (3 niveaus uit 1 casus). Let op onderwaarderen'))).toBe(true);
		expect(profile.points.some((p) => p.startsWith('2 van je 3 notities bevatten volgens de notitiecoach een interpretatie'))).toBe(true);
	});
});

describe('checkCalibrated', () => {
	it('needs the minimum number of cases before it says anything', () => {
		const profile = computeCalibrationProfile(attempts.slice(0, 2));
		expect(checkCalibrated(profile, DEFAULT_CALIBRATION_THRESHOLD)).toEqual({ met: false, reason: 'nog 1 casus te gaan (minstens 3)' });
	});

	it('compares the mean absolute deviation with the threshold', () => {
		const profile = computeCalibrationProfile(attempts);
		expect(checkCalibrated(profile, DEFAULT_CALIBRATION_THRESHOLD).met).toBe(false);
		expect(checkCalibrated(profile, { maxMeanAbsoluteDeviation: 0.6, minCases: 3 })).toEqual({ met: true, reason: 'gemiddelde afwijking 0,60 ≤ 0,60 over 3 casussen' });
	});
});
