/**
 * Special functions for the F and t distributions, in plain TypeScript (no dependencies):
 * log-gamma (Lanczos, g = 7, n = 9), the regularised incomplete beta I_x(a, b) by Lentz's continued fraction
 * (Numerical Recipes 3rd ed., §6.4), and its inverse by safeguarded Halley/Newton steps inside a bisection bracket.
 */

const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
	12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];

export function logGamma(x: number): number {
	if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
	const z = x - 1;
	let a = LANCZOS[0]!;
	const t = z + 7.5;
	for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const FPMIN = 1e-300;
const EPS = 1e-15;
const MAX_ITERATIONS = 10_000;

/** Continued fraction for I_x(a, b) (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
	const qab = a + b;
	const qap = a + 1;
	const qam = a - 1;
	let c = 1;
	let d = 1 - (qab * x) / qap;
	if (Math.abs(d) < FPMIN) d = FPMIN;
	d = 1 / d;
	let h = d;
	for (let m = 1; m <= MAX_ITERATIONS; m++) {
		const m2 = 2 * m;
		let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < FPMIN) d = FPMIN;
		c = 1 + aa / c;
		if (Math.abs(c) < FPMIN) c = FPMIN;
		d = 1 / d;
		h *= d * c;
		aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < FPMIN) d = FPMIN;
		c = 1 + aa / c;
		if (Math.abs(c) < FPMIN) c = FPMIN;
		d = 1 / d;
		const del = d * c;
		h *= del;
		if (Math.abs(del - 1) < EPS) break;
	}
	return h;
}

/** Regularised incomplete beta function I_x(a, b), a, b > 0, 0 ≤ x ≤ 1. */
export function incompleteBeta(x: number, a: number, b: number): number {
	if (!(a > 0) || !(b > 0) || Number.isNaN(x)) return Number.NaN;
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	const lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
	const front = Math.exp(lnFront);
	// The continued fraction converges fast for x < (a+1)/(a+b+2); otherwise use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a).
	if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
	return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** x such that I_x(a, b) = p. */
export function inverseIncompleteBeta(p: number, a: number, b: number): number {
	if (!(a > 0) || !(b > 0) || !(p >= 0 && p <= 1)) return Number.NaN;
	if (p === 0) return 0;
	if (p === 1) return 1;
	// Starting value: Numerical Recipes 3rd ed. (invbetai).
	let x: number;
	if (a >= 1 && b >= 1) {
		const pp = p < 0.5 ? p : 1 - p;
		const t = Math.sqrt(-2 * Math.log(pp));
		let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
		if (p < 0.5) z = -z;
		const al = (z * z - 3) / 6;
		const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
		const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
		x = a / (a + b * Math.exp(2 * w));
	} else {
		const lna = Math.log(a / (a + b));
		const lnb = Math.log(b / (a + b));
		const t = Math.exp(a * lna) / a;
		const u = Math.exp(b * lnb) / b;
		const w = t + u;
		x = p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
	}
	const afac = -logGamma(a) - logGamma(b) + logGamma(a + b);
	let lo = 0;
	let hi = 1;
	if (!(x > 0 && x < 1)) x = 0.5;
	for (let j = 0; j < 200; j++) {
		const err = incompleteBeta(x, a, b) - p;
		if (err === 0) return x;
		if (err < 0) lo = x;
		else hi = x;
		const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) + afac);
		let next = Number.NaN;
		if (density > 0 && Number.isFinite(density)) {
			const u = err / density;
			// Halley's correction, limited as in Numerical Recipes.
			const step = u / (1 - 0.5 * Math.min(1, u * ((a - 1) / x - (b - 1) / (1 - x))));
			next = x - step;
		}
		// Stay inside the bracket: fall back to bisection when the step leaves it.
		if (!(next > lo && next < hi)) next = (lo + hi) / 2;
		if (Math.abs(next - x) <= 1e-15 * Math.max(x, 1e-300) || hi - lo <= 1e-16) return next;
		x = next;
	}
	return x;
}

/** Upper-tail-safe quantile of the F(d1, d2) distribution: P(F ≤ f) = p. */
export function fQuantile(p: number, d1: number, d2: number): number {
	if (!(d1 > 0) || !(d2 > 0) || !(p > 0 && p < 1)) return Number.NaN;
	// F = d2·X/(d1·(1−X)) with X ~ Beta(d1/2, d2/2); for p > 0.5 solve for 1 − X ~ Beta(d2/2, d1/2) to keep precision.
	if (p <= 0.5) {
		const x = inverseIncompleteBeta(p, d1 / 2, d2 / 2);
		return (d2 * x) / (d1 * (1 - x));
	}
	const y = inverseIncompleteBeta(1 - p, d2 / 2, d1 / 2);
	return (d2 * (1 - y)) / (d1 * y);
}

/** P(F ≤ f) for F(d1, d2). */
export function fCdf(f: number, d1: number, d2: number): number {
	if (f <= 0) return 0;
	return incompleteBeta((d1 * f) / (d1 * f + d2), d1 / 2, d2 / 2);
}

/** Quantile of Student's t with `df` degrees of freedom, via T² ~ F(1, df). */
export function tQuantile(p: number, df: number): number {
	if (!(p > 0 && p < 1) || !(df > 0)) return Number.NaN;
	if (p === 0.5) return 0;
	const upper = p > 0.5;
	const tail = upper ? p : 1 - p;
	const t = Math.sqrt(fQuantile(2 * tail - 1, 1, df));
	return upper ? t : -t;
}
