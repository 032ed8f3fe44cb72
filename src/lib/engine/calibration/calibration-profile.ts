import { formatFixedNl } from '../common/format-nl';
import { computeIcc, type IccEstimate } from '../agreement/icc';
import { createRatingsMatrix } from '../agreement/ratings-matrix';
import { estimateOf, undefinedBecause, type Estimate } from '../agreement/estimate';
import { NOT_OBSERVED } from '../model/observation';
import { SAM_LEVELS, samLevelValue } from '../rubric/sam-scale';
import type { CalibrationCase } from '../rubric/calibration-case.schema';
import type { PracticeWork } from './practice-work';
import { computeCaseFeedback } from './case-feedback';
import {
	ELEVATION_POINT,
	HALO_RATIO_POINT,
	INTERPRETING_SHARE_POINT,
	MIN_COMPETENCIES_FOR_HALO,
	MISSED_EVIDENCE_POINT,
	SPREAD_RATIO_POINT
} from './thresholds';

/** One submitted practice attempt, with the note coach's count of interpreting notes done by the caller. */
export interface SubmittedPractice {
	readonly calibrationCase: CalibrationCase;
	readonly work: PracticeWork;
	readonly interpretingNoteCount: number;
}

/** A figure with the number of observations behind it, so a reader sees how much it rests on. */
export interface CountedFigure {
	readonly value: Estimate;
	readonly n: number;
}

export interface CalibrationProfile {
	readonly caseCount: number;
	/** Case × competency pairs with an own level and a reference level. */
	readonly pairCount: number;
	/** Mean of own − reference: above 0 milder, below 0 stricter than the reference. */
	readonly elevation: CountedFigure;
	readonly meanAbsoluteDeviation: CountedFigure;
	readonly exactShare: CountedFigure;
	readonly withinOneShare: CountedFigure;
	/** ICC(A,1) (two-way, absolute agreement, single rater: McGraw & Wong) of own levels against the reference. */
	readonly iccAgreement: IccEstimate & { readonly n: number };
	/** Standard deviation of the own levels and of the reference levels over the same pairs. */
	readonly spread: { readonly own: Estimate; readonly reference: Estimate; readonly ratio: Estimate; readonly n: number };
	/** Mean standard deviation across competencies within a case, own and reference (cases with ≥ 3 pairs). */
	readonly halo: { readonly own: Estimate; readonly reference: Estimate; readonly ratio: Estimate; readonly n: number };
	readonly notes: { readonly total: number; readonly interpreting: number };
	readonly evidence: { readonly total: number; readonly missed: number };
	/** Development points in the draaiboek's words; empty when nothing stands out. */
	readonly points: readonly string[];
}

interface Pair {
	readonly own: number;
	readonly reference: number;
	readonly caseIndex: number;
}

/** The profile of one assessor over the cases they submitted. */
export function computeCalibrationProfile(attempts: readonly SubmittedPractice[]): CalibrationProfile {
	const pairs: Pair[] = [];
	let missed = 0;
	let evidenceTotal = 0;
	let notes = 0;
	let interpreting = 0;
	attempts.forEach((attempt, caseIndex) => {
		const feedback = computeCaseFeedback(attempt.calibrationCase, attempt.work);
		missed += feedback.missedEvidenceCount;
		evidenceTotal += feedback.evidenceCount;
		notes += attempt.work.notes.filter((n) => n.text.trim() !== '').length;
		interpreting += attempt.interpretingNoteCount;
		for (const c of feedback.competencies) {
			if (c.own === undefined || c.own === NOT_OBSERVED) continue;
			pairs.push({ own: samLevelValue(c.own), reference: samLevelValue(c.reference.level), caseIndex });
		}
	});
	const n = pairs.length;
	const noPairs = 'nog geen niveau vergeleken met de referentie';
	const mean = (values: readonly number[]): Estimate => (values.length === 0 ? undefinedBecause(noPairs) : estimateOf(sum(values) / values.length));
	const differences = pairs.map((p) => p.own - p.reference);
	const elevation = { value: mean(differences), n };
	const mad = { value: mean(differences.map(Math.abs)), n };
	const exact = { value: mean(differences.map((d) => (d === 0 ? 1 : 0))), n };
	const withinOne = { value: mean(differences.map((d) => (Math.abs(d) <= 1 ? 1 : 0))), n };
	const spread = compareSpread(
		pairs.map((p) => p.own),
		pairs.map((p) => p.reference)
	);
	const halo = compareHalo(pairs);
	const iccAgreement = { ...iccAgainstReference(pairs), n };
	const profile = {
		caseCount: attempts.length,
		pairCount: n,
		elevation,
		meanAbsoluteDeviation: mad,
		exactShare: exact,
		withinOneShare: withinOne,
		iccAgreement,
		spread,
		halo,
		notes: { total: notes, interpreting },
		evidence: { total: evidenceTotal, missed }
	};
	return { ...profile, points: describeDevelopmentPoints(profile) };
}

function sum(values: readonly number[]): number {
	let s = 0;
	for (const v of values) s += v;
	return s;
}

/** Sample standard deviation (n − 1), undefined below two values. */
function standardDeviation(values: readonly number[]): Estimate {
	if (values.length < 2) return undefinedBecause('minstens twee niveaus nodig');
	const m = sum(values) / values.length;
	return estimateOf(Math.sqrt(sum(values.map((v) => (v - m) ** 2)) / (values.length - 1)));
}

function ratioOf(own: Estimate, reference: Estimate, reasonIfZero: string): Estimate {
	if (!own.ok) return own;
	if (!reference.ok) return reference;
	if (reference.value === 0) return undefinedBecause(reasonIfZero);
	return estimateOf(own.value / reference.value);
}

function compareSpread(own: readonly number[], reference: readonly number[]) {
	const o = standardDeviation(own);
	const r = standardDeviation(reference);
	return { own: o, reference: r, ratio: ratioOf(o, r, 'de referentie gebruikt maar één niveau'), n: own.length };
}

function compareHalo(pairs: readonly Pair[]) {
	const byCase = new Map<number, Pair[]>();
	for (const p of pairs) byCase.set(p.caseIndex, [...(byCase.get(p.caseIndex) ?? []), p]);
	const own: number[] = [];
	const reference: number[] = [];
	for (const casePairs of byCase.values()) {
		if (casePairs.length < MIN_COMPETENCIES_FOR_HALO) continue;
		const o = standardDeviation(casePairs.map((p) => p.own));
		const r = standardDeviation(casePairs.map((p) => p.reference));
		if (o.ok && r.ok) {
			own.push(o.value);
			reference.push(r.value);
		}
	}
	const none = `nog geen casus met minstens ${MIN_COMPETENCIES_FOR_HALO} beoordeelde competenties`;
	const meanOrNone = (values: number[]): Estimate => (values.length === 0 ? undefinedBecause(none) : estimateOf(sum(values) / values.length));
	const o = meanOrNone(own);
	const r = meanOrNone(reference);
	return { own: o, reference: r, ratio: ratioOf(o, r, 'de referentie geeft binnen elke casus overal hetzelfde niveau'), n: own.length };
}

function iccAgainstReference(pairs: readonly Pair[]): IccEstimate {
	const unavailable = (reason: string): IccEstimate => {
		const u = undefinedBecause(reason);
		return { value: u, lower: u, upper: u };
	};
	if (pairs.length < 3) return unavailable('minstens drie vergeleken niveaus nodig');
	const matrix = createRatingsMatrix(
		pairs.map((p) => [p.own, p.reference]),
		{ categories: SAM_LEVELS.map((l) => l.value), raterNames: ['eigen niveau', 'referentie'] }
	);
	if (!matrix.ok) return unavailable(matrix.reason);
	const icc = computeIcc(matrix.matrix);
	return icc.ok ? icc.icc.icc2_1 : unavailable(icc.reason);
}

const nl = (x: number, digits = 1) => formatFixedNl(x, digits);

type ProfileFigures = Omit<CalibrationProfile, 'points'>;

/** Development points worded as the draaiboek's valkuilen, each with the figure and what it rests on. */
export function describeDevelopmentPoints(p: ProfileFigures): string[] {
	const points: string[] = [];
	const basis = `(${p.pairCount} ${p.pairCount === 1 ? 'niveau' : 'niveaus'} uit ${p.caseCount} ${p.caseCount === 1 ? 'casus' : 'casussen'})`;
	if (p.elevation.value.ok && p.elevation.value.value > ELEVATION_POINT)
		points.push(`Je scoort gemiddeld ${nl(p.elevation.value.value)} niveau hoger dan de referentie ${basis}. Let op overwaarderen en de hulpverlenersfout: leg elk niveau naast de gedragsindicatoren.`);
	if (p.elevation.value.ok && p.elevation.value.value < -ELEVATION_POINT)
		points.push(`Je scoort gemiddeld ${nl(-p.elevation.value.value)} niveau lager dan de referentie ${basis}. Let op onderwaarderen: kijk welk gedrag de indicator van het hogere niveau vraagt.`);
	if (p.spread.ratio.ok && p.spread.ratio.value < SPREAD_RATIO_POINT)
		points.push(`Je niveaus liggen dichter bij elkaar dan die van de referentie (spreiding ${nl(p.spread.ratio.value * 100, 0)}% van de referentie). Let op het vermijden van extreme scores: "onvoldoende" en "zeer goed" mogen als het gedrag ze toont.`);
	if (p.halo.ratio.ok && p.halo.ratio.value < HALO_RATIO_POINT)
		points.push(`Binnen één kandidaat verschillen je niveaus over de competenties minder dan bij de referentie (${nl(p.halo.ratio.value * 100, 0)}%, ${p.halo.n} ${p.halo.n === 1 ? 'casus' : 'casussen'}). Beoordeel elke competentie apart op haar eigen bewijs, zodat één indruk niet alles kleurt.`);
	if (p.evidence.total > 0 && p.evidence.missed / p.evidence.total > MISSED_EVIDENCE_POINT)
		points.push(`Van de ${p.evidence.total} zinnen die de referentie als bewijs gebruikt, noteerde je er ${p.evidence.missed} niet. Let op oordelen op te weinig informatie: noteer meer van wat je ziet en hoort.`);
	if (p.notes.total > 0 && p.notes.interpreting / p.notes.total > INTERPRETING_SHARE_POINT)
		points.push(`${p.notes.interpreting} van je ${p.notes.total} notities bevatten volgens de notitiecoach een interpretatie. Houd waarnemen en interpreteren gescheiden: noteer wat iemand doet en zegt.`);
	return points;
}

export interface CalibrationThreshold {
	readonly maxMeanAbsoluteDeviation: number;
	readonly minCases: number;
}

/** Whether a profile meets the organisation's threshold, with the reason in Dutch. */
export function checkCalibrated(profile: CalibrationProfile, threshold: CalibrationThreshold): { met: boolean; reason: string } {
	const mad = profile.meanAbsoluteDeviation.value;
	const limit = nl(threshold.maxMeanAbsoluteDeviation, 2);
	if (profile.caseCount < threshold.minCases)
		return { met: false, reason: `nog ${threshold.minCases - profile.caseCount} ${threshold.minCases - profile.caseCount === 1 ? 'casus' : 'casussen'} te gaan (minstens ${threshold.minCases})` };
	if (!mad.ok) return { met: false, reason: mad.reason };
	return mad.value <= threshold.maxMeanAbsoluteDeviation
		? { met: true, reason: `gemiddelde afwijking ${nl(mad.value, 2)} ≤ ${limit} over ${profile.caseCount} casussen` }
		: { met: false, reason: `gemiddelde afwijking ${nl(mad.value, 2)} is meer dan ${limit}` };
}
