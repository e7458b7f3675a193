/**
 * The two-sample Kolmogorov-Smirnov test, Evidently's drift test for a numeric column with more than five
 * distinct values when the reference holds at most 1,000 rows. D is the largest gap between the two empirical
 * distribution functions. Its p-value is exact while m·n ≤ 1,000,000 (the lattice-path count of
 * `ksExactPValue`; SciPy's `ks_2samp`, which Evidently calls, also defaults to exact up to 10,000 rows per
 * side), and asymptotic beyond: Kolmogorov's distribution at λ = (√nₑ + 0.12 + 0.11/√nₑ)·D with the effective
 * size nₑ = m·n/(m + n). That is Stephens' (1970) small-sample correction, as in Numerical Recipes' `probks`
 * and SciPy ≤ 1.2's `ks_2samp` (SciPy 1.3-1.4 used √nₑ·D; SciPy ≥ 1.5 uses `kstwo.sf(D, round(nₑ))`).
 * With a reference of 1,000 rows the exact branch covers current windows up to 1,000 rows.
 */
import { kolmogorovSurvival, ksExactPValue } from './kolmogorov-distribution';

export type KsMethod = 'exact' | 'asymptotic';

export interface KsOptions {
  /** `auto` (the default) is exact while m·n ≤ `exactLimit`, asymptotic beyond. */
  readonly method?: 'auto' | KsMethod;
  /** The largest m·n computed exactly under `auto`; 1,000,000 unless given. */
  readonly exactLimit?: number;
}

export interface KsResult {
  /** D = sup_x |F_reference(x) − F_current(x)|, in [0, 1]. */
  readonly statistic: number;
  /** Two-sided p-value P(D' ≥ D) under "same distribution". */
  readonly pValue: number;
  readonly method: KsMethod;
}

const byValue = (a: number, b: number): number => a - b;

function sortedFinite(values: readonly number[], side: string): number[] {
  if (values.length === 0) throw new RangeError(`The KS test needs at least one ${side} value.`);
  for (const value of values)
    if (!Number.isFinite(value)) throw new RangeError(`KS values must be finite numbers, got ${value}.`);
  return [...values].sort(byValue);
}

/**
 * The integer h = m·n·D, found by merging the sorted samples and comparing the distribution functions only
 * after every copy of a tied value is counted. O(m + n).
 */
function statisticNumerator(a: readonly number[], b: readonly number[]): number {
  const m = a.length;
  const n = b.length;
  let i = 0;
  let j = 0;
  let h = 0;
  while (i < m && j < n) {
    const x = Math.min(a[i] as number, b[j] as number);
    // Past the end a[i] and b[j] are undefined, which ends these loops.
    while (a[i] === x) i += 1;
    while (b[j] === x) j += 1;
    h = Math.max(h, Math.abs(i * n - j * m));
  }
  return h;
}

/**
 * The two-sample KS test of `reference` against `current` (Smirnov, 1939). O((m + n) log(m + n)) to sort,
 * plus O(m·n) for an exact p-value. Throws `RangeError` for an empty side or a value that is not a finite
 * number.
 */
export function ksTwoSample(
  reference: readonly number[],
  current: readonly number[],
  options: KsOptions = {},
): KsResult {
  const a = sortedFinite(reference, 'reference');
  const b = sortedFinite(current, 'current');
  const m = a.length;
  const n = b.length;
  const h = statisticNumerator(a, b);
  const statistic = h / (m * n);
  const requested = options.method ?? 'auto';
  const method: KsMethod =
    requested === 'auto' ? (m * n <= (options.exactLimit ?? 1_000_000) ? 'exact' : 'asymptotic') : requested;
  if (method === 'exact') return { statistic, pValue: ksExactPValue(m, n, h), method };
  const root = Math.sqrt((m * n) / (m + n));
  return { statistic, pValue: kolmogorovSurvival((root + 0.12 + 0.11 / root) * statistic), method };
}
