/**
 * Agreement engine timings on 100,000 units × 5 raters × 4 levels with 10% missing (seeded), the ICCs on 60,000
 * complete units, the CLI as a whole process, the bootstrap of a 6 × 18 × 3 session (units as if independent, and
 * candidates with all their units: exact up to 9 candidates, 10,000 random resamples above), and the dashboard's
 * whole agreement diagnosis of the demo assessment-center.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrapAgreement } from '$lib/engine/agreement/bootstrap';
import { countCategories } from '$lib/engine/agreement/category-counts';
import { buildPairTable, computeCohenKappa, computeKappaFromTable } from '$lib/engine/agreement/cohen-kappa';
import { computeAllAgreement } from '$lib/engine/agreement/compute-all';
import { computeCongerKappa } from '$lib/engine/agreement/conger-kappa';
import { computeFleissKappa, computeGeneralizedFleiss, computeGeneralizedFleissKappa } from '$lib/engine/agreement/fleiss-kappa';
import { computeGwetAc } from '$lib/engine/agreement/gwet-ac';
import { computeIcc } from '$lib/engine/agreement/icc';
import { computeKrippendorffAlpha } from '$lib/engine/agreement/krippendorff-alpha';
import { computeLightKappas } from '$lib/engine/agreement/light-kappa';
import { computeAllRatersAgreement, computePercentAgreement } from '$lib/engine/agreement/percent-agreement';
import { createPrng } from '$lib/engine/agreement/prng';
import { completeUnits, type RatingsMatrix } from '$lib/engine/agreement/ratings-matrix';
import { formatRatingsCsv } from '$lib/engine/agreement/ratings-csv';
import { agreementWeights } from '$lib/engine/agreement/weights';
import { buildSessionMatrix } from '$lib/engine/diagnostics/session-ratings';
import { computeSessionAgreement } from '$lib/engine/diagnostics/session-agreement';
import { generateSession } from '$lib/engine/diagnostics/synthetic-session';
import { diagnoseSession } from '$lib/engine/diagnostics/diagnose-session';
import { candidateOfUnit } from '$lib/engine/diagnostics/session-agreement';
import { toSessionRatings } from '$lib/engine/consensus/session-ratings';
import { DEMO_SEED, makeDemoAssessment } from '$lib/engine/demo/make-demo-assessment';
import { CompetencyProfile, ExerciseLibrary } from '$lib/engine/rubric';
import { measure, printFigure, printHeading } from './lib/measure';

const CATEGORIES = [1, 2, 3, 4];
const STATISTIC_TARGET_MS = 10;
const ICC_TARGET_MS = 20;
const CLI_TARGET_MS = 500;
const BOOTSTRAP_TARGET_MS = 100;

/** Seeded ratings: each unit has a true level, each rater reports it or a neighbour; `missing` share left blank. */
function generateMatrix(units: number, raters: number, missing: number, seed: number): RatingsMatrix {
	const random = createPrng(seed);
	const codes = new Int8Array(units * raters);
	for (let u = 0; u < units; u++) {
		const truth = Math.floor(random() * 4);
		for (let r = 0; r < raters; r++) {
			let k = truth;
			const x = random();
			if (x < 0.15) k = Math.max(0, truth - 1);
			else if (x < 0.3) k = Math.min(3, truth + 1);
			codes[u * raters + r] = random() < missing ? -1 : k;
		}
	}
	const raterNames = Array.from({ length: raters }, (_, r) => `beoordelaar ${r + 1}`);
	return { unitCount: units, raterCount: raters, categories: CATEGORIES, codes, raterNames };
}

const withMissing = generateMatrix(100_000, 5, 0.1, 42);
const complete = generateMatrix(100_000, 5, 0, 43);
const iccData = generateMatrix(60_000, 5, 0, 44);
const identity = agreementWeights(CATEGORIES, 'identity');
const linear = agreementWeights(CATEGORIES, 'linear');
const quadratic = agreementWeights(CATEGORIES, 'quadratic');
const ordinal = agreementWeights(CATEGORIES, 'ordinal');

printHeading('Agreement statistics, 100,000 units × 5 raters × 4 levels, 10% missing (complete data where the statistic needs it)');
const counts = countCategories(withMissing);
const completeCounts = countCategories(complete);
await measure('category counts (shared by the next ones)', () => countCategories(withMissing), { targetMs: STATISTIC_TARGET_MS });
await measure('percent agreement', () => computePercentAgreement(counts, identity), { targetMs: STATISTIC_TARGET_MS });
await measure('percent agreement, linear', () => computePercentAgreement(counts, linear), { targetMs: STATISTIC_TARGET_MS });
await measure('percent agreement, quadratic', () => computePercentAgreement(counts, quadratic), { targetMs: STATISTIC_TARGET_MS });
await measure('percent agreement, all raters (complete)', () => computeAllRatersAgreement(complete, 0), { targetMs: STATISTIC_TARGET_MS });
await measure('percent agreement, within one (complete)', () => computeAllRatersAgreement(complete, 1), { targetMs: STATISTIC_TARGET_MS });
await measure("Cohen's kappa, raters 1 and 2, with SEs", () => computeCohenKappa(withMissing, identity, 0, 1), { targetMs: STATISTIC_TARGET_MS });
await measure("Cohen's kappa ×3 weights from one table", () => {
	const table = buildPairTable(withMissing, 0, 1);
	for (const w of [identity, linear, quadratic]) computeKappaFromTable(table, 4, w);
}, { targetMs: STATISTIC_TARGET_MS });
await measure("Fleiss' kappa + SE0 (complete)", () => computeFleissKappa(completeCounts), { targetMs: STATISTIC_TARGET_MS });
await measure("Fleiss' kappa, generalised", () => computeGeneralizedFleissKappa(counts, CATEGORIES), { targetMs: STATISTIC_TARGET_MS });
await measure("Fleiss' kappa, generalised + SE", () => computeGeneralizedFleiss(counts, CATEGORIES), { targetMs: STATISTIC_TARGET_MS });
await measure("Conger's kappa + SE (per rater, one pass over the cells)", () => computeCongerKappa(withMissing, identity), { targetMs: STATISTIC_TARGET_MS });
for (const metric of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
	await measure(`Krippendorff's alpha, ${metric}`, () => computeKrippendorffAlpha(counts, CATEGORIES, metric), { targetMs: STATISTIC_TARGET_MS });
}
await measure("Gwet's AC1 + SE", () => computeGwetAc(counts, identity), { targetMs: STATISTIC_TARGET_MS });
await measure("Gwet's AC2 linear + SE", () => computeGwetAc(counts, linear), { targetMs: STATISTIC_TARGET_MS });
await measure("Gwet's AC2 quadratic + SE", () => computeGwetAc(counts, quadratic), { targetMs: STATISTIC_TARGET_MS });
await measure("Gwet's AC2 ordinal + SE", () => computeGwetAc(counts, ordinal), { targetMs: STATISTIC_TARGET_MS });
await measure("Light's kappa ×3 weights (10 pairs, one pass)", () => computeLightKappas(withMissing, [identity, linear, quadratic]), { targetMs: STATISTIC_TARGET_MS });

printHeading('ICC, 60,000 complete units × 5 raters');
await measure('six ICCs with F-based 95% limits', () => computeIcc(iccData), { targetMs: ICC_TARGET_MS });
await measure('six ICCs on the complete units of 100,000 × 5 with 10% missing (select, then compute)', () => computeIcc(completeUnits(withMissing)), { targetMs: ICC_TARGET_MS });

printHeading('Everything the CLI prints, in process');
await measure('computeAllAgreement, 100,000 × 5, 10% missing', () => computeAllAgreement(withMissing), { runs: 5 });

printHeading('CLI as a whole process (node start, read CSV, parse, compute, print)');
const dir = mkdtempSync(join(tmpdir(), 'wakker-bench-'));
try {
	const rows: (number | null)[][] = [];
	for (let u = 0; u < withMissing.unitCount; u++) {
		const row: (number | null)[] = [];
		for (let r = 0; r < 5; r++) {
			const k = withMissing.codes[u * 5 + r]!;
			row.push(k < 0 ? null : CATEGORIES[k]!);
		}
		rows.push(row);
	}
	const file = join(dir, 'ratings.csv');
	writeFileSync(file, formatRatingsCsv(withMissing.raterNames, rows));
	const runCli = () => execFileSync(process.execPath, ['scripts/agreement.mjs', file, '--categories', '1,2,3,4'], { maxBuffer: 1 << 24 });
	await measure('npm run agreement, 100,000 × 5 CSV (node scripts/agreement.mjs)', runCli, { runs: 5, warmup: 1, targetMs: CLI_TARGET_MS });
	// Wall time includes waiting for a core on a busy machine; the child's CPU time (Linux) shows the work itself.
	const before = childCpuMs();
	if (before !== null) {
		const cpuRuns = 5;
		for (let i = 0; i < cpuRuns; i++) runCli();
		printFigure('  same, CPU time of the process (user + system)', (childCpuMs()! - before) / cpuRuns, CLI_TARGET_MS);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}

/** CPU time of waited-for children (cutime + cstime in /proc/self/stat), in ms; null where there is no /proc. */
function childCpuMs(): number | null {
	try {
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// After "pid (comm) ", field 3 (state) is index 0, so cutime (field 16) and cstime (field 17) are 13 and 14.
		const CLOCK_TICKS_PER_SECOND = 100;
		return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS_PER_SECOND;
	} catch {
		return null;
	}
}

printHeading('Bootstrap, session of 6 candidates × 18 competencies × 3 assessors');
const session = generateSession({ candidates: 6, competencies: 18, assessors: 3, seed: 5 });
const built = buildSessionMatrix(session);
if (!built.ok) throw new Error(built.reason);
const sessionCounts = countCategories(built.value.matrix);
await measure('2,000 resamples: ordinal alpha + AC2 intervals', () =>
	bootstrapAgreement(sessionCounts, CATEGORIES, { alphaMetric: 'ordinal', ac2Weights: quadratic, resamples: 2000 }), { targetMs: BOOTSTRAP_TARGET_MS });
await measure('units, 10,000 resamples (as if independent)', () =>
	bootstrapAgreement(sessionCounts, CATEGORIES, { alphaMetric: 'ordinal', ac2Weights: quadratic, resamples: 10_000 }), { targetMs: BOOTSTRAP_TARGET_MS });
for (const candidates of [6, 9, 20]) {
	const clustered = buildSessionMatrix(generateSession({ candidates, competencies: 18, assessors: 3, seed: 5 }));
	if (!clustered.ok) throw new Error(clustered.reason);
	const clusterCounts = countCategories(clustered.value.matrix);
	const clusterOf = candidateOfUnit(clustered.value);
	const label = candidates <= 9 ? 'exact, every possible resample' : '10,000 random resamples';
	await measure(`${candidates} candidates resampled, ${label}`, () =>
		bootstrapAgreement(clusterCounts, CATEGORIES, { alphaMetric: 'ordinal', ac2Weights: quadratic, clusterOf }), { targetMs: BOOTSTRAP_TARGET_MS });
}
await measure('computeSessionAgreement (overall + 18 competencies + pairs)', () => computeSessionAgreement(session), { runs: 5 });
await measure('  same, units resampled (the former convention)', () => computeSessionAgreement(session, { resample: 'units' }), { runs: 5 });

printHeading("The dashboard's agreement: diagnoseSession of the demo (6 candidates, 114 units; agreement, offsets, flags)");
const demo = makeDemoAssessment({
	profile: CompetencyProfile.parse(JSON.parse(readFileSync('rubrics/done-profiel.json', 'utf8'))),
	exercises: ExerciseLibrary.parse(JSON.parse(readFileSync('rubrics/oefeningen.json', 'utf8'))).exercises,
	seed: DEMO_SEED,
	now: '2026-03-20T10:00:00.000Z'
});
const demoRatings = toSessionRatings(demo.ratings, {
	candidateIds: demo.candidates.map((c) => c.id),
	competencyIds: demo.session.competencyIds,
	exerciseIds: demo.exercises.map((e) => e.id),
	assessorIds: demo.assessors.map((a) => a.id)
});
await measure('candidates resampled (exact, 462 resamples per figure)', () => diagnoseSession(demoRatings), { runs: 5 });
await measure('units resampled, 10,000 (the former convention)', () => diagnoseSession(demoRatings, { resample: 'units' }), { runs: 5 });
const nine = generateSession({ candidates: 9, competencies: 6, exercises: 3, assessors: 3, seed: 11 });
await measure('synthetic 9 candidates × 6 × 3, exact (24,310 resamples per figure)', () => diagnoseSession(nine), { runs: 5 });
const twenty = generateSession({ candidates: 20, competencies: 6, exercises: 3, assessors: 3, seed: 11 });
await measure('synthetic 20 candidates × 6 × 3, 10,000 random resamples', () => diagnoseSession(twenty), { runs: 5 });
