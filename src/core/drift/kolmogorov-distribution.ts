/**
 * The null distribution of the two-sample Kolmogorov-Smirnov statistic D, in two forms. The exact form counts
 * lattice paths (each ordering of the pooled sample is equally likely when both samples come from one
 * continuous distribution) and suits the drift check's usual sizes; the asymptotic form is Kolmogorov's
 * limiting distribution, used when the exact count would cost too much.
 */

/**
 * Kolmogorov's survival function Q_KS(λ) = P(K > λ) = 2 Σ_{k≥1} (−1)^(k−1) e^(−2k²λ²), the limit of
 * P(√n D_n > λ). For λ < 1.18 the alternating series converges slowly and is replaced by the equivalent
 * form 1 − (√(2π)/λ) Σ_{k≥1} e^(−(2k−1)²π²/(8λ²)) (Feller, 1948; as SciPy's `kolmogorov`). Each branch needs
 * at most 6 terms for double precision. Known values: Q_KS(1.3581) ≈ 0.05, Q_KS(1.6276) ≈ 0.01.
 * λ ≤ 0 gives 1. Throws `RangeError` for NaN.
 */
export function kolmogorovSurvival(lambda: number): number {
  if (Number.isNaN(lambda)) throw new RangeError('λ is NaN.');
  if (lambda <= 0) return 1;
  if (lambda < 1.18) {
    const factor = (Math.PI * Math.PI) / (8 * lambda * lambda);
    let sum = 0;
    // The first eight odd numbers 2k − 1 (terms past the fourth are already below double precision).
    for (const odd of [1, 3, 5, 7, 9, 11, 13, 15]) sum += Math.exp(-odd * odd * factor);
    return Math.min(1, Math.max(0, 1 - (Math.sqrt(2 * Math.PI) / lambda) * sum));
  }
  let sum = 0;
  // k = 1 … 8 (terms past the fourth are already below double precision).
  for (const k of [1, 2, 3, 4, 5, 6, 7, 8])
    sum += (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
  return Math.min(1, Math.max(0, 2 * sum));
}

/**
 * The exact two-sided p-value P(D_{m,n} ≥ h/(m·n)) of the two-sample KS statistic for samples of sizes m and
 * n without ties, where h = m·n·D is the observed statistic's integer numerator (D is a multiple of 1/(m·n)).
 *
 * A pooled ordering is a lattice path from (0, 0) to (m, n); D < h/(m·n) exactly when the path keeps
 * |i·n − j·m| < h at every point. The function walks the lattice row by row with v(i, j) = (number of such
 * paths to (i, j)) / C(i + j, i), which obeys v(i, j) = (i·v(i−1, j) + j·v(i, j−1)) / (i + j), so every value
 * stays in [0, 1] and nothing overflows (Hodges, 1958, "The significance probability of the Smirnov
 * two-sample test"). The p-value is 1 − v(m, n): its absolute error is about (m + n)·1e-16, so p-values below
 * about 1e-13 read as 0. O(m·n) time, O(n) memory. Integer comparisons keep the boundary exact.
 * With ties (repeated values) the exact-without-ties p-value is conservative, as in SciPy.
 * Throws `RangeError` unless m and n are positive integers and 0 ≤ h ≤ m·n.
 */
export function ksExactPValue(m: number, n: number, h: number): number {
  if (!Number.isInteger(m) || !Number.isInteger(n) || m < 1 || n < 1)
    throw new RangeError(`Sample sizes must be positive integers, got ${m} and ${n}.`);
  if (!Number.isInteger(h) || h < 0 || h > m * n)
    throw new RangeError(`The statistic's numerator must be a whole number from 0 to ${m * n}, got ${h}.`);
  const row = new Float64Array(n + 1);
  for (let i = 0; i <= m; i += 1) {
    for (let j = 0; j <= n; j += 1) {
      if (Math.abs(i * n - j * m) >= h) row[j] = 0;
      else if (i + j === 0) row[j] = 1;
      // At j = 0, row[-1] is undefined (read as 0) and its weight j is 0 anyway.
      else row[j] = (i * (row[j] ?? 0) + j * (row[j - 1] ?? 0)) / (i + j);
    }
  }
  return Math.min(1, Math.max(0, 1 - (row[n] ?? 0)));
}
