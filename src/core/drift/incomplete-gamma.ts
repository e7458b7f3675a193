/**
 * The regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x), which give the chi-square
 * distribution's tail (and, through it, the normal distribution's two-sided tail) for the drift tests. They are
 * computed as in Numerical Recipes (Press et al., 3rd ed., §6.2): the power series for x < a + 1, where it
 * converges fast, and Legendre's continued fraction evaluated by the modified Lentz method otherwise, so that
 * a small upper tail Q is computed directly rather than as 1 − P (which would lose it to rounding).
 */
import { gammaln } from 'simple-statistics';

const EPSILON = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

function assertArguments(a: number, x: number): void {
  if (!(a > 0) || !Number.isFinite(a))
    throw new RangeError(`The shape a must be positive and finite, got ${a}.`);
  if (!(x >= 0)) throw new RangeError(`The point x must be at least 0, got ${x}.`);
}

/** e^(−x) x^a / Γ(a), the common prefactor of both expansions, computed in logs to avoid overflow. */
function prefactor(a: number, x: number): number {
  return Math.exp(-x + a * Math.log(x) - gammaln(a));
}

/** P(a, x) by its series Σ x^n / (a (a+1) … (a+n)), times the prefactor. For x < a + 1. */
function lowerBySeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n <= MAX_ITERATIONS; n += 1) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) return sum * prefactor(a, x);
  }
  throw new Error(`The incomplete gamma series did not converge for a = ${a}, x = ${x}.`);
}

/** Q(a, x) by the continued fraction 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …))). For x ≥ a + 1. */
function upperByContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i <= MAX_ITERATIONS; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    fraction *= step;
    if (Math.abs(step - 1) < EPSILON) return fraction * prefactor(a, x);
  }
  throw new Error(`The incomplete gamma continued fraction did not converge for a = ${a}, x = ${x}.`);
}

/**
 * The regularised lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a) = (1/Γ(a)) ∫₀ˣ t^(a−1) e^(−t) dt.
 * Relative accuracy about 1e-14 where the result is not tiny. O(√a) iterations in the worst case.
 * Throws `RangeError` unless a > 0 (finite) and x ≥ 0; `x = Infinity` gives 1.
 */
export function regularisedGammaP(a: number, x: number): number {
  assertArguments(a, x);
  if (x === Infinity) return 1;
  return x < a + 1 ? lowerBySeries(a, x) : 1 - upperByContinuedFraction(a, x);
}

/**
 * The regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a) = 1 − P(a, x). Small upper tails
 * keep their relative accuracy (about 1e-14) down to the smallest doubles. Throws `RangeError` as P does.
 */
export function regularisedGammaQ(a: number, x: number): number {
  assertArguments(a, x);
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - lowerBySeries(a, x) : upperByContinuedFraction(a, x);
}
