/**
 * The first Wasserstein distance (earth mover's distance) between two samples of numbers, Evidently's drift
 * measure for numeric columns when the reference holds more than 1,000 rows. In one dimension it is the area
 * between the two empirical distribution functions. Evidently divides it by the reference's standard
 * deviation so that one threshold (0.1) suits every column whatever its unit: a distance of 0.1 means the
 * current values moved, on average, a tenth of a reference standard deviation.
 */
import { standardDeviation } from 'simple-statistics';

const byValue = (a: number, b: number): number => a - b;

function sortedFinite(values: readonly number[], side: string): number[] {
  if (values.length === 0) throw new RangeError(`The Wasserstein distance needs at least one ${side} value.`);
  for (const value of values)
    if (!Number.isFinite(value)) throw new RangeError(`Values must be finite numbers, got ${value}.`);
  return [...values].sort(byValue);
}

/**
 * W₁(u, v) = ∫ |F_u(x) − F_v(x)| dx over the real line, with F the empirical distribution functions
 * (Villani, *Optimal Transport: Old and New*, 2009; SciPy's `wasserstein_distance`). Computed by one merge of
 * the sorted samples: between consecutive pooled values both functions are flat. In the unit of the data;
 * 0 for identical samples. O((m + n) log(m + n)). Throws `RangeError` for an empty side or a value that is not
 * a finite number.
 */
export function wassersteinDistance(u: readonly number[], v: readonly number[]): number {
  const a = sortedFinite(u, 'first');
  const b = sortedFinite(v, 'second');
  const m = a.length;
  const n = b.length;
  let i = 0;
  let j = 0;
  let area = 0;
  // The first step has weight |0/m − 0/n| = 0, so where it starts does not matter.
  let previous = a[0] as number;
  while (i < m || j < n) {
    const x = Math.min(i < m ? (a[i] as number) : Infinity, j < n ? (b[j] as number) : Infinity);
    area += Math.abs(i / m - j / n) * (x - previous);
    // Past the end a[i] and b[j] are undefined, which stops these loops.
    while (a[i] === x) i += 1;
    while (b[j] === x) j += 1;
    previous = x;
  }
  return area;
}

/** The smallest divisor used by `normalisedWasserstein`, so a constant reference cannot divide by 0. */
export const WASSERSTEIN_SD_FLOOR = 0.001;

/**
 * W₁(reference, current) / max(σ, 0.001), σ the reference's population standard deviation (NumPy's `np.std`,
 * ddof = 0, as in Evidently's `wasserstein_distance_norm`). Drift when it is at least 0.1.
 * O((m + n) log(m + n)). Throws `RangeError` as `wassersteinDistance` does.
 */
export function normalisedWasserstein(reference: readonly number[], current: readonly number[]): number {
  const distance = wassersteinDistance(reference, current);
  return distance / Math.max(standardDeviation([...reference]), WASSERSTEIN_SD_FLOOR);
}
